import type { PlainDate } from '../dates';
import { formatCentiHours } from '../participation';
import { violation, type RuleViolation } from './rule-violation';

/** AS 47.27.035: work activity assignments are at most 40 hours a week (in centi-hours). */
export const MAX_SCHEDULED_CENTI_HOURS_PER_WEEK = 4000;

/** An assignment's weekly schedule and the days it is in force (`endDate` null: open-ended). */
export interface ScheduledAssignment {
  readonly weeklyCentiHours: number;
  readonly startDate: PlainDate;
  readonly endDate: PlainDate | null;
}

const inForceOn = (a: ScheduledAssignment, day: PlainDate): boolean => a.startDate <= day && (a.endDate === null || a.endDate >= day);

/**
 * The most weekly hours one person would have in force on any single day of `candidate`, with
 * `others` (the same person's other assignments, in any order; those that never overlap the
 * candidate are ignored). The total only rises on a day some assignment starts, so only the
 * candidate's start and the later starts of the others need to be looked at.
 *
 * @example
 * // 25 h from Sep 1, 15.01 h from Oct 5 to Oct 31; a new 0 h assignment from Sep 1 sees both.
 * peakScheduledCentiHours({ weeklyCentiHours: 0, startDate: '2026-09-01', endDate: null }, [
 *   { weeklyCentiHours: 2500, startDate: '2026-09-01', endDate: null },
 *   { weeklyCentiHours: 1501, startDate: '2026-10-05', endDate: '2026-10-31' },
 * ]); // 4001
 */
export function peakScheduledCentiHours(candidate: ScheduledAssignment, others: readonly ScheduledAssignment[]): number {
  const overlapping = others.filter((o) => overlapsCandidate(candidate, o));
  const days = [candidate.startDate, ...overlapping.map((o) => o.startDate).filter((d) => d > candidate.startDate)];
  let peak = candidate.weeklyCentiHours;
  for (const day of days) {
    const total = overlapping.filter((o) => inForceOn(o, day)).reduce((sum, o) => sum + o.weeklyCentiHours, candidate.weeklyCentiHours);
    peak = Math.max(peak, total);
  }
  return peak;
}

/** True when `other` is in force on some day of `candidate`. */
function overlapsCandidate(candidate: ScheduledAssignment, other: ScheduledAssignment): boolean {
  return (candidate.endDate === null || other.startDate <= candidate.endDate) && (other.endDate === null || other.endDate >= candidate.startDate);
}

/**
 * AS 47.27.035: a person's work activity assignments in force together are at most 40 hours a
 * week. Refuses a candidate assignment whose schedule added to the person's assignments in force
 * on any of its days goes over 40 hours; null when it fits. (The candidate's own schedule over 40
 * is refused earlier, by `validateAssignmentRequest`, with the request's own message.)
 *
 * @example
 * weeklyLimitViolation({ weeklyCentiHours: 1501, startDate: '2026-11-01', endDate: null },
 *   [{ weeklyCentiHours: 2500, startDate: '2026-09-01', endDate: null }]);
 * // { field: 'scheduledHoursPerWeek', constraint: 'max', message: 'With the assignments already in force this would schedule 40.01 hours a week; ...' }
 */
export function weeklyLimitViolation(candidate: ScheduledAssignment, others: readonly ScheduledAssignment[]): RuleViolation | null {
  const peak = peakScheduledCentiHours(candidate, others);
  if (peak <= MAX_SCHEDULED_CENTI_HOURS_PER_WEEK) return null;
  return violation('scheduledHoursPerWeek', 'max',
    `With the assignments already in force this would schedule ${formatCentiHours(peak)} hours a week; work activity assignments are at most 40 hours a week (AS 47.27.035)`);
}
