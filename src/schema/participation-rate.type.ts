import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RateMeasureName } from '../participation';
import { CasePhaseEnum } from './enums';
import { YearMonth } from './scalars';
import { FamilyTypeEnum } from './participation-estimate.input';
import { ParticipationExclusionReasonEnum, ParticipationStatusEnum } from './participation-estimate.type';

export const RateMeasureEnum = { ALL_FAMILIES: 'ALL_FAMILIES', TWO_PARENT: 'TWO_PARENT' } as const satisfies { [K in RateMeasureName]: K };
export type RateMeasureEnum = RateMeasureName;
registerEnumType(RateMeasureEnum, { name: 'RateMeasure', valuesConfig: { ALL_FAMILIES: { description: 'All-families rate, target 50%' }, TWO_PARENT: { description: 'Two-parent rate, target 75%' } }, description: 'All-families (target 50%) or two-parent (target 75%) rate (WV-3)' });

@ObjectType('ParticipationRateCase', { description: 'A Work First case open in the month, as it stands in the rates' })
export class ParticipationRateCaseType {
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field({ description: 'The client\'s name, first and last' }) clientName: string;
  @Field(() => ID, { description: 'Today\'s case manager' }) caseManagerId: string;
  @Field({ description: 'Today\'s case manager\'s name' }) caseManagerName: string;
  @Field(() => CasePhaseEnum, { description: 'Where the case is in its lifecycle today' }) phase: CasePhaseEnum;
  @Field(() => FamilyTypeEnum, { description: 'Single- or two-parent, from the household in that month' }) familyType: FamilyTypeEnum;
  @Field(() => ParticipationStatusEnum, { description: 'ENGAGED, NOT_ENGAGED, or EXCLUDED from the rates (45 CFR 261.22(b))' }) status: ParticipationStatusEnum;
  @Field(() => ParticipationExclusionReasonEnum, { nullable: true, description: 'Why the case is outside this rate; null when it is in it' }) exclusionReason: ParticipationExclusionReasonEnum | null;
  @Field(() => Int, { description: 'Weekly hours required for the family (30, 20, 35 or 55)' }) requiredWeeklyHours: number;
  @Field(() => Float, { description: 'Countable hours in the month, exact to the hundredth' }) countableHours: number;
  @Field(() => Float, { description: 'Countable core hours of the month (45 CFR 261.31)' }) countableCoreHours: number;
  @Field(() => Float, { description: 'Least additional countable hours that would make the family engaged; 0 when engaged or excluded' }) additionalHoursNeeded: number;
  @Field(() => Float, { description: 'Core hours still needed this month; 0 when met' }) additionalCoreHoursNeeded: number;
  @Field({ description: 'WV-1: the month is verified' }) verified: boolean;
  @Field({ description: 'Scheduled hours were projected for weeks not yet entered' }) projected: boolean;
}

@ObjectType('ParticipationRateMeasure', { description: 'One monthly rate: engaged families / families in the rate, against its WV-3 target' })
export class ParticipationRateMeasureType {
  @Field(() => RateMeasureEnum, { description: 'Which rate: all families (target 50%) or two-parent (target 75%), WV-3' }) measure: RateMeasureEnum;
  @Field(() => Int, { description: 'Engaged families in the rate' }) numerator: number;
  @Field(() => Int, { description: 'Families in the rate (Work First cases open in the month, not excluded)' }) denominator: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator; null when no family is in the rate' }) rate: number | null;
  @Field(() => String, { nullable: true, description: 'e.g. "62.50%"' }) rateDisplay: string | null;
  @Field(() => Float, { description: 'WV-3: 0.5 all families, 0.75 two-parent' }) target: number;
  @Field({ description: 'rate >= target, compared exactly (true when no family is in the rate)' }) met: boolean;
  @Field({ description: 'Rule and citation' }) rule: string;
  @Field(() => [ParticipationRateCaseType], { description: 'The engaged families counted in the numerator' }) numeratorCases: ParticipationRateCaseType[];
  @Field(() => [ParticipationRateCaseType], { description: 'The families in the rate' }) denominatorCases: ParticipationRateCaseType[];
}

@ObjectType('ParticipationRate', { description: 'Monthly work participation rates of Work First cases (WV-3; 45 CFR 261.21-261.24)' })
export class ParticipationRateType {
  @Field(() => YearMonth, { description: 'The month computed' }) month: string;
  @Field(() => ID, { nullable: true, description: 'The office; null for every office (WSTA)' }) officeId: string | null;
  @Field(() => ID, { nullable: true, description: 'The case manager filtered on; null for the whole office' }) caseManagerId: string | null;
  @Field({ description: 'The current month: verified and entered hours plus scheduled hours for weeks not yet entered' }) projected: boolean;
  @Field(() => ParticipationRateMeasureType, { description: 'The all-families rate (target 50%, WV-3)' }) allFamilies: ParticipationRateMeasureType;
  @Field(() => ParticipationRateMeasureType, { description: 'The two-parent rate (target 75%, WV-3)' }) twoParent: ParticipationRateMeasureType;
  @Field(() => [ParticipationRateCaseType], { description: 'Every Work First case open in the month, excluded ones too' }) cases: ParticipationRateCaseType[];
}
