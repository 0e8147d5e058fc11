import { LocalDate } from './scalars';
import { ArrayMaxSize, IsBoolean, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ObligationStatusEnum } from './obligation.type';
import { MutationInput } from './inputs/mutation.input';
import { WAIVER_REASON_CODES, type WaiverReasonCode } from '../obligations/waiver-reasons';
import { WaiverReasonEnum } from './enums';

@InputType('ObligationFilter', { description: 'Which obligations to list; the fields combine with AND' })
export class ObligationFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this office\'s cases (within what the reader may see)' }) @IsOptional() @IsUUID() office?: string;
  @Field(() => ID, { nullable: true, description: 'Only this case manager\'s cases' }) @IsOptional() @IsUUID() caseManager?: string;
  @Field(() => ObligationStatusEnum, { nullable: true, description: 'Only this status (OVERDUE is decided at read time)' }) @IsOptional() status?: ObligationStatusEnum;
  @Field({ nullable: true, description: 'Only those still to do (OPEN or OVERDUE): a case manager\'s to-do list in one query' }) @IsOptional() @IsBoolean() unresolved?: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Only those due on or before this date' }) @IsOptional() dueBefore?: string;
  @Field(() => [String], { nullable: true, description: 'Only these rules (e.g. ["ENG-1", "WV-1"])' }) @IsOptional() @ArrayMaxSize(40) ruleIds?: string[];
}

@InputType({ description: 'A supervisor waives an obligation with a coded reason that applies to its rule and free text beside it (e.g. EA-2 extenuating circumstances)' })
export class WaiveObligationInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field({ description: 'The obligation\'s key (Obligation.key), one rule instance' }) @IsString() @Matches(/^[A-Z]+-\d+(:.+)?$/, { message: 'key must be an obligation key such as EA-2:v5' }) key: string;
  // Nullable in the schema so that documents written before the code existed still validate
  // (adding a required input field would break them, and schema:check refuses that); the server
  // requires it all the same.
  @Field(() => WaiverReasonEnum, {
    nullable: true,
    description: 'Required. The coded reason; it must be one that may waive the obligation\'s rule (WaiverReason lists which), else BAD_USER_INPUT on reasonCode. Nullable in the schema only so older documents validate: leaving it out is refused (constraint isDefined).',
  })
  @IsDefined({ message: 'reasonCode is required: a waiver takes a coded reason (WaiverReason)' }) @IsIn(WAIVER_REASON_CODES) reasonCode: WaiverReasonCode;
  @Field({ description: 'Why it is waived, in the supervisor\'s words beside the code; kept with the obligation' }) @IsString() @Length(10, 2000, { message: 'reason must explain the waiver (at least 10 characters)' }) reason: string;
}
