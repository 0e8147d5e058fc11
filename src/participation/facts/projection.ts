/**
 * The projection of the month to date: scheduled hours for the weeks not yet entered. Pure: the
 * business days arrive as a set (src/calendar knows the Alaska holidays).
 */
import { fromDayNumber, isWeekdayDay, mondayOnOrBefore, requireDayNumber, type DayNumber, type MonthDays, type PlainDate } from '../../dates';
import type { AssignmentRow, EnteredWeekRow } from '../../repositories/participation.repository';
import { isFederalActivity } from '../activity-types';
import type { WeeklyActivityEntry } from '../participation.types';
import { scheduledInPart } from './weekly-entries';

/** A projected week of one assignment, for the client (householdMemberId null) or the second parent. */
export interface ProjectedWeek { householdMemberId: string | null; entry: WeeklyActivityEntry }

/**
 * Alaska business days (AS 44.12.010, 44.12.020) of the month, as a set of day numbers.
 * @example businessDaysOf(monthDays('2026-11'), (d) => calendar.isBusinessDay(d)).size // 19 (21 weekdays less Veterans Day and Thanksgiving)
 */
export function businessDaysOf(days: Pick<MonthDays, 'first' | 'last'>, isBusinessDay: (date: PlainDate) => boolean): Set<DayNumber> {
  const set = new Set<DayNumber>();
  for (let d = days.first; d <= days.last; d++) if (isBusinessDay(fromDayNumber(d))) set.add(d);
  return set;
}

/**
 * For each assignment active in the month, the weekdays of the month inside the assignment and
 * not covered by an entered week of that assignment, grouped by Monday-to-Sunday week: the week's
 * schedule is the weekly schedule spread over five days for those weekdays, and its projected
 * actual hours the same for those that are Alaska business days (a holiday projects no hours but
 * stays scheduled). Projected work search hours are assumed justified (WV-2), since they are the
 * supervised schedule.
 *
 * @example
 * // 30 h/week from 2026-11-02, nothing entered; the week of Monday 2026-11-09 has Veterans Day (Wed 11th):
 * projectUnenteredWeeks([assignment], [], monthDays('2026-11'), businessDays)[1].entry
 * // { weekStart: '2026-11-09', activity: 'WORK_EXPERIENCE', actualCentiHours: 2400, scheduledCentiHours: 3000, justificationPresent: true }
 */
export function projectUnenteredWeeks(
  assignments: readonly AssignmentRow[],
  entries: ReadonlyArray<Pick<EnteredWeekRow, 'assignmentId' | 'weekStart'>>,
  days: Pick<MonthDays, 'first' | 'last'>,
  businessDays: ReadonlySet<DayNumber>,
): ProjectedWeek[] {
  const out: ProjectedWeek[] = [];
  const coveredByAssignment = new Map<string, Set<DayNumber>>();
  for (const e of entries) {
    const ws = requireDayNumber(e.weekStart);
    const set = coveredByAssignment.get(e.assignmentId) ?? new Set<DayNumber>();
    for (let d = ws; d <= ws + 6; d++) set.add(d);
    coveredByAssignment.set(e.assignmentId, set);
  }
  for (const a of assignments) {
    if (!isFederalActivity(a.activityType)) continue;
    const covered = coveredByAssignment.get(a.id) ?? new Set<DayNumber>();
    const from = Math.max(days.first, requireDayNumber(a.startDate));
    const to = Math.min(days.last, a.endDate ? requireDayNumber(a.endDate) : Infinity);
    const byWeek = new Map<DayNumber, { business: number; weekdays: number }>();
    for (let d = from; d <= to; d++) {
      if (covered.has(d) || !isWeekdayDay(d)) continue;
      const monday = mondayOnOrBefore(d);
      const w = byWeek.get(monday) ?? { business: 0, weekdays: 0 };
      w.weekdays += 1;
      if (businessDays.has(d)) w.business += 1;
      byWeek.set(monday, w);
    }
    for (const [monday, w] of [...byWeek.entries()].sort((x, y) => x[0] - y[0])) {
      out.push({
        householdMemberId: a.householdMemberId,
        entry: {
          weekStart: fromDayNumber(monday),
          activity: a.activityType,
          actualCentiHours: scheduledInPart(a.scheduledCentiHoursPerWeek, w.business),
          scheduledCentiHours: scheduledInPart(a.scheduledCentiHoursPerWeek, w.weekdays),
          justificationPresent: true,
        },
      });
    }
  }
  return out;
}
