import { LocalDate } from './scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ExclusionReason, NotCountedHours, NotCountedReason, ParticipationStatus } from '../participation';
import { FederalActivityEnum } from './federal-activity.enum';

/** The participation module's output codes as GraphQL enums (`satisfies` keeps them in step with its types). */
export const ParticipationStatusEnum = { ENGAGED: 'ENGAGED', NOT_ENGAGED: 'NOT_ENGAGED', EXCLUDED: 'EXCLUDED' } as const satisfies { [K in ParticipationStatus]: K };
export type ParticipationStatusEnum = ParticipationStatus;

export const ParticipationExclusionReasonEnum = {
  CHILD_ONLY: 'CHILD_ONLY',
  SINGLE_PARENT_CHILD_UNDER_12_MONTHS: 'SINGLE_PARENT_CHILD_UNDER_12_MONTHS',
  WORK_PENALTY: 'WORK_PENALTY',
} as const satisfies { [K in ExclusionReason]: K };
export type ParticipationExclusionReasonEnum = ExclusionReason;

export const NotCountedReasonEnum = {
  JSJR_WITHOUT_JUSTIFICATION: 'JSJR_WITHOUT_JUSTIFICATION',
  JSJR_CAP_6_WEEKS: 'JSJR_CAP_6_WEEKS',
  JSJR_AFTER_4_CONSECUTIVE_WEEKS: 'JSJR_AFTER_4_CONSECUTIVE_WEEKS',
  VET_LIFETIME_12_MONTHS: 'VET_LIFETIME_12_MONTHS',
  EXCUSED_PAID_ACTIVITY: 'EXCUSED_PAID_ACTIVITY',
  EXCUSED_NOT_SCHEDULED: 'EXCUSED_NOT_SCHEDULED',
  HOLIDAY_CAP_10: 'HOLIDAY_CAP_10',
  EXCUSED_MONTHLY_CAP_16: 'EXCUSED_MONTHLY_CAP_16',
  EXCUSED_YEARLY_CAP_80: 'EXCUSED_YEARLY_CAP_80',
  NON_CORE_BELOW_CORE_MINIMUM: 'NON_CORE_BELOW_CORE_MINIMUM',
} as const satisfies { [K in NotCountedReason]: K };
export type NotCountedReasonEnum = NotCountedReason;

export const NotCountedHoursKindEnum = { ACTUAL: 'ACTUAL', EXCUSED: 'EXCUSED', HOLIDAY: 'HOLIDAY' } as const satisfies { [K in NotCountedHours['kind']]: K };
export type NotCountedHoursKindEnum = NotCountedHours['kind'];

registerEnumType(ParticipationStatusEnum, { name: 'ParticipationStatus', valuesConfig: { ENGAGED: { description: 'The countable hours meet the requirement (45 CFR 261.31-261.32)' }, NOT_ENGAGED: { description: 'In the rate, but short of the required hours' }, EXCLUDED: { description: 'Outside the rate this month (see exclusionReason)' } }, description: 'The family\'s work participation for the month' });
registerEnumType(ParticipationExclusionReasonEnum, { name: 'ParticipationExclusionReason', valuesConfig: { CHILD_ONLY: { description: 'A child-only case: outside the rates' }, SINGLE_PARENT_CHILD_UNDER_12_MONTHS: { description: 'A single parent of a child under 12 months, at most 12 months in a lifetime (45 CFR 261.22(c))' }, WORK_PENALTY: { description: 'Under a work penalty this month, penalized in no more than 3 of the last 12 months (45 CFR 261.22(d))' } }, description: 'Why a family is outside the rates (45 CFR 261.22)' });
registerEnumType(NotCountedReasonEnum, { name: 'NotCountedReason', valuesConfig: { EXCUSED_MONTHLY_CAP_16: { description: 'Excused hours above 16 in one month' }, EXCUSED_NOT_SCHEDULED: { description: 'Excused or holiday hours on a day the activity was not scheduled' }, EXCUSED_PAID_ACTIVITY: { description: 'Excused hours count only for unpaid activities' }, EXCUSED_YEARLY_CAP_80: { description: 'Excused hours above 80 in 12 months' }, HOLIDAY_CAP_10: { description: 'More than 10 holidays in 12 months' }, JSJR_AFTER_4_CONSECUTIVE_WEEKS: { description: 'A JSJR week following 4 consecutive JSJR weeks' }, JSJR_CAP_6_WEEKS: { description: 'JSJR beyond 6 weeks in the preceding 12 months' }, JSJR_WITHOUT_JUSTIFICATION: { description: 'Job search hours without a justification (WV-2)' }, NON_CORE_BELOW_CORE_MINIMUM: { description: 'Non-core hours while the core minimum is not met (45 CFR 261.31)' }, VET_LIFETIME_12_MONTHS: { description: 'Vocational educational training beyond 12 months in a lifetime' } }, description: 'Why reported hours do not count' });
registerEnumType(NotCountedHoursKindEnum, { name: 'NotCountedHoursKind', valuesConfig: { ACTUAL: { description: 'Actual hours from the timesheet' }, EXCUSED: { description: 'Excused absence hours' }, HOLIDAY: { description: 'Holiday hours' } }, description: 'Which part of an entry: actual, excused or holiday hours' });

@ObjectType('ParticipationNotCountedHours', { description: 'Hours reported that do not count, with the rule that stops them' })
export class ParticipationNotCountedHoursType {
  @Field({ description: 'Which adult of the request (or household member) the hours were entered for' }) adultId: string;
  @Field(() => LocalDate, { nullable: true, description: 'Monday of the week; null for hours not tied to a week' }) weekStart: string | null;
  @Field(() => FederalActivityEnum, { nullable: true, description: 'The activity; null for holiday or excused hours not tied to one' }) activity: FederalActivityEnum | null;
  @Field(() => NotCountedHoursKindEnum, { description: 'Actual, excused or holiday hours' }) kind: NotCountedHoursKindEnum;
  @Field(() => Float, { description: 'Hours, exact to the hundredth' }) hours: number;
  @Field(() => NotCountedReasonEnum, { description: 'The federal limit that excluded them' }) reason: NotCountedReasonEnum;
  @Field({ description: 'Citation: CFR section and DOMAIN.md rule id' }) rule: string;
  @Field({ description: 'Plain-language explanation' }) text: string;
}

@ObjectType('ParticipationEstimate', { description: 'Federal work participation for one month from the facts given (hours / 4.33 against the weekly figure, no rounding)' })
export class ParticipationEstimateType {
  @Field(() => ParticipationStatusEnum, { description: 'ENGAGED, NOT_ENGAGED, or EXCLUDED from the rate this month' }) status: ParticipationStatusEnum;
  @Field(() => ParticipationExclusionReasonEnum, { nullable: true, description: 'Why the family is outside the rate; null unless EXCLUDED' }) exclusionReason: ParticipationExclusionReasonEnum | null;
  @Field(() => String, { nullable: true, description: 'The exclusion explained, with citation' }) exclusionText: string | null;
  @Field({ description: 'Which weekly figure applies and why' }) requirementReason: string;
  @Field(() => Int, { description: 'Weekly hours required (30, 20 for a single parent of a child under 6, 35 or 55 for two parents)' }) requiredWeeklyHours: number;
  @Field(() => Int, { description: 'Of those, the core hours required (20, 20, 30 or 50)' }) requiredWeeklyCoreHours: number;
  @Field(() => Float, { description: 'Countable hours in the month (core + non-core above the core minimum), exact to the hundredth' }) countableHours: number;
  @Field(() => Float, { description: 'Countable core hours in the month' }) countableCoreHours: number;
  @Field(() => Float, { description: 'Least additional countable hours this month that would make the family ENGAGED; 0 when engaged or excluded' }) additionalHoursNeeded: number;
  @Field(() => Float, { description: 'How many of those must be core hours' }) additionalCoreHoursNeeded: number;
  @Field({ description: 'In the denominator of the all-families rate' }) inAllFamiliesRate: boolean;
  @Field({ description: 'In the denominator of the two-parent rate' }) inTwoParentRate: boolean;
  @Field(() => [ParticipationNotCountedHoursType], { description: 'Hours given that did not count, each with the rule that excluded them' }) notCounted: ParticipationNotCountedHoursType[];
}
