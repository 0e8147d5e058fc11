import { LocalDate } from './scalars';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType, Authorized } from 'type-graphql';
import { CASE_RECORD_READERS } from '../auth/roles';
import { TIMESHEET_FREQUENCIES, type TimesheetFrequency } from '../entities/activity-assignment.entity';
import { FederalActivityEnum } from './federal-activity.enum';
import { FamilyTypeEnum } from './participation-estimate.input';
import {
  ParticipationExclusionReasonEnum, ParticipationNotCountedHoursType, ParticipationStatusEnum,
} from './participation-estimate.type';

/** How often the case manager collects timesheets for an assignment. */
export const TimesheetFrequencyEnum = Object.fromEntries(TIMESHEET_FREQUENCIES.map((f) => [f, f])) as { [K in TimesheetFrequency]: K };
export type TimesheetFrequencyEnum = TimesheetFrequency;
registerEnumType(TimesheetFrequencyEnum, { name: 'TimesheetFrequency', description: 'How often timesheets are collected, as the case manager decides' });

@ObjectType('ActivityAssignment', { description: 'A work activity assigned to the client (or the second parent), at most 40 hours a week (AS 47.27.035)' })
export class ActivityAssignmentType {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => ID, { nullable: true, description: 'The spouse or partner (household member) the activity is for; null for the client' })
  householdMemberId: string | null;
  @Field(() => FederalActivityEnum) activity: FederalActivityEnum;
  @Field({ description: 'The federal name (45 CFR 261.30)' }) federalName: string;
  @Field(() => [String], { description: 'Names the Work Services manual uses (e.g. CWE, OJT, JSJR)' }) localNames: string[];
  @Field({ description: 'Core activity (45 CFR 261.31(b)); non-core hours count only above the core minimum' }) core: boolean;
  @Field(() => Float) scheduledHoursPerWeek: number;
  @Field(() => LocalDate) startDate: string;
  @Field(() => LocalDate, { nullable: true }) endDate: string | null;
  @Field(() => String, { nullable: true, description: 'Provider or work site' }) provider: string | null;
  @Field(() => TimesheetFrequencyEnum) timesheetFrequency: TimesheetFrequencyEnum;
  @Field(() => ID) assignedById: string;
  @Field(() => GraphQLDateTime) assignedAt: Date;
  @Field(() => ID, { nullable: true }) endedById: string | null;
  @Field(() => GraphQLDateTime, { nullable: true }) endedAt: Date | null;
}

@ObjectType('HoursEntry', { description: 'Hours of one week of an assignment, restricted to one month\'s days. Append-only: a correction is a new entry that replaces this one' })
export class HoursEntryType {
  @Field(() => ID) id: string;
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) caseId: string;
  @Field(() => FederalActivityEnum) activity: FederalActivityEnum;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => LocalDate) weekStart: string;
  @Field(() => Float, { description: 'Actual hours from the timesheet (45 CFR 261.60(a))' }) actualHours: number;
  @Field(() => Float, { description: 'Excused absence other than holidays (45 CFR 261.60(b))' }) excusedHours: number;
  @Field(() => Float) holidayHours: number;
  @Field(() => LocalDate, { nullable: true }) holidayDate: string | null;
  @Authorized(...CASE_RECORD_READERS) @Field(() => String, { nullable: true, description: 'WV-2: required for job search / job readiness hours' }) justification: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry this one replaces (a re-entry or a supervisor\'s correction)' }) replacesEntryId: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry that replaced this one; null while it is current' }) supersededById: string | null;
  @Authorized(...CASE_RECORD_READERS) @Field(() => String, { nullable: true }) correctionReason: string | null;
  @Field(() => ID) enteredById: string;
  @Field() enteredRole: string;
  @Field(() => GraphQLDateTime) enteredAt: Date;
  @Field({ description: 'Not replaced by a later entry' }) current: boolean;
}

@ObjectType('MonthVerification', { description: 'WV-1: the month\'s work activities verified, by whom and when' })
export class MonthVerificationType {
  @Field(() => ID) caseId: string;
  @Field() month: string;
  @Field(() => ID) verifiedById: string;
  @Field(() => GraphQLDateTime) verifiedAt: Date;
}

@ObjectType('MonthlyParticipation', {
  description: 'A case\'s federal work participation for a month, from the hours in the database (45 CFR 261.21-261.36; hours / 4.33 against the weekly figure)',
})
export class MonthlyParticipationType {
  @Field() month: string;
  @Field(() => FamilyTypeEnum, { description: 'Two-parent when a SPOUSE or PARTNER is in the household' }) familyType: FamilyTypeEnum;
  @Field(() => ParticipationStatusEnum) status: ParticipationStatusEnum;
  @Field(() => ParticipationExclusionReasonEnum, { nullable: true }) exclusionReason: ParticipationExclusionReasonEnum | null;
  @Field(() => String, { nullable: true }) exclusionText: string | null;
  @Field() requirementReason: string;
  @Field(() => Int) requiredWeeklyHours: number;
  @Field(() => Int) requiredWeeklyCoreHours: number;
  @Field(() => Float) countableHours: number;
  @Field(() => Float) countableCoreHours: number;
  @Field(() => Float) additionalHoursNeeded: number;
  @Field(() => Float) additionalCoreHoursNeeded: number;
  @Field() inAllFamiliesRate: boolean;
  @Field() inTwoParentRate: boolean;
  @Field({ description: 'TA was open on at least one day of the month' }) openInMonth: boolean;
  @Field({ description: 'Counted in the office\'s Work First rates (WV-3): a Work First case open in the month and not excluded' }) inWorkFirstRate: boolean;
  @Field({ description: 'Current month: weeks not yet entered are projected from the scheduled hours' }) projected: boolean;
  @Field(() => MonthVerificationType, { nullable: true, description: 'WV-1' }) verification: MonthVerificationType | null;
  @Field(() => [ParticipationNotCountedHoursType]) notCounted: ParticipationNotCountedHoursType[];
}
