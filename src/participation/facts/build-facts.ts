/**
 * One case's `ParticipationFacts` for a month, from its stored rows: the household in the month,
 * the month's entered weeks, teen attendance, the carry-forward of earlier months, the penalty
 * and disregard facts, and (for the month to date) the projection of weeks not yet entered.
 * Pure: rows and periods in, facts out; the computation itself is `computeMonthlyParticipation`.
 */
import { monthDays, type DayNumber, type Month } from '../../dates';
import type { AssignmentRow, EnteredWeekRow, HouseholdMemberRow, ParticipationCaseRow } from '../../repositories/participation.repository';
import type { AdultParticipationFacts, ParticipationFacts } from '../participation.types';
import { TEEN_DEEMING_AGE_LIMIT_YEARS } from '../rules';
import { federallyFundedChildCareInMonth } from './child-care';
import { disregardFacts } from './disregard';
import { exemptionsInMonth, type CaseHistoryPeriods } from './history-periods';
import { adultsInMonth, householdInMonth } from './household';
import { penaltyFacts, penaltyRecordsOf } from './penalty-facts';
import { priorHistories } from './prior-history';
import { projectUnenteredWeeks } from './projection';
import { secondarySchoolAttendanceSatisfactory } from './teen-attendance';
import { byWeekThenAssignment, toWeeklyEntry } from './weekly-entries';

/** Exemptions for the client's own disability: a disabled parent (42 USC 607(b)(2)(C); 45 CFR 261.32). */
export const DISABLED_PARENT_EXEMPTIONS: ReadonlySet<string> = new Set(['MEDICAL_INABILITY']);
/** Exemptions for caring for a disabled child: the 55/50 figure does not apply, the family stays two-parent (42 USC 607(c)(1)(B)(ii)). */
export const DISABLED_CHILD_CARE_EXEMPTIONS: ReadonlySet<string> = new Set(['HOME_CARE_DISABLED_CHILD']);
/** Every exemption for a disability, the adult's or a child's: the 55/50 two-parent figure does not apply (45 CFR 261.32). */
export const DISABILITY_EXEMPTIONS: ReadonlySet<string> = new Set([...DISABLED_PARENT_EXEMPTIONS, ...DISABLED_CHILD_CARE_EXEMPTIONS]);

/** One case's rows for the month (as the repository loads them, grouped by case). */
export interface CaseMonthRows {
  kase: ParticipationCaseRow;
  periods: CaseHistoryPeriods;
  household: readonly HouseholdMemberRow[];
  /** The month's entries, in any order. */
  entries: readonly EnteredWeekRow[];
  /** Earlier months' entries that carry a limit forward. */
  prior: readonly EnteredWeekRow[];
  /** For the month to date: its assignments and its Alaska business days; null for a past month. */
  projection: { assignments: readonly AssignmentRow[]; businessDays: ReadonlySet<DayNumber> } | null;
}

export interface CaseMonthFacts {
  facts: ParticipationFacts;
  /** Scheduled hours were added for weeks not yet entered. */
  projected: boolean;
}

/**
 * The facts of one case for `month`:
 * - the household in the month (two-parent with a SPOUSE or PARTNER; the youngest child's age);
 * - the client's disability (a disabled parent: out of the two-parent rate, 42 USC 607(b)(2)(C)) and
 *   care of a disabled child (no 55/50 figure, 42 USC 607(c)(1)(B)(ii)) from the exemption periods
 *   of the whole history, not the chart's current exemption, which a later one overwrites;
 * - the entered weeks, weeks in date order; teen deeming attendance from them (45 CFR 261.35),
 *   before any projection;
 * - each adult's history carried forward from earlier months (45 CFR 261.33, 261.34, 261.60);
 * - federally funded child care in the month, from the record of child care changes (45 CFR 261.32);
 * - the penalty facts (45 CFR 261.22(b)) and the child-under-12-months disregard (42 USC 607(b)(5));
 * - for the month to date, the projected weeks (see `projectUnenteredWeeks`) added to the adult
 *   they belong to.
 *
 * @example
 * const { facts, projected } = buildMonthFacts({ kase, periods, household, entries, prior: [], projection: null }, '2026-10');
 * computeMonthlyParticipation(facts).status // 'ENGAGED' when the hours are there
 */
export function buildMonthFacts(rows: CaseMonthRows, month: Month): CaseMonthFacts {
  const { kase, periods, household } = rows;
  const entries = [...rows.entries].sort(byWeekThenAssignment);
  const withHours = new Set<string>();
  for (const e of entries) if (e.householdMemberId !== null) withHours.add(e.householdMemberId);
  for (const e of rows.prior) if (e.householdMemberId !== null) withHours.add(e.householdMemberId);
  const home = householdInMonth(household, month, withHours);

  const adults = adultsInMonth(kase, home, month);
  const [client] = adults;
  // The exemption periods of the month, not today's exemption (DOMAIN.md: facts as they were in the month).
  client.disabled = exemptionsInMonth(periods.exemptions, month, DISABLED_PARENT_EXEMPTIONS).length > 0;
  client.caresForSeverelyDisabledChild = exemptionsInMonth(periods.exemptions, month, DISABLED_CHILD_CARE_EXEMPTIONS).length > 0;
  const spouse = adults[1] ?? null;
  const adultFor = (memberId: string | null): AdultParticipationFacts | null =>
    memberId === null ? client : spouse && memberId === spouse.adultId ? spouse : null;
  for (const e of entries) {
    const entry = toWeeklyEntry(e);
    const adult = adultFor(e.householdMemberId);
    if (entry && adult) adult.activities.push(entry);
  }
  for (const adult of adults) {
    if (adult.ageYears < TEEN_DEEMING_AGE_LIMIT_YEARS) adult.secondarySchoolAttendanceSatisfactory = secondarySchoolAttendanceSatisfactory(adult.activities);
  }
  const histories = priorHistories(kase, household, rows.prior, month, withHours);
  for (const adult of adults) {
    const h = histories.get(adult.adultId);
    if (h) adult.history = h;
  }

  let projected = false;
  if (rows.projection) {
    for (const p of projectUnenteredWeeks(rows.projection.assignments, entries, monthDays(month), rows.projection.businessDays)) {
      const adult = adultFor(p.householdMemberId);
      if (!adult) continue;
      adult.activities.push(p.entry);
      projected = true;
    }
  }

  const facts: ParticipationFacts = {
    month,
    familyType: home.familyType,
    youngestChildAgeMonths: home.youngestChildAgeMonths,
    receivesFederallyFundedChildCare: federallyFundedChildCareInMonth(kase.childCareChanges, month),
    adults,
    penalty: penaltyFacts(penaltyRecordsOf(kase), month),
    childUnder12MonthsDisregard: disregardFacts(kase, periods, household, withHours, month),
  };
  return { facts, projected };
}
