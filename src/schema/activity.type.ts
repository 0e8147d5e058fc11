import { LocalDate, YearMonth } from './scalars';
import { StaffRoleEnum } from './enums';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType, Authorized } from 'type-graphql';
import { CASE_RECORD_READERS } from '../auth/roles';
import { TIMESHEET_FREQUENCIES, type TimesheetFrequency } from '../entities/activity-assignment.entity';
import { FederalActivityEnum } from './federal-activity.enum';
import { FamilyTypeEnum } from './participation-estimate.input';
import {
  ParticipationExclusionReasonEnum, ParticipationNotCountedHoursType, ParticipationStatusEnum,
} from './participation-estimate.type';
import { NodeInterface } from './node.type';

/** How often the case manager collects timesheets for an assignment. */
export const TimesheetFrequencyEnum = Object.fromEntries(TIMESHEET_FREQUENCIES.map((f) => [f, f])) as { [K in TimesheetFrequency]: K };
export type TimesheetFrequencyEnum = TimesheetFrequency;
registerEnumType(TimesheetFrequencyEnum, { name: 'TimesheetFrequency', valuesConfig: { WEEKLY: { description: 'Every week' }, BIWEEKLY: { description: 'Every two weeks' }, MONTHLY: { description: 'Once a month' } }, description: 'How often timesheets are collected, as the case manager decides' });

@ObjectType('ActivityAssignment', { implements: NodeInterface, description: 'A work activity assigned to the client (or the second parent), at most 40 hours a week (AS 47.27.035)' })
export class ActivityAssignmentType {
  @Field(() => ID, { description: 'The assignment\'s id (use it with node(id), recordHours and endActivityAssignment)' }) id: string;
  @Field(() => ID, { description: 'The case the activity belongs to' }) caseId: string;
  @Field(() => ID, { nullable: true, description: 'The spouse or partner (household member) the activity is for; null for the client' })
  householdMemberId: string | null;
  @Field(() => FederalActivityEnum, { description: 'The federal activity category (45 CFR 261.30); its description gives the manual\'s local names' }) activity: FederalActivityEnum;
  @Field({ description: 'The federal name (45 CFR 261.30)' }) federalName: string;
  @Field(() => [String], { description: 'Names the Work Services manual uses (e.g. CWE, OJT, JSJR)' }) localNames: string[];
  @Field({ description: 'Core activity (45 CFR 261.31(b)); non-core hours count only above the core minimum' }) core: boolean;
  @Field(() => Float, { description: 'Hours scheduled per week (up to 2 decimals); the person\'s assignments in force together add up to at most 40 (AS 47.27.035)' }) scheduledHoursPerWeek: number;
  @Field(() => LocalDate, { description: 'First day of the assignment (Alaska date)' }) startDate: string;
  @Field(() => LocalDate, { nullable: true, description: 'Last day of the assignment (Alaska date); null while it runs without an end date' }) endDate: string | null;
  @Authorized(...CASE_RECORD_READERS) @Field(() => String, { nullable: true, description: 'Provider or work site. Free text: not readable by PARTNER (ROI-1)' }) provider: string | null;
  @Field(() => TimesheetFrequencyEnum, { description: 'How often the case manager collects timesheets for it' }) timesheetFrequency: TimesheetFrequencyEnum;
  @Field(() => ID, { description: 'The staff member who assigned it' }) assignedById: string;
  @Field(() => GraphQLDateTime, { description: 'When it was assigned (server time)' }) assignedAt: Date;
  @Field(() => ID, { nullable: true, description: 'The staff member who ended it early with endActivityAssignment; null when not ended early' }) endedById: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When endActivityAssignment ended it; null when not ended early' }) endedAt: Date | null;
}

@ObjectType('HoursEntry', { implements: NodeInterface, description: 'Hours of one week of an assignment, restricted to one month\'s days. Append-only: a correction is a new entry that replaces this one' })
export class HoursEntryType {
  @Field(() => ID, { description: 'The entry\'s id (correctHours takes it as entryId)' }) id: string;
  @Field(() => ID, { description: 'The activity assignment the hours are for' }) assignmentId: string;
  @Field(() => ID, { description: 'The case the hours belong to' }) caseId: string;
  @Field(() => FederalActivityEnum, { description: 'The assignment\'s federal activity category (45 CFR 261.30)' }) activity: FederalActivityEnum;
  @Field(() => YearMonth, { description: 'The month whose days the hours fall on' }) month: string;
  @Field(() => LocalDate, { description: 'Monday of the week the timesheet covers (Alaska date); only the days in `month` count' }) weekStart: string;
  @Field(() => Float, { description: 'Actual hours from the timesheet (45 CFR 261.60(a))' }) actualHours: number;
  @Field(() => Float, { description: 'Excused absence other than holidays (45 CFR 261.60(b))' }) excusedHours: number;
  @Field(() => Float, { description: 'Hours excused for a state holiday on a scheduled day (at most 10 holidays in 12 months, 45 CFR 261.60(b))' }) holidayHours: number;
  @Field(() => LocalDate, { nullable: true, description: 'The holiday the holidayHours are for; null when holidayHours is 0' }) holidayDate: string | null;
  @Authorized(...CASE_RECORD_READERS) @Field(() => String, { nullable: true, description: 'WV-2: required for job search / job readiness hours' }) justification: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry this one replaces (a re-entry or a supervisor\'s correction)' }) replacesEntryId: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry that replaced this one; null while it is current' }) supersededById: string | null;
  @Authorized(...CASE_RECORD_READERS) @Field(() => String, { nullable: true, description: 'A supervisor\'s reason for a correction (correctHours); null for an ordinary entry' }) correctionReason: string | null;
  @Field(() => ID, { description: 'The staff member who entered it' }) enteredById: string;
  @Field(() => StaffRoleEnum, { description: 'The role of whoever entered it (a supervisor\'s correction after WV-1 verification)' }) enteredRole: StaffRoleEnum;
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time)' }) enteredAt: Date;
  @Field({ description: 'Not replaced by a later entry' }) current: boolean;
}

@ObjectType('MonthVerification', { description: 'WV-1: the month\'s work activities verified, by whom and when' })
export class MonthVerificationType {
  @Field(() => ID, { description: 'The case whose month was verified' }) caseId: string;
  @Field(() => YearMonth, { description: 'The verified month' }) month: string;
  @Field(() => ID, { description: 'The staff member who verified it' }) verifiedById: string;
  @Field(() => GraphQLDateTime, { description: 'When it was verified (server time); WV-1 wants it by the 20th of the next month, with its Monthly Work Verification CLNO' }) verifiedAt: Date;
}

@ObjectType('MonthlyParticipation', {
  description: 'A case\'s federal work participation for a month, from the hours in the database (45 CFR 261.21-261.36; hours / 4.33 against the weekly figure)',
})
export class MonthlyParticipationType {
  @Field(() => YearMonth, { description: 'The month computed' }) month: string;
  @Field(() => FamilyTypeEnum, { description: 'Two-parent when a SPOUSE or PARTNER is in the household' }) familyType: FamilyTypeEnum;
  @Field(() => ParticipationStatusEnum, { description: 'ENGAGED when the countable hours meet the requirement, NOT_ENGAGED when short, EXCLUDED when outside the rate this month' }) status: ParticipationStatusEnum;
  @Field(() => ParticipationExclusionReasonEnum, { nullable: true, description: 'Why the case is outside the rate this month; null unless status is EXCLUDED' }) exclusionReason: ParticipationExclusionReasonEnum | null;
  @Field(() => String, { nullable: true, description: 'exclusionReason in words, citing the rule; null unless status is EXCLUDED' }) exclusionText: string | null;
  @Field({ description: 'Which weekly requirement applies and why (e.g. single parent of a child under 6: 20 core hours)' }) requirementReason: string;
  @Field(() => Int, { description: 'Weekly hours required: 30 for all families, 20 for a single parent of a child under 6, 35 for two parents (55 with federally funded child care)' }) requiredWeeklyHours: number;
  @Field(() => Int, { description: 'Of requiredWeeklyHours, the hours that must come from core activities (20, 20, 30 or 50)' }) requiredWeeklyCoreHours: number;
  @Field(() => Float, { description: 'Hours that count for the month after the federal caps (JSJR, excused, holiday, VET), divided by 4.33 to compare with the weekly figure' }) countableHours: number;
  @Field(() => Float, { description: 'The part of countableHours from core activities (45 CFR 261.31)' }) countableCoreHours: number;
  @Field(() => Float, { description: 'Hours still needed this month to be engaged; 0 when the requirement is met' }) additionalHoursNeeded: number;
  @Field(() => Float, { description: 'Core hours still needed this month; 0 when the core requirement is met' }) additionalCoreHoursNeeded: number;
  @Field({ description: 'Counted in the all-families rate this month (target 50%, WV-3)' }) inAllFamiliesRate: boolean;
  @Field({ description: 'Counted in the two-parent rate this month (target 75%, WV-3); a family with a disabled parent is not (42 USC 607(b)(2)(C))' }) inTwoParentRate: boolean;
  @Field({ description: 'TA was open on at least one day of the month' }) openInMonth: boolean;
  @Field({ description: 'Counted in the office\'s Work First rates (WV-3): a Work First case open in the month and not excluded' }) inWorkFirstRate: boolean;
  @Field({ description: 'Current month: weeks not yet entered are projected from the scheduled hours' }) projected: boolean;
  @Field(() => MonthVerificationType, { nullable: true, description: 'WV-1' }) verification: MonthVerificationType | null;
  @Field(() => [ParticipationNotCountedHoursType], { description: 'Entered hours that did not count, each with the rule that excluded them' }) notCounted: ParticipationNotCountedHoursType[];
}
