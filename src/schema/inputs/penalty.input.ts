import { LocalDate } from '../scalars';
import { Equals, IsDefined, IsEnum, IsString, Length, ValidateIf } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NonComplianceKindEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType()
export class ReportNonComplianceInput extends CaseEventInput {
  @Field(() => NonComplianceKindEnum) @IsEnum(NonComplianceKindEnum) kind: NonComplianceKindEnum;
  @Field(() => LocalDate) occurredOn: string;
}

@InputType({ description: 'PEN-1: the good cause result, documented' })
export class DetermineGoodCauseInput extends CaseEventInput {
  @Field() goodCause: boolean;
  @Field() @IsString() @Length(3, 2000) reason: string;
}

@InputType() export class RequestPenaltyInput extends CaseEventInput {}

@InputType({ description: 'Stage 1: 40% from the first of the month after the notice' })
export class ImposePenaltyInput extends CaseEventInput {
  @Field(() => LocalDate) effectiveOn: string;
}

@InputType({ description: 'PEN-4: the Penalty Resolution home visit and child-safety determination' })
export class RecordPenaltyResolutionHomeVisitInput extends CaseEventInput {
  @Field(() => LocalDate) visitedOn: string;
  @Field({ description: 'Must be true: the child-safety determination is part of the visit (PEN-4)' })
  @Equals(true, { message: 'the child-safety determination is required before a penalty is raised (PEN-4)' })
  childSafetyDetermined: boolean;
}

@InputType() export class EscalatePenaltyInput extends CaseEventInput {}

@InputType({ description: 'PEN-3: the penalty ends on the earlier of the two dates; give at least one' })
export class CurePenaltyInput extends CaseEventInput {
  @Field(() => LocalDate, { nullable: true })
  @ValidateIf((o: CurePenaltyInput) => !o.compliedOn)
  @IsDefined({ message: 'give intentToComplyOn or compliedOn (PEN-3)' })
  intentToComplyOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) compliedOn?: string | null;
}

@InputType({ description: 'Good cause found after imposition: removed back to when good cause began' })
export class RemovePenaltyForGoodCauseInput extends CaseEventInput {
  @Field(() => LocalDate) goodCauseBeganOn: string;
  @Field() @IsString() @Length(3, 2000) reason: string;
}
