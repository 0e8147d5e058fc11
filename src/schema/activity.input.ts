import { LocalDate, YearMonth } from './scalars';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Max, Min, registerDecorator } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { FederalActivityEnum } from './federal-activity.enum';
import { TimesheetFrequencyEnum } from './activity.type';
import { isExactCentiHours } from './participation-estimate.input';
import { IsOnOrAfter } from './inputs/validators';
import { MutationInput } from './inputs/mutation.input';

/** Hours a week has (24 x 7): no weekly entry can report more. */
const HOURS_PER_WEEK = 168;
/** AS 47.27.035: work activity assignments are at most 40 hours a week. */
const MAX_ASSIGNMENT_HOURS_PER_WEEK = 40;

/** Hours with at most 2 decimals (they are stored as integer centi-hours); negative values are left to @Min(0). */
function IsCentiHours() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCentiHourPrecision', target: target.constructor, propertyName,
      options: { message: `${propertyName} must be hours with at most 2 decimals (e.g. 21.5)` },
      validator: { validate: (value: unknown) => value == null || (typeof value === 'number' && (value < 0 || isExactCentiHours(value))) },
    });
}

@InputType({ description: 'Assign a work activity (one of the 12 federal categories, 45 CFR 261.30)' })
export class AssignActivityInput extends MutationInput {
  @Field(() => ID, { description: 'The case the activity is for' }) @IsUUID() caseId: string;
  @Field(() => FederalActivityEnum, { description: 'The federal activity category (45 CFR 261.30)' }) @IsEnum(FederalActivityEnum) activity: FederalActivityEnum;
  @Field(() => Float, { description: 'At most 40 hours a week (AS 47.27.035), with the person\'s other assignments in force' })
  @Min(0) @Max(MAX_ASSIGNMENT_HOURS_PER_WEEK, { message: 'scheduledHoursPerWeek must be at most 40: work activity assignments are at most 40 hours a week (AS 47.27.035)' })
  @IsCentiHours() scheduledHoursPerWeek: number;
  @Field(() => LocalDate, { description: 'First day of the assignment' }) startDate: string;
  @Field(() => LocalDate, { nullable: true, description: 'Last day; omit for an open-ended assignment' }) @IsOptional() @IsOnOrAfter('startDate') endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Provider or work site' }) @IsOptional() @IsString() @Length(1, 200) provider?: string | null;
  @Field(() => TimesheetFrequencyEnum, { description: 'How often timesheets will be collected' }) @IsEnum(TimesheetFrequencyEnum) timesheetFrequency: TimesheetFrequencyEnum;
  @Field(() => ID, { nullable: true, description: 'For the second parent of a two-parent family: the SPOUSE or PARTNER household member; omit for the client' })
  @IsOptional() @IsUUID() householdMemberId?: string | null;
}

@InputType({ description: 'End an activity assignment' })
export class EndActivityAssignmentInput extends MutationInput {
  @Field(() => ID, { description: 'The assignment to end' }) @IsUUID() assignmentId: string;
  @Field(() => LocalDate, { description: 'The new last day: on or after its start, never later than its current end (AS 47.27.035)' }) endDate: string;
}

@InputType({ description: 'Hours from a timesheet: one week of one assignment, restricted to the days of one month' })
export class RecordHoursInput extends MutationInput {
  @Field(() => ID, { description: 'The assignment the timesheet is for' }) @IsUUID() assignmentId: string;
  @Field(() => YearMonth, { description: 'A week crossing two months is entered in each month with that month\'s hours' }) month: string;
  @Field(() => LocalDate, { description: 'First day of the 7-day week (at most 6 days before the month)' }) weekStart: string;
  @Field(() => Float, { description: 'Actual hours (45 CFR 261.60(a))' }) @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() actualHours: number;
  @Field(() => Float, { defaultValue: 0, description: 'Excused absence other than holidays (45 CFR 261.60(b))' })
  @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() excusedHours: number;
  @Field(() => Float, { defaultValue: 0, description: 'Scheduled hours missed on a holiday (45 CFR 261.60(b))' })
  @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() holidayHours: number;
  @Field(() => LocalDate, { nullable: true, description: 'The holiday, required with holiday hours' }) @IsOptional() holidayDate?: string | null;
  @Field(() => String, { nullable: true, description: 'WV-2: required for job search / job readiness hours' })
  @IsOptional() @IsString() @Length(0, 2000) justification?: string | null;
}

@InputType({ description: 'SUPERVISOR: correct an hours entry; the correction replaces it and the history is kept' })
export class CorrectHoursInput extends MutationInput {
  @Field(() => ID, { description: 'The entry to correct (the current one of its week)' }) @IsUUID() entryId: string;
  @Field(() => Float, { description: 'Corrected actual hours (0-168, at most 2 decimals)' }) @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() actualHours: number;
  @Field(() => Float, { nullable: true, description: 'Omitted: kept from the entry corrected' })
  @IsOptional() @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() excusedHours?: number | null;
  @Field(() => Float, { nullable: true, description: 'Omitted: kept from the entry corrected' })
  @IsOptional() @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() holidayHours?: number | null;
  @Field(() => LocalDate, { nullable: true, description: 'The holiday the holiday hours are for; required when holidayHours is above 0' }) @IsOptional() holidayDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Omitted: kept from the entry corrected (WV-2)' })
  @IsOptional() @IsString() @Length(0, 2000) justification?: string | null;
  @Field({ description: 'Why the hours are corrected' }) @IsString() @Length(3, 2000) reason: string;
}

@InputType({ description: 'WV-1: verify a case\'s work activities for a month' })
export class VerifyMonthInput extends MutationInput {
  @Field(() => ID, { description: 'The case whose month is verified' }) @IsUUID() caseId: string;
  @Field(() => YearMonth, { description: 'Not after the current month' }) month: string;
}
