/**
 * Input and output types of the monthly participation computation.
 *
 * Conventions:
 * - Every hour quantity is an integer number of centi-hours (hundredths of an hour): 86.6 h = 8660.
 *   Field names end in `CentiHours`; weekly requirement figures (`requiredWeeklyHours`, ...) are
 *   whole hours per week, as the regulation states them.
 * - Months are `YYYY-MM`, dates `YYYY-MM-DD` (Alaska calendar dates; no clock, no time zone).
 * - Everything is plain JSON: no Date, no class instances, no undefined-vs-null tricks needed.
 */
import type { FederalActivity } from './activity-types';

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** Family composition for the rates: one or two work-eligible parents (45 CFR 261.31, 261.32). */
export type FamilyType = 'SINGLE_PARENT' | 'TWO_PARENT';

/** A holiday on which a scheduled, unpaid activity did not take place (45 CFR 261.60(b)). */
export interface HolidayExcusal {
  /** The holiday, `YYYY-MM-DD`; must fall in the entry's week and in the month. */
  date: string;
  /** Scheduled hours missed that day because of the holiday. */
  centiHours: number;
}

/**
 * One adult's hours in one activity for one week (7 consecutive days starting `weekStart`),
 * restricted to the days of the month being computed. A week straddling two months is entered in
 * both months with the hours of each month's days.
 */
export interface WeeklyActivityEntry {
  /** First day of the 7-day week, `YYYY-MM-DD` (at most 6 days before the month starts). */
  weekStart: string;
  activity: FederalActivity;
  /** Actual, verified hours of participation (45 CFR 261.60(a), 261.61). Paid holidays and paid leave of paid work belong here. */
  actualCentiHours: number;
  /** Hours the adult was scheduled for; excused and holiday hours count only up to `scheduled - actual` (45 CFR 261.60(b)). */
  scheduledCentiHours?: number;
  /** Excused absence other than holidays (counts toward the 16/month and 80/12-months caps). */
  excusedCentiHours?: number;
  /** Holidays missed (counts toward the 10 holidays per 12 months cap). */
  holidays?: HolidayExcusal[];
  /** Work search / JSJR entries must carry a justification (WV-2); without it the hours do not count. */
  justificationPresent?: boolean;
  /**
   * JSJR only: the adult took part on only 3 or 4 days this week and the case manager counts it
   * as a full 5-day week, once per 12 months (45 CFR 261.34(e)). The hours are prorated to 5 days.
   */
  shortWeekDays?: 3 | 4;
}

/** What earlier months already used up; everything defaults to 0 / false. */
export interface AdultParticipationHistory {
  /** JSJR weeks counted in the 12 months before this month (a week = 20 h for a single custodial parent of a child under 6, else 30 h; 45 CFR 261.34(c)). Give this or `jsjrCentiHoursCountedPrior12Months`, not both. */
  jsjrWeeksCountedPrior12Months?: number;
  /** JSJR hours counted in the 12 months before this month, when the caller tracks hours (the limit is in hours, 45 CFR 261.34(c)). */
  jsjrCentiHoursCountedPrior12Months?: number;
  /** Consecutive weeks with reported JSJR hours that ran up to the start of this month (45 CFR 261.34(d)). */
  jsjrConsecutiveWeeksBeforeMonth?: number;
  /**
   * The last week (its start date) of that run. When given, this month's first JSJR week continues
   * the run only if it starts 7 days later (or is that same straddling week). When omitted, the run
   * continues into the first JSJR week of this month if that week starts no later than the 7th.
   */
  jsjrLastWeekStartBeforeMonth?: string;
  /** The once-per-12-months 3-or-4-day short week (45 CFR 261.34(e)) was used in the 12 months before this month. */
  jsjrShortWeekUsedPrior12Months?: boolean;
  /** Months of vocational educational training counted before this month, lifetime (45 CFR 261.33(a); 42 USC 607(d)(8)). */
  vetMonthsUsedBeforeMonth?: number;
  /** Holidays (days) counted as excused in the 11 months before this month (45 CFR 261.60(b)). */
  holidaysExcusedPrior11Months?: number;
  /** Other excused hours counted in the 11 months before this month (45 CFR 261.60(b)). */
  excusedCentiHoursPrior11Months?: number;
}

/** One work-eligible adult of the family. */
export interface AdultParticipationFacts {
  adultId: string;
  /** Age in whole years in the month. */
  ageYears: number;
  headOfHousehold: boolean;
  married: boolean;
  /**
   * The adult (a parent) has a disability: a family that includes a disabled parent is not a
   * two-parent family for the two-parent rate (42 USC 607(b)(2)(C)), and the 55/50 two-parent
   * figure does not apply (42 USC 607(c)(1)(B)(ii); 45 CFR 261.32).
   */
  disabled?: boolean;
  /** Cares for a severely disabled child: the 55/50 two-parent figure does not apply (42 USC 607(c)(1)(B)(ii); 45 CFR 261.32); the family stays a two-parent family. */
  caresForSeverelyDisabledChild?: boolean;
  /** Teen deeming: maintains satisfactory attendance at secondary school or the equivalent this month (45 CFR 261.35; 42 USC 607(c)(2)(C)). */
  secondarySchoolAttendanceSatisfactory?: boolean;
  /** The adult's weekly activity entries for the month. */
  activities: WeeklyActivityEntry[];
  history?: AdultParticipationHistory;
}

/** Work penalty (sanction) facts for the month (45 CFR 261.22(b); 42 USC 607(b)(1)(B)(ii)). */
export interface WorkPenaltyFacts {
  /** The family is under a penalty for refusing to work this month. */
  underWorkPenaltyThisMonth: boolean;
  /**
   * Months with a work penalty in the 12 months PRECEDING this month, this month not included
   * (0..12): 42 USC 607(b)(1)(B)(ii) "not been subject to such penalty for more than 3 months
   * within the preceding 12-month period"; 45 CFR 261.22(b)(2) "for more than three of the last 12 months".
   */
  penaltyMonthsInPreceding12Months: number;
}

/** The single-parent "child under 12 months" disregard (45 CFR 261.22(b); 42 USC 607(b)(5); AS 47.27.035). */
export interface ChildUnder12MonthsDisregardFacts {
  /** Claimed for this month (in Alaska the exemption is on request); defaults to true. */
  claimed?: boolean;
  /** Months already disregarded, lifetime, before this month. */
  monthsUsedBeforeMonth: number;
}

/** Options that are State choices rather than facts of the case. */
export interface ParticipationOptions {
  /** The State qualifies as "needy" (or has a high unemployment rate): JSJR counts for 12 weeks instead of 6 (45 CFR 261.34(b)). */
  needyStateJsjrExtension?: boolean;
}

/**
 * Everything the monthly computation needs. Plain JSON: build it from the database for the
 * monthly status, from a request for a "what-if" estimate, or from stored facts for office rates.
 */
export interface ParticipationFacts {
  /** The month, `YYYY-MM`. */
  month: string;
  familyType: FamilyType;
  /** Child-only case (no adult in the assistance unit): outside both rates. */
  childOnly?: boolean;
  /** Age of the youngest child in completed months during the month; null when unknown. Under 72 = "child under 6", under 12 = "child under 12 months". */
  youngestChildAgeMonths: number | null;
  /** The family receives federally funded child care this month (two-parent 55/50 figure, 45 CFR 261.32). */
  receivesFederallyFundedChildCare: boolean;
  /** Work-eligible adults: exactly 1 for SINGLE_PARENT, exactly 2 for TWO_PARENT (any number, even none, for a child-only case). */
  adults: AdultParticipationFacts[];
  penalty?: WorkPenaltyFacts;
  childUnder12MonthsDisregard?: ChildUnder12MonthsDisregardFacts;
  options?: ParticipationOptions;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

export type ParticipationStatus = 'ENGAGED' | 'NOT_ENGAGED' | 'EXCLUDED';

/** Why a family is outside the rate for the month. */
export type ExclusionReason =
  /** Child-only case: outside both rates (DOMAIN.md). */
  | 'CHILD_ONLY'
  /** Single custodial parent of a child under 12 months, at most 12 months in a lifetime (45 CFR 261.22(b)). */
  | 'SINGLE_PARENT_CHILD_UNDER_12_MONTHS'
  /** Under a work penalty this month, penalized in no more than 3 of the 12 months preceding it (42 USC 607(b)(1)(B)(ii); 45 CFR 261.22(b)(2)). */
  | 'WORK_PENALTY';

/** Which weekly figure applies. */
export type RequirementCode = 'ALL_FAMILIES' | 'SINGLE_PARENT_CHILD_UNDER_6' | 'TWO_PARENT' | 'TWO_PARENT_FEDERAL_CHILD_CARE';

/** How an engaged family met the requirement. */
export type EngagementBasis = 'HOURS' | 'TEEN_DEEMED';

/** Reason codes for hours that were reported but do not count. */
export type NotCountedReason =
  | 'JSJR_WITHOUT_JUSTIFICATION'
  | 'JSJR_CAP_6_WEEKS'
  | 'JSJR_AFTER_4_CONSECUTIVE_WEEKS'
  | 'VET_LIFETIME_12_MONTHS'
  | 'EXCUSED_PAID_ACTIVITY'
  | 'EXCUSED_NOT_SCHEDULED'
  | 'HOLIDAY_CAP_10'
  | 'EXCUSED_MONTHLY_CAP_16'
  | 'EXCUSED_YEARLY_CAP_80'
  | 'NON_CORE_BELOW_CORE_MINIMUM';

/** Hours reported for an adult that do not count, with the rule that stops them. */
export interface NotCountedHours {
  adultId: string;
  weekStart?: string;
  activity?: FederalActivity;
  /** Which part of the entry: actual hours, excused hours, or holiday hours. */
  kind: 'ACTUAL' | 'EXCUSED' | 'HOLIDAY';
  centiHours: number;
  reason: NotCountedReason;
  /** Citation: CFR section and DOMAIN.md rule id. */
  rule: string;
  /** Plain-language explanation for case managers. */
  text: string;
}

/** Informational notes that do not remove any hours (e.g. a short week that could not be used). */
export interface ParticipationNote {
  adultId: string;
  weekStart?: string;
  code: 'JSJR_SHORT_WEEK_ALREADY_USED' | 'JSJR_SHORT_WEEK_APPLIED' | 'JSJR_SHORT_WEEK_NO_CAPACITY';
  text: string;
}

/** State carried to the next month (to build the next month's `history`). */
export interface AdultCarryForward {
  /** JSJR centi-hours counted this month (including prorated short-week hours). */
  jsjrCountedCentiHours: number;
  /** JSJR centi-hours counted in the 12 months ending this month, as far as this month's facts know (prior + this month). */
  jsjrCountedCentiHoursThrough12Months: number;
  /** The run of consecutive reported JSJR weeks at the end of the month, and its last week. */
  jsjrConsecutiveWeeksAtEndOfMonth: number;
  jsjrLastWeekStart: string | null;
  /** The 3-or-4-day short week was applied this month. */
  jsjrShortWeekUsedThisMonth: boolean;
  /** This month counts as one of the 12 lifetime VET months (VET hours were counted). */
  vetMonthUsed: boolean;
  /** Holidays (days) and other excused centi-hours counted this month. */
  holidaysCounted: number;
  excusedCentiHoursCounted: number;
}

/** One adult's countable hours for the month. */
export interface AdultParticipationResult {
  adultId: string;
  /** Countable core centi-hours (after JSJR, VET and excused-hour limits). */
  countableCoreCentiHours: number;
  /** Non-core centi-hours that passed every check except the core minimum. */
  eligibleNonCoreCentiHours: number;
  /** Non-core centi-hours that count (0 when the family's core minimum is not met). */
  countableNonCoreCentiHours: number;
  /** countableCore + countableNonCore. */
  countableTotalCentiHours: number;
  /** Countable centi-hours of education directly related to employment (teen deeming test). */
  educationRelatedToEmploymentCentiHours: number;
  /** Under 20 and head of household or married (45 CFR 261.35). */
  teenHeadOfHouseholdOrMarried: boolean;
  /** Teen deeming met by this adult. */
  teenDeemed: boolean;
  carryForward: AdultCarryForward;
}

/** The result of {@link computeMonthlyParticipation}. */
export interface ParticipationResult {
  month: string;
  familyType: FamilyType;
  status: ParticipationStatus;
  exclusionReason: ExclusionReason | null;
  /** Human explanation of the exclusion, with citation. */
  exclusionText: string | null;
  /** The family is in the denominator of the all-families rate (not excluded, not child-only). */
  inAllFamiliesRate: boolean;
  /** The family is in the denominator of the two-parent rate. */
  inTwoParentRate: boolean;
  /** How the family met the requirement; null when not engaged or excluded. */
  engagementBasis: EngagementBasis | null;
  /**
   * The family counts in the numerator only because of vocational educational training hours or
   * teen deeming; at most 30% of the numerator may be such families (42 USC 607(c)(2)(D),
   * 45 CFR 261.33(b)); see the rate options.
   */
  engagedThroughEducation: boolean;
  requirementCode: RequirementCode;
  requiredWeeklyHours: number;
  requiredWeeklyCoreHours: number;
  requirementReason: string;
  /** Monthly thresholds: requiredWeeklyHours * 433 and requiredWeeklyCoreHours * 433. */
  requiredMonthlyCentiHours: number;
  requiredMonthlyCoreCentiHours: number;
  /** Family countable core centi-hours (both parents combined for a two-parent family). */
  countableCoreCentiHours: number;
  /** Family countable total centi-hours (core + non-core counted above the core minimum). */
  countableTotalCentiHours: number;
  /**
   * The smallest number of additional countable centi-hours this month that would make the family
   * ENGAGED by hours, and how many of them must be core. 0/0 when engaged or excluded.
   */
  additionalHoursNeeded: { centiHours: number; coreCentiHours: number };
  /** A single custodial parent's disregard month was used (count it toward the 12 lifetime months). */
  childUnder12MonthsDisregardUsed: boolean;
  adults: AdultParticipationResult[];
  notCounted: NotCountedHours[];
  notes: ParticipationNote[];
}
