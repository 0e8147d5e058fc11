/**
 * Validation of {@link ParticipationFacts}. The computation refuses inconsistent facts rather than
 * guessing: a wrong participation status is worse than an error the caller can show.
 */
import { dayNumberOf, isMonth, monthDays } from '../dates';
import { isFederalActivity } from './activity-types';
import type { ParticipationFacts } from './participation.types';

/** Thrown by the computation when the facts are invalid; `issues` lists every problem found. */
export class ParticipationFactsError extends Error {
  readonly issues: readonly string[];
  constructor(issues: string[]) {
    super(`invalid participation facts: ${issues.join('; ')}`);
    this.name = 'ParticipationFactsError';
    this.issues = Object.freeze([...issues]);
  }
}

const isNonNegInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Lists every problem in the facts (empty when valid). Does not throw.
 *
 * @example
 * validateParticipationFacts({ ...facts, month: '2025-13' }); // ['month must be YYYY-MM, got "2025-13"']
 */
export function validateParticipationFacts(facts: ParticipationFacts): string[] {
  const issues: string[] = [];
  // An invalid month is reported with the other issues (monthDays would throw).
  const bounds = typeof facts.month === 'string' && isMonth(facts.month) ? monthDays(facts.month) : null;
  if (!bounds) issues.push(`month must be YYYY-MM, got "${String(facts.month)}"`);
  if (facts.familyType !== 'SINGLE_PARENT' && facts.familyType !== 'TWO_PARENT') {
    issues.push(`familyType must be SINGLE_PARENT or TWO_PARENT, got "${String(facts.familyType)}"`);
  }
  if (facts.youngestChildAgeMonths !== null && !isNonNegInt(facts.youngestChildAgeMonths)) {
    issues.push('youngestChildAgeMonths must be a non-negative integer or null');
  }
  if (typeof facts.receivesFederallyFundedChildCare !== 'boolean') issues.push('receivesFederallyFundedChildCare must be a boolean');
  if (!Array.isArray(facts.adults)) {
    issues.push('adults must be an array');
    return issues;
  }
  if (!facts.childOnly) {
    const expected = facts.familyType === 'TWO_PARENT' ? 2 : 1;
    if (facts.adults.length !== expected) issues.push(`${facts.familyType} family needs exactly ${expected} work-eligible adult(s), got ${facts.adults.length}`);
  }
  if (facts.penalty) {
    const p = facts.penalty;
    if (typeof p.underWorkPenaltyThisMonth !== 'boolean') issues.push('penalty.underWorkPenaltyThisMonth must be a boolean');
    // The 12 months before the month, the month not included (42 USC 607(b)(1)(B)(ii)).
    if (!isNonNegInt(p.penaltyMonthsInPreceding12Months) || p.penaltyMonthsInPreceding12Months > 12) {
      issues.push('penalty.penaltyMonthsInPreceding12Months must be an integer 0..12');
    }
  }
  if (facts.childUnder12MonthsDisregard && !isNonNegInt(facts.childUnder12MonthsDisregard.monthsUsedBeforeMonth)) {
    issues.push('childUnder12MonthsDisregard.monthsUsedBeforeMonth must be a non-negative integer');
  }

  const ids = new Set<string>();
  facts.adults.forEach((adult, i) => {
    const who = `adults[${i}]`;
    if (typeof adult.adultId !== 'string' || adult.adultId === '') issues.push(`${who}.adultId must be a non-empty string`);
    else if (ids.has(adult.adultId)) issues.push(`${who}.adultId "${adult.adultId}" is duplicated`);
    else ids.add(adult.adultId);
    if (!isNonNegInt(adult.ageYears)) issues.push(`${who}.ageYears must be a non-negative integer`);
    if (typeof adult.headOfHousehold !== 'boolean') issues.push(`${who}.headOfHousehold must be a boolean`);
    if (typeof adult.married !== 'boolean') issues.push(`${who}.married must be a boolean`);
    const h = adult.history ?? {};
    for (const key of [
      'jsjrWeeksCountedPrior12Months',
      'jsjrCentiHoursCountedPrior12Months',
      'jsjrConsecutiveWeeksBeforeMonth',
      'vetMonthsUsedBeforeMonth',
      'holidaysExcusedPrior11Months',
      'excusedCentiHoursPrior11Months',
    ] as const) {
      if (h[key] !== undefined && !isNonNegInt(h[key])) issues.push(`${who}.history.${key} must be a non-negative integer`);
    }
    if (h.jsjrWeeksCountedPrior12Months !== undefined && h.jsjrCentiHoursCountedPrior12Months !== undefined) {
      issues.push(`${who}.history: give jsjrWeeksCountedPrior12Months or jsjrCentiHoursCountedPrior12Months, not both`);
    }
    const lastWeek = h.jsjrLastWeekStartBeforeMonth;
    if (lastWeek !== undefined) {
      const n = dayNumberOf(lastWeek);
      if (n === null) issues.push(`${who}.history.jsjrLastWeekStartBeforeMonth must be YYYY-MM-DD`);
      else if (bounds && n >= bounds.first) issues.push(`${who}.history.jsjrLastWeekStartBeforeMonth must be before the month`);
    }
    if (!Array.isArray(adult.activities)) {
      issues.push(`${who}.activities must be an array`);
      return;
    }
    adult.activities.forEach((e, j) => {
      const where = `${who}.activities[${j}]`;
      const ws = typeof e.weekStart === 'string' ? dayNumberOf(e.weekStart) : null;
      if (ws === null) issues.push(`${where}.weekStart must be YYYY-MM-DD`);
      else if (bounds && (ws < bounds.first - 6 || ws > bounds.last)) issues.push(`${where}.weekStart ${e.weekStart} is not a week of ${facts.month}`);
      if (!isFederalActivity(e.activity)) issues.push(`${where}.activity "${String(e.activity)}" is not a federal activity code`);
      if (!isNonNegInt(e.actualCentiHours)) issues.push(`${where}.actualCentiHours must be a non-negative integer`);
      if (e.scheduledCentiHours !== undefined && !isNonNegInt(e.scheduledCentiHours)) issues.push(`${where}.scheduledCentiHours must be a non-negative integer`);
      if (e.excusedCentiHours !== undefined && !isNonNegInt(e.excusedCentiHours)) issues.push(`${where}.excusedCentiHours must be a non-negative integer`);
      if (e.shortWeekDays !== undefined) {
        if (e.shortWeekDays !== 3 && e.shortWeekDays !== 4) issues.push(`${where}.shortWeekDays must be 3 or 4`);
        if (e.activity !== 'JOB_SEARCH_JOB_READINESS') issues.push(`${where}.shortWeekDays applies only to JOB_SEARCH_JOB_READINESS`);
      }
      const seen = new Set<string>();
      (e.holidays ?? []).forEach((hol, k) => {
        const hw = `${where}.holidays[${k}]`;
        const d = typeof hol.date === 'string' ? dayNumberOf(hol.date) : null;
        if (d === null) issues.push(`${hw}.date must be YYYY-MM-DD`);
        else {
          if (ws !== null && (d < ws || d > ws + 6)) issues.push(`${hw}.date ${hol.date} is not in the week starting ${e.weekStart}`);
          if (bounds && (d < bounds.first || d > bounds.last)) issues.push(`${hw}.date ${hol.date} is not in ${facts.month}`);
          if (seen.has(hol.date)) issues.push(`${hw}.date ${hol.date} is listed twice`);
          seen.add(hol.date);
        }
        if (!isNonNegInt(hol.centiHours)) issues.push(`${hw}.centiHours must be a non-negative integer`);
      });
    });
  });
  return issues;
}

/** Throws {@link ParticipationFactsError} when the facts are invalid. */
export function assertValidParticipationFacts(facts: ParticipationFacts): void {
  const issues = validateParticipationFacts(facts);
  if (issues.length > 0) throw new ParticipationFactsError(issues);
}
