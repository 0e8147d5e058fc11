import { LocalDate } from './scalars';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, registerDecorator } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { FederalActivityEnum } from './federal-activity.enum';
import { TimesheetFrequencyEnum } from './activity.type';
import { isExactCentiHours } from './participation-estimate.input';
import { IsOnOrAfter } from './inputs/validators';

/** Hours a week has (24 x 7): no weekly entry can report more. */
const HOURS_PER_WEEK = 168;
/** AS 47.27.035: work activity assignments are at most 40 hours a week. */
const MAX_ASSIGNMENT_HOURS_PER_WEEK = 40;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

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
export class AssignActivityInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => FederalActivityEnum) @IsEnum(FederalActivityEnum) activity: FederalActivityEnum;
  @Field(() => Float, { description: 'At most 40 hours a week (AS 47.27.035), with the person\'s other assignments in force' })
  @Min(0) @Max(MAX_ASSIGNMENT_HOURS_PER_WEEK, { message: 'scheduledHoursPerWeek must be at most 40: work activity assignments are at most 40 hours a week (AS 47.27.035)' })
  @IsCentiHours() scheduledHoursPerWeek: number;
  @Field(() => LocalDate) startDate: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsOnOrAfter('startDate') endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Provider or work site' }) @IsOptional() @IsString() @Length(1, 200) provider?: string | null;
  @Field(() => TimesheetFrequencyEnum) @IsEnum(TimesheetFrequencyEnum) timesheetFrequency: TimesheetFrequencyEnum;
  @Field(() => ID, { nullable: true, description: 'For the second parent of a two-parent family: the SPOUSE or PARTNER household member; omit for the client' })
  @IsOptional() @IsUUID() householdMemberId?: string | null;
}

@InputType({ description: 'End an activity assignment' })
export class EndActivityAssignmentInput {
  @Field(() => ID) @IsUUID() assignmentId: string;
  @Field(() => LocalDate) endDate: string;
}

@InputType({ description: 'Hours from a timesheet: one week of one assignment, restricted to the days of one month' })
export class RecordHoursInput {
  @Field(() => ID) @IsUUID() assignmentId: string;
  @Field({ description: 'YYYY-MM; a week crossing two months is entered in each month with that month\'s hours' })
  @IsString() @Matches(MONTH, { message: 'month must be YYYY-MM, e.g. 2026-10' }) month: string;
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
export class CorrectHoursInput {
  @Field(() => ID) @IsUUID() entryId: string;
  @Field(() => Float) @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() actualHours: number;
  @Field(() => Float, { nullable: true, description: 'Omitted: kept from the entry corrected' })
  @IsOptional() @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() excusedHours?: number | null;
  @Field(() => Float, { nullable: true, description: 'Omitted: kept from the entry corrected' })
  @IsOptional() @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHours() holidayHours?: number | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() holidayDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Omitted: kept from the entry corrected (WV-2)' })
  @IsOptional() @IsString() @Length(0, 2000) justification?: string | null;
  @Field({ description: 'Why the hours are corrected' }) @IsString() @Length(3, 2000) reason: string;
}

@InputType({ description: 'WV-1: verify a case\'s work activities for a month' })
export class VerifyMonthInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field({ description: 'YYYY-MM, not after the current month' }) @IsString() @Matches(MONTH, { message: 'month must be YYYY-MM, e.g. 2026-10' }) month: string;
}
