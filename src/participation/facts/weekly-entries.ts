/**
 * Stored hours entries as the computation's weekly entries. Pure.
 */
import { isWeekdayDay, monthDays, requireDayNumber } from '../../dates';
import type { EnteredWeekRow } from '../../repositories/participation.repository';
import { isFederalActivity } from '../activity-types';
import type { WeeklyActivityEntry } from '../participation.types';

/**
 * Scheduled centi-hours for the part of a week that falls in the month and in the assignment:
 * the weekly schedule spread over Monday-Friday, `weekly * weekdays / 5`, rounded down.
 * @example scheduledInPart(3000, 3) // 1800 (a 30-hour week, 3 of its weekdays in the month)
 */
export function scheduledInPart(weeklyCentiHours: number, weekdays: number): number {
  return Math.floor((weeklyCentiHours * weekdays) / 5);
}

/**
 * A stored entry as the computation's weekly entry: its actual, excused and holiday hours, and
 * the schedule of the weekdays that fall in the entry's month and inside the assignment (a week
 * straddling two months is entered in both, each with its own days; DOMAIN.md "Only actual,
 * verified hours count"). Null for an activity that is not a federal category.
 *
 * @example
 * // Week of Monday 2026-09-28, entered for October: Thursday 1 and Friday 2 are October's.
 * toWeeklyEntry({ month: '2026-10', weekStart: '2026-09-28', activityType: 'WORK_EXPERIENCE', scheduledCentiHoursPerWeek: 3000,
 *   startDate: '2026-01-05', endDate: null, actualCentiHours: 1000, excusedCentiHours: 0, holidayCentiHours: 0, holidayDate: null, justified: false, ... })
 * // { weekStart: '2026-09-28', activity: 'WORK_EXPERIENCE', actualCentiHours: 1000, scheduledCentiHours: 1200, excusedCentiHours: 0, holidays: [], justificationPresent: false }
 */
export function toWeeklyEntry(e: EnteredWeekRow): WeeklyActivityEntry | null {
  if (!isFederalActivity(e.activityType)) return null;
  const days = monthDays(e.month);
  const ws = requireDayNumber(e.weekStart);
  const start = requireDayNumber(e.startDate);
  const end = e.endDate ? requireDayNumber(e.endDate) : Infinity;
  let weekdays = 0;
  for (let d = Math.max(ws, days.first, start); d <= Math.min(ws + 6, days.last, end); d++) if (isWeekdayDay(d)) weekdays += 1;
  return {
    weekStart: e.weekStart,
    activity: e.activityType,
    actualCentiHours: e.actualCentiHours,
    scheduledCentiHours: scheduledInPart(e.scheduledCentiHoursPerWeek, weekdays),
    excusedCentiHours: e.excusedCentiHours,
    holidays: e.holidayCentiHours > 0 && e.holidayDate ? [{ date: e.holidayDate, centiHours: e.holidayCentiHours }] : [],
    // WV-2: a work search entry counts only with its justification (the computation checks it).
    justificationPresent: e.justified,
  };
}

/** Weeks in date order, the entries of a week in a fixed order (by assignment). */
export const byWeekThenAssignment = (a: Pick<EnteredWeekRow, 'weekStart' | 'assignmentId'>, b: Pick<EnteredWeekRow, 'weekStart' | 'assignmentId'>): number =>
  a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : a.assignmentId < b.assignmentId ? -1 : a.assignmentId > b.assignmentId ? 1 : 0;

/**
 * Rows grouped by a key, each group in the rows' order.
 * @example groupBy([{ c: 'a' }, { c: 'b' }, { c: 'a' }], (r) => r.c).get('a')?.length // 2
 */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
