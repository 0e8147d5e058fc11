import { LocalDate } from '../scalars';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TrackEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'ENG-3: a new case manager restarts the 30-day EA/FSSP/EPI clock' })
export class ReassignCaseManagerInput extends CaseEventInput {
  @Field(() => ID, { description: 'The new case manager (ENG-3 restarts the 30-day clock)' }) @IsUUID() caseManagerId: string;
}

@InputType({ description: 'EXIT-3: Post-TA services follow only a closure with work' })
export class CloseTemporaryAssistanceInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day TA closed (EXIT-1 and EXIT-2 count from it)' }) closedOn: string;
  @Field({ description: 'The client closed with work: the case then gets 12 months of Post-TA (EXIT-3)' }) withWork: boolean;
}

@InputType({ description: 'EXIT-1' })
export class RecordExitSummaryInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the exit summary CLNO was entered (EXIT-1)' }) enteredOn: string;
}

@InputType({ description: 'EXIT-2' })
export class CloseWorkActivityRecordInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the work activity record closed (EXIT-2: the last day of the month after TA closure)' }) closedOn: string;
}

@InputType({ description: 'EXIT-3: monthly Post-TA contact' })
export class RecordPostTaContactInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day of the contact' }) contactedOn: string;
}

@InputType({ description: 'Ends Post-TA once its 12 months have elapsed (EXIT-3)' }) export class CompletePostTaInput extends CaseEventInput {}

@InputType({ description: 'A closed or Post-TA client returns' })
export class ReferClientAgainInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The new referral\'s date' }) referralDate: string;
  @Field(() => TrackEnum, { description: 'The new referral\'s track' }) @IsEnum(TrackEnum) track: TrackEnum;
  @Field(() => ID, { nullable: true, description: 'Defaults to the current case manager' }) @IsOptional() @IsUUID() caseManagerId?: string;
  @Field(() => Int, { description: 'Months of assistance used so far, as Eligibility counts them (TL-1)' }) @IsInt() @Min(0) @Max(60) monthsUsed: number;
}
