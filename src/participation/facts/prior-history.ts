/**
 * What earlier months used up, per adult: the JSJR weeks and consecutive run (45 CFR 261.34), the
 * VET months (45 CFR 261.33(a)), the excused hours and holidays (45 CFR 261.60(b)). Pure.
 */
import { addMonthsToMonth, type Month } from '../../dates';
import type { EnteredWeekRow, ParticipationCaseRow } from '../../repositories/participation.repository';
import type { AdultCarryForward, AdultParticipationHistory } from '../participation.types';
import { federallyFundedChildCareInMonth } from './child-care';
import { computeForCase } from './compute-for-case';
import { adultsInMonth, householdInMonth, type HouseholdPerson } from './household';
import { byWeekThenAssignment, groupBy, toWeeklyEntry } from './weekly-entries';

/** The case fields the carry-forward reads. */
export type PriorHistoryCase = Pick<ParticipationCaseRow, 'id' | 'clientId' | 'clientDateOfBirth' | 'childCareChanges'>;

interface CarriedMonth { month: Month; cf: AdultCarryForward }

/**
 * An adult's history at the start of `at` from the carry-forwards of the months computed before:
 * JSJR hours and the short week in the 12 months before, excused hours and holidays in the 11
 * months before (with this month's, the 12 of 45 CFR 261.60(b)), VET months lifetime, and the
 * JSJR run that reached the end of the latest month.
 */
function historyAt(done: readonly CarriedMonth[], at: Month): AdultParticipationHistory {
  const within = (n: number) => done.filter((d) => d.month >= addMonthsToMonth(at, -n) && d.month < at);
  const last12 = within(12);
  const last11 = within(11);
  const latest = done.at(-1)?.cf;
  const streak = latest?.jsjrConsecutiveWeeksAtEndOfMonth ?? 0;
  const h: AdultParticipationHistory = {
    jsjrCentiHoursCountedPrior12Months: last12.reduce((s, d) => s + d.cf.jsjrCountedCentiHours, 0),
    jsjrShortWeekUsedPrior12Months: last12.some((d) => d.cf.jsjrShortWeekUsedThisMonth),
    vetMonthsUsedBeforeMonth: done.filter((d) => d.cf.vetMonthUsed).length,
    holidaysExcusedPrior11Months: last11.reduce((s, d) => s + d.cf.holidaysCounted, 0),
    excusedCentiHoursPrior11Months: last11.reduce((s, d) => s + d.cf.excusedCentiHoursCounted, 0),
  };
  if (streak > 0 && latest?.jsjrLastWeekStart) {
    h.jsjrConsecutiveWeeksBeforeMonth = streak;
    h.jsjrLastWeekStartBeforeMonth = latest.jsjrLastWeekStart;
  }
  return h;
}

/**
 * Each adult's history for `month`, by running the same computation over the earlier months that
 * have entries which carry a limit forward, oldest first, each month taking its history from the
 * months computed before it (the carry-forward the computation returns). Adults without such
 * entries get no history (an empty map when there are none).
 *
 * @example
 * // JSJR 15 h in each of three September weeks, justified, for a single parent of a 1-year-old:
 * priorHistories(kase, household, septemberRows, '2026-10', new Set()).get(kase.clientId)
 * // { jsjrCentiHoursCountedPrior12Months: 4500, jsjrConsecutiveWeeksBeforeMonth: 3, jsjrLastWeekStartBeforeMonth: '2026-09-21', ... }
 */
export function priorHistories(
  kase: PriorHistoryCase, household: readonly HouseholdPerson[], prior: readonly EnteredWeekRow[], month: Month, withHours: ReadonlySet<string>,
): Map<string, AdultParticipationHistory> {
  const out = new Map<string, AdultParticipationHistory>();
  if (prior.length === 0) return out;
  const byMonth = groupBy([...prior].sort(byWeekThenAssignment), (e) => e.month);
  const carry = new Map<string, CarriedMonth[]>();
  for (const m of [...byMonth.keys()].sort()) {
    const home = householdInMonth(household, m, withHours);
    const adults = adultsInMonth(kase, home, m);
    for (const adult of adults) adult.history = historyAt(carry.get(adult.adultId) ?? [], m);
    for (const e of byMonth.get(m) ?? []) {
      const entry = toWeeklyEntry(e);
      const adult = adults.find((a) => a.adultId === (e.householdMemberId ?? kase.clientId));
      if (entry && adult) adult.activities.push(entry);
    }
    const result = computeForCase(kase.id, {
      month: m, familyType: home.familyType, youngestChildAgeMonths: home.youngestChildAgeMonths,
      receivesFederallyFundedChildCare: federallyFundedChildCareInMonth(kase.childCareChanges, m), adults,
    });
    for (const a of result.adults) {
      const list = carry.get(a.adultId) ?? [];
      list.push({ month: m, cf: a.carryForward });
      carry.set(a.adultId, list);
    }
  }
  for (const [adultId, done] of carry) out.set(adultId, historyAt(done, month));
  return out;
}
