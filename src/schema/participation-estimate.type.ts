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

registerEnumType(ParticipationStatusEnum, { name: 'ParticipationStatus', description: 'The family\'s work participation for the month' });
registerEnumType(ParticipationExclusionReasonEnum, { name: 'ParticipationExclusionReason', description: 'Why a family is outside the rates (45 CFR 261.22)' });
registerEnumType(NotCountedReasonEnum, { name: 'NotCountedReason', description: 'Why reported hours do not count' });
registerEnumType(NotCountedHoursKindEnum, { name: 'NotCountedHoursKind', description: 'Which part of an entry: actual, excused or holiday hours' });

@ObjectType('ParticipationNotCountedHours', { description: 'Hours reported that do not count, with the rule that stops them' })
export class ParticipationNotCountedHoursType {
  @Field() adultId: string;
  @Field(() => LocalDate, { nullable: true }) weekStart: string | null;
  @Field(() => FederalActivityEnum, { nullable: true }) activity: FederalActivityEnum | null;
  @Field(() => NotCountedHoursKindEnum) kind: NotCountedHoursKindEnum;
  @Field(() => Float, { description: 'Hours, exact to the hundredth' }) hours: number;
  @Field(() => NotCountedReasonEnum) reason: NotCountedReasonEnum;
  @Field({ description: 'Citation: CFR section and DOMAIN.md rule id' }) rule: string;
  @Field({ description: 'Plain-language explanation' }) text: string;
}

@ObjectType('ParticipationEstimate', { description: 'Federal work participation for one month from the facts given (hours / 4.33 against the weekly figure, no rounding)' })
export class ParticipationEstimateType {
  @Field(() => ParticipationStatusEnum) status: ParticipationStatusEnum;
  @Field(() => ParticipationExclusionReasonEnum, { nullable: true }) exclusionReason: ParticipationExclusionReasonEnum | null;
  @Field(() => String, { nullable: true, description: 'The exclusion explained, with citation' }) exclusionText: string | null;
  @Field({ description: 'Which weekly figure applies and why' }) requirementReason: string;
  @Field(() => Int) requiredWeeklyHours: number;
  @Field(() => Int) requiredWeeklyCoreHours: number;
  @Field(() => Float, { description: 'Countable hours in the month (core + non-core above the core minimum), exact to the hundredth' }) countableHours: number;
  @Field(() => Float, { description: 'Countable core hours in the month' }) countableCoreHours: number;
  @Field(() => Float, { description: 'Least additional countable hours this month that would make the family ENGAGED; 0 when engaged or excluded' }) additionalHoursNeeded: number;
  @Field(() => Float, { description: 'How many of those must be core hours' }) additionalCoreHoursNeeded: number;
  @Field({ description: 'In the denominator of the all-families rate' }) inAllFamiliesRate: boolean;
  @Field({ description: 'In the denominator of the two-parent rate' }) inTwoParentRate: boolean;
  @Field(() => [ParticipationNotCountedHoursType]) notCounted: ParticipationNotCountedHoursType[];
}
