import { LocalDate } from '../scalars';
import { Equals, IsDefined, IsEnum, IsString, Length, ValidateIf } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NonComplianceKindEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'Non-compliance to report; good cause is determined next (PEN-1)' })
export class ReportNonComplianceInput extends CaseEventInput {
  @Field(() => NonComplianceKindEnum, { description: 'What the client failed to do (MISSING_TIMESHEET alone never leads to a penalty, PEN-2)' }) @IsEnum(NonComplianceKindEnum) kind: NonComplianceKindEnum;
  @Field(() => LocalDate, { description: 'The day it occurred' }) occurredOn: string;
}

@InputType({ description: 'PEN-1: the good cause result, documented' })
export class DetermineGoodCauseInput extends CaseEventInput {
  @Field({ description: 'Good cause exists: the case returns to compliant' }) goodCause: boolean;
  @Field({ description: 'The determination\'s reason (the Good Cause Determination CLNO holds the details, PEN-1)' }) @IsString() @Length(3, 2000) reason: string;
}

@InputType({ description: 'Requests a penalty after good cause was found absent (PEN-1)' }) export class RequestPenaltyInput extends CaseEventInput {}

@InputType({ description: 'Stage 1: 40% from the 1st of the first month at least 10 days after the written notice (PEN-5)' })
export class ImposePenaltyInput extends CaseEventInput {
  @Field(() => LocalDate, { nullable: true, description: 'The day the written notice of the penalty was given (PEN-5); the effective date follows from it' })
  @IsDefined({ message: 'give noticeOn, the day of the written notice (PEN-5)' })
  noticeOn?: string;
  @Field(() => LocalDate, {
    nullable: true,
    deprecationReason: 'Computed from noticeOn (PEN-5, 7 AAC 45.980(d)); a value that differs from it is refused',
    description: 'The 1st of the first month at least 10 days after the notice (PEN-5, 7 AAC 45.980(d)); computed, only checked when given',
  })
  effectiveOn?: string | null;
}

@InputType({ description: 'PEN-4: the Penalty Resolution home visit and child-safety determination' })
export class RecordPenaltyResolutionHomeVisitInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day of the Penalty Resolution home visit (PEN-4)' }) visitedOn: string;
  @Field({ description: 'Must be true: the child-safety determination is part of the visit (PEN-4)' })
  @Equals(true, { message: 'the child-safety determination is required before a penalty is raised (PEN-4)' })
  childSafetyDetermined: boolean;
}

@InputType({ description: 'Raises the penalty a stage; needs the home visit, its child-safety determination and a CANO first (PEN-4)' }) export class EscalatePenaltyInput extends CaseEventInput {}

@InputType({ description: 'PEN-3: the penalty ends on the earlier of the two dates; give at least one' })
export class CurePenaltyInput extends CaseEventInput {
  @Field(() => LocalDate, { nullable: true, description: 'The day the client stated intent to comply; null if not stated (PEN-3)' })
  @ValidateIf((o: CurePenaltyInput) => !o.compliedOn)
  @IsDefined({ message: 'give intentToComplyOn or compliedOn (PEN-3)' })
  intentToComplyOn?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The day the client complied; null if not yet (PEN-3: the earlier date ends the penalty)' }) compliedOn?: string | null;
}

@InputType({ description: 'Good cause found after imposition: removed back to when good cause began' })
export class RemovePenaltyForGoodCauseInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day good cause began; the penalty is removed back to it' }) goodCauseBeganOn: string;
  @Field({ description: 'The good cause found' }) @IsString() @Length(3, 2000) reason: string;
}
