/**
 * The single-parent "child under 12 months" disregard (45 CFR 261.22(b); 42 USC 607(b)(5);
 * AS 47.27.035): whether it is claimed in the month, and how many of its 12 lifetime months were
 * spent before. Pure.
 */
import { addMonthsToMonth, monthOf, type Month } from '../../dates';
import type { ParticipationCaseRow } from '../../repositories/participation.repository';
import type { ChildUnder12MonthsDisregardFacts } from '../participation.types';
import { CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS } from '../rules';
import { federallyFundedChildCareInMonth } from './child-care';
import { computeForCase } from './compute-for-case';
import { exemptionsInMonth, openInMonth, type CaseHistoryPeriods } from './history-periods';
import { adultsInMonth, householdInMonth, type HouseholdPerson } from './household';
import { penaltyFacts, penaltyRecordsOf } from './penalty-facts';

/** The exemption through which Alaska grants the disregard, on request (AS 47.27.035). */
export const CARETAKER_CHILD_UNDER_12_MONTHS: ReadonlySet<string> = new Set(['CARETAKER_CHILD_UNDER_12_MONTHS']);

/** The case fields the disregard reads. */
export type DisregardCase = Pick<ParticipationCaseRow, 'id' | 'clientId' | 'clientDateOfBirth' | 'childCareChanges' | 'penalty' | 'penaltyHistory'>;

/**
 * The disregard is claimed when a CARETAKER_CHILD_UNDER_12_MONTHS exemption is in force on at
 * least one day of the month, from the exemption PERIODS of the whole history, earlier referrals
 * included. The 12 lifetime months count the months actually disregarded before this month,
 * across every such period: each earlier month with the exemption in force and TA open is put to
 * the same computation (so a month excluded for a work penalty, or a month without a child under
 * 12 months or as a two-parent family, spends no disregard month), oldest first.
 *
 * @example
 * // Exemption since 2026-03-10 on a single-parent case with a baby born 2026-02-01, TA open since January:
 * disregardFacts(kase, periods, household, new Set(), '2026-06')
 * // { claimed: true, monthsUsedBeforeMonth: 3 } (March, April and May were disregarded)
 */
export function disregardFacts(
  kase: DisregardCase, periods: CaseHistoryPeriods, household: readonly HouseholdPerson[], withHours: ReadonlySet<string>, month: Month,
): ChildUnder12MonthsDisregardFacts {
  const exemptions = periods.exemptions.filter((p) => CARETAKER_CHILD_UNDER_12_MONTHS.has(p.reason));
  if (exemptionsInMonth(exemptions, month, CARETAKER_CHILD_UNDER_12_MONTHS).length === 0) return { claimed: false, monthsUsedBeforeMonth: 0 };
  const earlier = new Set<Month>();
  for (const p of exemptions) {
    const last = p.endedOn === null || monthOf(p.endedOn) >= month ? addMonthsToMonth(month, -1) : monthOf(p.endedOn);
    for (let m = monthOf(p.startedOn); m <= last; m = addMonthsToMonth(m, 1)) earlier.add(m);
  }
  const records = penaltyRecordsOf(kase);
  let used = 0;
  for (const m of [...earlier].sort()) {
    if (used >= CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS) break;
    if (!openInMonth(periods.taPeriods, m)) continue;
    const home = householdInMonth(household, m, withHours);
    const result = computeForCase(kase.id, {
      month: m,
      familyType: home.familyType,
      youngestChildAgeMonths: home.youngestChildAgeMonths,
      receivesFederallyFundedChildCare: federallyFundedChildCareInMonth(kase.childCareChanges, m),
      adults: adultsInMonth(kase, home, m),
      penalty: penaltyFacts(records, m),
      childUnder12MonthsDisregard: { claimed: true, monthsUsedBeforeMonth: used },
    });
    if (result.childUnder12MonthsDisregardUsed) used += 1;
  }
  return { claimed: true, monthsUsedBeforeMonth: used };
}
