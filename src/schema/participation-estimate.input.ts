import { LocalDate, YearMonth } from './scalars';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested, registerDecorator,
} from 'class-validator';
import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { hoursToCentiHours, type FamilyType } from '../participation';
import { FederalActivityEnum } from './federal-activity.enum';

/** Family composition for the rates (45 CFR 261.31, 261.32), from the participation module's type. */
export const FamilyTypeEnum = { SINGLE_PARENT: 'SINGLE_PARENT', TWO_PARENT: 'TWO_PARENT' } as const satisfies { [K in FamilyType]: K };
export type FamilyTypeEnum = FamilyType;
registerEnumType(FamilyTypeEnum, { name: 'FamilyType', valuesConfig: { SINGLE_PARENT: { description: 'One work-eligible parent (30 hours a week, 20 with a child under 6)' }, TWO_PARENT: { description: 'Two work-eligible parents: 35 hours combined, 55 with federally funded child care (45 CFR 261.32)' } }, description: 'One or two work-eligible parents (45 CFR 261.31, 261.32)' });

/** Hours a week has (24 x 7): no weekly entry can report more. */
const HOURS_PER_WEEK = 168;
/** Hours a (leap) year has: bound for the hours already used in the preceding 12 months. */
const HOURS_PER_YEAR = 8784;

/**
 * Decimal hours the participation module can take exactly: at most 2 decimals (centi-hours).
 * `hoursToCentiHours` parses the string exactly, so 21.555 is refused rather than rounded.
 */
export function isExactCentiHours(hours: number): boolean {
  try {
    hoursToCentiHours(String(hours));
    return true;
  } catch {
    return false;
  }
}

/** The decorated Float is hours with at most 2 decimals (negative values are left to `@Min(0)`). */
function IsCentiHourPrecision() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCentiHourPrecision', target: target.constructor, propertyName,
      options: { message: `${propertyName} must be hours with at most 2 decimals (e.g. 21.5)` },
      validator: { validate: (value: unknown) => typeof value === 'number' && (value < 0 || isExactCentiHours(value)) },
    });
}

@InputType('ParticipationHolidayInput', { description: 'A holiday on which a scheduled, unpaid activity did not take place (45 CFR 261.60(b))' })
export class ParticipationHolidayInput {
  @Field(() => LocalDate, { description: 'In the entry\'s week and in the month' }) @IsString() date: string;
  @Field(() => Float, { description: 'Scheduled hours missed that day' }) @Min(0) @Max(24) @IsCentiHourPrecision() hours: number;
}

@InputType('ParticipationActivityInput', { description: 'One adult\'s hours in one activity for one week (7 days from weekStart), restricted to the days of the month' })
export class ParticipationActivityInput {
  @Field(() => LocalDate, { description: 'First day of the 7-day week, at most 6 days before the month starts' }) @IsString() weekStart: string;
  @Field(() => FederalActivityEnum, { description: 'The federal activity category (45 CFR 261.30)' }) @IsEnum(FederalActivityEnum) activity: FederalActivityEnum;
  @Field(() => Float, { description: 'Actual, verified hours (45 CFR 261.60(a)); paid holidays and paid leave of paid work belong here' })
  @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHourPrecision() actualHours: number;
  @Field(() => Float, { nullable: true, description: 'Hours scheduled; excused and holiday hours count only up to scheduled - actual' })
  @IsOptional() @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHourPrecision() scheduledHours?: number | null;
  @Field(() => Float, { nullable: true, description: 'Excused absence other than holidays (16 h/month, 80 h/12 months)' })
  @IsOptional() @Min(0) @Max(HOURS_PER_WEEK) @IsCentiHourPrecision() excusedHours?: number | null;
  @Field(() => [ParticipationHolidayInput], { defaultValue: [], description: 'Holidays missed (10 per 12 months)' })
  @ValidateNested({ each: true }) @Type(() => ParticipationHolidayInput) @ArrayMaxSize(7) holidays: ParticipationHolidayInput[];
  @Field(() => Boolean, { nullable: true, description: 'JSJR only: the entry carries a justification (WV-2); without it the hours do not count' })
  @IsOptional() @IsBoolean() justificationPresent?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'JSJR only: took part on 3 or 4 days, counted as a full week once per 12 months (45 CFR 261.34(e))' })
  @IsOptional() @IsInt() @IsIn([3, 4], { message: 'shortWeekDays must be 3 or 4' }) shortWeekDays?: number | null;
}

@InputType('ParticipationAdultInput', { description: 'One work-eligible adult and what earlier months already used up' })
export class ParticipationAdultInput {
  @Field({ description: 'Any id unique within the request; echoed in notCounted' }) @IsString() @Length(1, 100) adultId: string;
  @Field(() => Int, { description: 'Age in whole years in the month' }) @IsInt() @Min(0) @Max(130) ageYears: number;
  @Field({ description: 'The adult is the head of household (teen deeming applies under 20)' }) @IsBoolean() headOfHousehold: boolean;
  @Field({ description: 'The adult is married (teen deeming applies under 20)' }) @IsBoolean() married: boolean;
  @Field({ defaultValue: false, description: 'Disabled, or caring for a severely disabled child: the two-parent 55/50 figure does not apply' })
  @IsBoolean() disabled: boolean;
  @Field({ defaultValue: false, description: 'Teen deeming: satisfactory attendance at secondary school or the equivalent this month (45 CFR 261.35)' })
  @IsBoolean() secondarySchoolAttendanceSatisfactory: boolean;
  @Field(() => Int, { nullable: true, description: 'JSJR weeks counted in the 12 months before this month; give this or jsjrHoursCountedPrior12Months' })
  @IsOptional() @IsInt() @Min(0) jsjrWeeksCountedPrior12Months?: number | null;
  @Field(() => Float, { nullable: true, description: 'JSJR hours counted in the 12 months before this month (the limit is in hours, 45 CFR 261.34(c))' })
  @IsOptional() @Min(0) @Max(HOURS_PER_YEAR) @IsCentiHourPrecision() jsjrHoursCountedPrior12Months?: number | null;
  @Field(() => Int, { nullable: true, description: 'Consecutive JSJR weeks that ran up to the start of this month (45 CFR 261.34(d))' })
  @IsOptional() @IsInt() @Min(0) jsjrConsecutiveWeeksBeforeMonth?: number | null;
  @Field(() => LocalDate, { nullable: true, description: 'Start of the last week of that run' })
  @IsOptional() @IsString() jsjrLastWeekStartBeforeMonth?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The 3-or-4-day short week was used in the 12 months before this month' })
  @IsOptional() @IsBoolean() jsjrShortWeekUsedPrior12Months?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'VET months counted before this month, lifetime (12 allowed)' })
  @IsOptional() @IsInt() @Min(0) vetMonthsUsedBeforeMonth?: number | null;
  @Field(() => Int, { nullable: true, description: 'Holidays counted as excused in the 11 months before this month' })
  @IsOptional() @IsInt() @Min(0) holidaysExcusedPrior11Months?: number | null;
  @Field(() => Float, { nullable: true, description: 'Other excused hours counted in the 11 months before this month' })
  @IsOptional() @Min(0) @Max(HOURS_PER_YEAR) @IsCentiHourPrecision() excusedHoursPrior11Months?: number | null;
  @Field(() => [ParticipationActivityInput], { description: 'The adult\'s weekly activity entries for the month' })
  @ValidateNested({ each: true }) @Type(() => ParticipationActivityInput) @ArrayMaxSize(100) activities: ParticipationActivityInput[];
}

@InputType('ParticipationPenaltyInput', { description: 'Work penalty facts for the month (45 CFR 261.22(b))' })
export class ParticipationPenaltyInput {
  @Field({ description: 'The family is under a work penalty this month (excluded if penalized in no more than 3 of the last 12 months)' }) @IsBoolean() underWorkPenaltyThisMonth: boolean;
  @Field(() => Int, { description: 'Months with a work penalty in the 12 months ending with this month, this month included' })
  @IsInt() @Min(0) @Max(12) penaltyMonthsInLast12Months: number;
}

@InputType('ChildUnder12MonthsDisregardInput', { description: 'The single-parent "child under 12 months" disregard (45 CFR 261.22(b); AS 47.27.035)' })
export class ChildUnder12MonthsDisregardInput {
  @Field({ defaultValue: true, description: 'Claimed for this month (on request in Alaska)' }) @IsBoolean() claimed: boolean;
  @Field(() => Int, { description: 'Months already disregarded, lifetime, before this month (12 allowed)' }) @IsInt() @Min(0) monthsUsedBeforeMonth: number;
}

@InputType('ParticipationEstimateInput', { description: 'A family\'s facts for one month, given in the request (nothing is read from or written to the case)' })
export class ParticipationEstimateInput {
  @Field(() => YearMonth, { description: 'The month the facts are for' }) month: string;
  @Field(() => FamilyTypeEnum, { description: 'Single- or two-parent family' }) @IsEnum(FamilyTypeEnum) familyType: FamilyTypeEnum;
  @Field({ defaultValue: false, description: 'Child-only case: outside both rates' }) @IsBoolean() childOnly: boolean;
  @Field(() => Int, { nullable: true, description: 'Age of the youngest child in completed months during the month; null when unknown' })
  @IsOptional() @IsInt() @Min(0) youngestChildAgeMonths?: number | null;
  @Field({ description: 'Federally funded child care this month (two-parent 55/50 figure, 45 CFR 261.32)' }) @IsBoolean() receivesFederallyFundedChildCare: boolean;
  @Field(() => ParticipationPenaltyInput, { nullable: true, description: 'Work penalty facts; null when none' })
  @IsOptional() @ValidateNested() @Type(() => ParticipationPenaltyInput) penalty?: ParticipationPenaltyInput | null;
  @Field(() => ChildUnder12MonthsDisregardInput, { nullable: true, description: 'A single parent\'s child-under-12-months exclusion (12 months in a lifetime); null when not claimed' })
  @IsOptional() @ValidateNested() @Type(() => ChildUnder12MonthsDisregardInput) childUnder12MonthsDisregard?: ChildUnder12MonthsDisregardInput | null;
  @Field(() => [ParticipationAdultInput], { description: 'Work-eligible adults: 1 for SINGLE_PARENT, 2 for TWO_PARENT (any number for a child-only case)' })
  @ValidateNested({ each: true }) @Type(() => ParticipationAdultInput) @ArrayMaxSize(10) adults: ParticipationAdultInput[];
}
