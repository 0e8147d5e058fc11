/**
 * The federal participation constants and the weekly requirement, with their citations.
 * Source: DOMAIN.md "Federal work participation rate (45 CFR 261.21-261.36, 42 USC 607)".
 */
import type { NotCountedReason, RequirementCode } from './participation.types';

/** Under 6 years = under 72 months (single custodial parent 20-hour figure, 45 CFR 261.35). */
export const CHILD_UNDER_6_MONTHS = 72;
/** Under 12 months (single-parent disregard, 45 CFR 261.22(b)). */
export const CHILD_UNDER_12_MONTHS = 12;
/** Lifetime months a single parent of a child under 12 months may be disregarded. */
export const CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS = 12;
/**
 * Penalty exclusion: under a work penalty this month and penalized in no more than 3 of the 12
 * months PRECEDING it, this month not counted (42 USC 607(b)(1)(B)(ii) "preceding 12-month
 * period"; 45 CFR 261.22(b)(2)).
 */
export const PENALTY_EXCLUSION_MAX_MONTHS_IN_12 = 3;
/** The months looked back for the penalty exclusion: the 12 before the month (42 USC 607(b)(1)(B)(ii)). */
export const PENALTY_LOOKBACK_MONTHS = 12;
/** Teen deeming applies under 20 years (45 CFR 261.35; 42 USC 607(c)(2)(C)). */
export const TEEN_DEEMING_AGE_LIMIT_YEARS = 20;
/** Teen deeming through education directly related to employment: 20 hours/week average. */
export const TEEN_EDUCATION_WEEKLY_HOURS = 20;
/** JSJR counts for 6 weeks in 12 months, 12 in a needy State (45 CFR 261.34(a),(b)). */
export const JSJR_WEEKS_PER_12_MONTHS = 6;
export const JSJR_WEEKS_PER_12_MONTHS_NEEDY_STATE = 12;
/** No JSJR credit for a week that follows 4 consecutive JSJR weeks (45 CFR 261.34(d)). */
export const JSJR_MAX_CONSECUTIVE_WEEKS = 4;
/** A JSJR week is 20 hours for a single custodial parent of a child under 6, else 30 (45 CFR 261.34(c)). */
export const JSJR_WEEK_HOURS_SINGLE_PARENT_UNDER_6 = 20;
export const JSJR_WEEK_HOURS_OTHERS = 30;
/** VET counts for 12 months in a lifetime (45 CFR 261.33(a); 42 USC 607(d)(8)). */
export const VET_LIFETIME_MONTHS = 12;
/** Excused absences for unpaid activities (45 CFR 261.60(b)). */
export const HOLIDAYS_PER_12_MONTHS = 10;
export const EXCUSED_CENTI_HOURS_PER_12_MONTHS = 8000;
export const EXCUSED_CENTI_HOURS_PER_MONTH = 1600;
/** Participation-rate targets for the Work First track (WV-3). */
export const ALL_FAMILIES_TARGET = { numerator: 1, denominator: 2 } as const;
export const TWO_PARENT_TARGET = { numerator: 3, denominator: 4 } as const;
/** At most 30% of the numerator may be engaged through VET or teen education (42 USC 607(c)(2)(D); 45 CFR 261.33(b)). */
export const EDUCATION_SHARE_LIMIT = { numerator: 3, denominator: 10 } as const;

/** Citation and plain text for each reason an hour does not count. */
export const NOT_COUNTED_RULES: Readonly<Record<NotCountedReason, { rule: string; text: string }>> = Object.freeze({
  JSJR_WITHOUT_JUSTIFICATION: {
    rule: 'WV-2; 45 CFR 261.61',
    text: 'Work search (JSJR) hours are supervised hours: an entry without a justification does not count.',
  },
  JSJR_CAP_6_WEEKS: {
    rule: '45 CFR 261.34(a)-(c); 42 USC 607(c)(2)(A)',
    text: 'Job search / job readiness counts for at most 6 weeks (a week = 20 hours for a single parent of a child under 6, else 30) in the preceding 12 months.',
  },
  JSJR_AFTER_4_CONSECUTIVE_WEEKS: {
    rule: '45 CFR 261.34(d)',
    text: 'Job search / job readiness does not count for a week that follows 4 consecutive weeks of job search / job readiness.',
  },
  VET_LIFETIME_12_MONTHS: {
    rule: '45 CFR 261.33(a); 42 USC 607(d)(8)',
    text: 'Vocational educational training counts for at most 12 months in a lifetime.',
  },
  EXCUSED_PAID_ACTIVITY: {
    rule: '45 CFR 261.60(b)',
    text: 'Excused and holiday hours count only for unpaid activities; for paid work, paid leave and paid holidays belong in the actual hours.',
  },
  EXCUSED_NOT_SCHEDULED: {
    rule: '45 CFR 261.60(b)',
    text: 'Excused and holiday hours count only for hours the client was scheduled to participate (scheduled minus actual hours).',
  },
  HOLIDAY_CAP_10: {
    rule: '45 CFR 261.60(b)',
    text: 'At most 10 holidays in the preceding 12 months count as excused.',
  },
  EXCUSED_MONTHLY_CAP_16: {
    rule: '45 CFR 261.60(b)',
    text: 'At most 16 hours of excused absence count in one month.',
  },
  EXCUSED_YEARLY_CAP_80: {
    rule: '45 CFR 261.60(b)',
    text: 'At most 80 hours of excused absence count in the preceding 12 months.',
  },
  NON_CORE_BELOW_CORE_MINIMUM: {
    rule: '45 CFR 261.31(c), 261.32(c)',
    text: 'Job skills training, education related to employment and secondary school / GED count only once the core-hour minimum is met.',
  },
});

/** The weekly figures that apply to a family. */
export interface WeeklyRequirement {
  code: RequirementCode;
  weeklyHours: number;
  weeklyCoreHours: number;
  reason: string;
}

/**
 * Weekly hours required of a family (DOMAIN.md; 45 CFR 261.31, 261.32, 261.35):
 * - two-parent: 35 combined, 30 core; 55 combined, 50 core with federally funded child care unless
 *   a parent is disabled (or cares for a severely disabled child);
 * - single custodial parent of a child under 6: 20, all core;
 * - all other families: 30, of which 20 core.
 *
 * @example
 * weeklyRequirement({ familyType: 'SINGLE_PARENT', youngestChildAgeMonths: 30, receivesFederallyFundedChildCare: false, anyAdultDisabled: false });
 * // { code: 'SINGLE_PARENT_CHILD_UNDER_6', weeklyHours: 20, weeklyCoreHours: 20, reason: 'single custodial parent of a child under 6: 20 core hours/week (45 CFR 261.35)' }
 */
export function weeklyRequirement(input: {
  familyType: 'SINGLE_PARENT' | 'TWO_PARENT';
  youngestChildAgeMonths: number | null;
  receivesFederallyFundedChildCare: boolean;
  anyAdultDisabled: boolean;
}): WeeklyRequirement {
  if (input.familyType === 'TWO_PARENT') {
    if (input.receivesFederallyFundedChildCare && !input.anyAdultDisabled) {
      return {
        code: 'TWO_PARENT_FEDERAL_CHILD_CARE',
        weeklyHours: 55,
        weeklyCoreHours: 50,
        reason: 'two-parent family receiving federally funded child care: 55 hours/week combined, of which 50 core (45 CFR 261.32)',
      };
    }
    return {
      code: 'TWO_PARENT',
      weeklyHours: 35,
      weeklyCoreHours: 30,
      reason: 'two-parent family: 35 hours/week combined, of which 30 core (45 CFR 261.32)',
    };
  }
  if (isChildUnder6(input.youngestChildAgeMonths)) {
    return {
      code: 'SINGLE_PARENT_CHILD_UNDER_6',
      weeklyHours: 20,
      weeklyCoreHours: 20,
      reason: 'single custodial parent of a child under 6: 20 core hours/week (45 CFR 261.35)',
    };
  }
  return {
    code: 'ALL_FAMILIES',
    weeklyHours: 30,
    weeklyCoreHours: 20,
    reason: 'all families: 30 hours/week, of which 20 core (45 CFR 261.31)',
  };
}

/**
 * Youngest child under 6 years (under 72 completed months).
 *
 * @example
 * isChildUnder6(71); // true
 * isChildUnder6(72); // false
 */
export function isChildUnder6(youngestChildAgeMonths: number | null): boolean {
  return youngestChildAgeMonths !== null && youngestChildAgeMonths < CHILD_UNDER_6_MONTHS;
}

/**
 * Youngest child under 12 months.
 *
 * @example
 * isChildUnder12Months(11); // true
 * isChildUnder12Months(12); // false
 */
export function isChildUnder12Months(youngestChildAgeMonths: number | null): boolean {
  return youngestChildAgeMonths !== null && youngestChildAgeMonths < CHILD_UNDER_12_MONTHS;
}
