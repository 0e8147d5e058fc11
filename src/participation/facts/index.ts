/**
 * Pure fact builders: a case's stored rows (src/repositories/participation.repository.ts) as the
 * `ParticipationFacts` of a month. No database, no clock.
 */
export {
  buildMonthFacts, DISABILITY_EXEMPTIONS, DISABLED_CHILD_CARE_EXEMPTIONS, DISABLED_PARENT_EXEMPTIONS, type CaseMonthFacts, type CaseMonthRows,
} from './build-facts';
export { federallyFundedChildCareInMonth } from './child-care';
export { computeForCase } from './compute-for-case';
export { CARETAKER_CHILD_UNDER_12_MONTHS, disregardFacts } from './disregard';
export {
  caseHistoryPeriods, exemptionsInMonth, HISTORY_EVENTS, openInMonth, overlaps, trackInMonth, trackOn,
  type CaseHistoryPeriods, type ChartStandIn, type ExemptionPeriod, type Period, type TrackChange,
} from './history-periods';
export { adultsInMonth, ageYearsOn, householdInMonth, type HouseholdInMonth, type HouseholdPerson } from './household';
export { penaltyFacts, penaltyRecordsOf, WORK_PENALTY_KINDS } from './penalty-facts';
export { priorHistories } from './prior-history';
export { businessDaysOf, projectUnenteredWeeks, type ProjectedWeek } from './projection';
export { secondarySchoolAttendanceSatisfactory } from './teen-attendance';
export { byWeekThenAssignment, groupBy, scheduledInPart, toWeeklyEntry } from './weekly-entries';
