import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecisionEnum } from './enums';
import type { ExtensionCriterion } from '../machines/case-lifecycle.types';

/** The extension criteria a parent may meet (7 AAC 45.610; src/machines/time-limit-clock.ts EXTENSION_CRITERIA). */
export enum ExtensionCriterionEnum {
  MEDICAL_INABILITY_TA10 = 'MEDICAL_INABILITY_TA10',
  CARE_OF_DISABLED_FAMILY_MEMBER = 'CARE_OF_DISABLED_FAMILY_MEMBER',
  DOMESTIC_VIOLENCE = 'DOMESTIC_VIOLENCE',
  UNREASONABLE_HARDSHIP = 'UNREASONABLE_HARDSHIP',
  PARTNER_AGENCY_INPUT = 'PARTNER_AGENCY_INPUT',
}
registerEnumType(ExtensionCriterionEnum, {
  name: 'ExtensionCriterion',
  description: 'What an extension of the 60-month limit rests on for one parent (ATAP MS 701, 7 AAC 45.610; TL-2)',
  valuesConfig: {
    MEDICAL_INABILITY_TA10: { description: 'Medically unable to work, documented by an updated TA10 (TL-2)' },
    CARE_OF_DISABLED_FAMILY_MEMBER: { description: 'Needed at home to care for a disabled family member (physician documentation)' },
    DOMESTIC_VIOLENCE: { description: 'Subjected to domestic violence (battery or extreme cruelty)' },
    UNREASONABLE_HARDSHIP: { description: 'Another hardship that makes leaving assistance unreasonable' },
    PARTNER_AGENCY_INPUT: { description: 'Partner agencies attended or gave input in advance supporting the extension (TL-2)' },
  },
});

@ObjectType('ParentTimeLimitClock', { description: 'One parent\'s 60-month clock; a two-parent family reaches the limit when either parent reaches 60 (TL-1)' })
export class ParentTimeLimitClockType {
  @Field(() => ID, { nullable: true, description: 'The second parent (SPOUSE or PARTNER household member); null for the client' }) householdMemberId: string | null;
  @Field(() => Int, { description: 'Countable months of assistance this parent used (TL-1)' }) monthsUsed: number;
  @Field(() => [ExtensionCriterionEnum], { description: 'The extension criteria this parent meets, as the supervisor decided (7 AAC 45.610); empty until decided' })
  extensionCriteria: ExtensionCriterion[];
}

@ObjectType('TimeLimitPosition', { description: 'The 60-month lifetime clock (TL-1)' })
export class TimeLimitPositionType {
  @Field(() => Int, { description: 'Countable months of assistance used (TL-1; a month counts when any cash is issued)' }) monthsUsed: number;
  @Field(() => Int, { description: 'Months on the family\'s clock: the larger of the parents\' months (TL-1: either parent reaching 60 reaches the limit)' }) familyMonthsUsed: number;
  @Field(() => [ParentTimeLimitClockType], { description: 'Each parent\'s clock, the client first (TL-1); one entry in a one-parent family' }) parents: ParentTimeLimitClockType[];
  @Field(() => Int, { description: 'Months left of the 60 on the family\'s clock (never below 0); the extension staffing comes at month 58 (TL-2)' }) monthsLeft: number;
  @Field({ description: 'Month 58 reached on the family\'s clock: the extension review staffing is due (TL-1)' }) extensionStaffingDue: boolean;
  @Field(() => DecisionEnum, { nullable: true, description: 'The supervisor\'s decision on the extension (TL-2); null until decided' }) extensionDecision: 'APPROVED' | 'DENIED' | null;
}
