import { LocalDate } from '../scalars';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TrackEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'ENG-3: a new case manager restarts the 30-day EA/FSSP/EPI clock' })
export class ReassignCaseManagerInput extends CaseEventInput {
  @Field(() => ID) @IsUUID() caseManagerId: string;
}

@InputType({ description: 'EXIT-3: Post-TA services follow only a closure with work' })
export class CloseTemporaryAssistanceInput extends CaseEventInput {
  @Field(() => LocalDate) closedOn: string;
  @Field() withWork: boolean;
}

@InputType({ description: 'EXIT-1' })
export class RecordExitSummaryInput extends CaseEventInput {
  @Field(() => LocalDate) enteredOn: string;
}

@InputType({ description: 'EXIT-2' })
export class CloseWorkActivityRecordInput extends CaseEventInput {
  @Field(() => LocalDate) closedOn: string;
}

@InputType({ description: 'EXIT-3: monthly Post-TA contact' })
export class RecordPostTaContactInput extends CaseEventInput {
  @Field(() => LocalDate) contactedOn: string;
}

@InputType() export class CompletePostTaInput extends CaseEventInput {}

@InputType({ description: 'A closed or Post-TA client returns' })
export class ReferClientAgainInput extends CaseEventInput {
  @Field(() => LocalDate) referralDate: string;
  @Field(() => TrackEnum) @IsEnum(TrackEnum) track: TrackEnum;
  @Field(() => ID, { nullable: true, description: 'Defaults to the current case manager' }) @IsOptional() @IsUUID() caseManagerId?: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(60) monthsUsed: number;
}
