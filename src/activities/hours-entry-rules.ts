import { addDays, dayNumberOf, fromDayNumber, isMonth, monthDays, requireDayNumber, type Month, type PlainDate } from '../dates';
import { centiHoursToHours, hoursToCentiHours, type FederalActivity } from '../participation';
import { accept, refuse, violation, type RuleResult, type RuleViolation } from './rule-violation';

/** A week has 168 hours: no weekly entry can report more (in centi-hours). */
export const MAX_WEEKLY_CENTI_HOURS = 16800;

/** Hours as a timesheet gives them: decimal hours, at most 2 decimals. */
export interface HoursValues {
  actualHours: number;
  excusedHours?: number | null;
  holidayHours?: number | null;
  holidayDate?: string | null;
  justification?: string | null;
}

/** One week's hours as they are stored: exact centi-hours, the holiday only with holiday hours, a trimmed justification. */
export interface HoursEntryValues {
  readonly actual: number;
  readonly excused: number;
  readonly holiday: number;
  readonly holidayDate: PlainDate | null;
  readonly justification: string | null;
}

/** The days of one week that fall in one month: hours are entered per month (a week crossing months in each). */
export interface MonthWeek {
  readonly month: Month;
  readonly weekStart: PlainDate;
  readonly partStart: PlainDate;
  readonly partEnd: PlainDate;
}

/**
 * Decimal hours to exact centi-hours; more than 2 decimals or a negative value is refused, never
 * rounded. Absent hours are 0.
 *
 * @example
 * centiHoursOf(20.5, 'actualHours'); // { ok: true, value: 2050 }
 * centiHoursOf(20.555, 'actualHours'); // { ok: false, violation: { field: 'actualHours', constraint: 'isCentiHourPrecision', ... } }
 */
export function centiHoursOf(hours: number | null | undefined, field: string): RuleResult<number> {
  if (hours == null) return accept(0);
  try {
    return accept(hoursToCentiHours(String(hours)));
  } catch {
    return refuse(violation(field, 'isCentiHourPrecision', `${field} must be a non-negative number of hours with at most 2 decimals, got ${hours}`));
  }
}

/**
 * A week's hours checked and made exact: each amount in centi-hours and at most 168, and the
 * three together at most the 168 hours of a week. The holiday date is kept only with holiday hours.
 *
 * @example
 * hoursEntryValues({ actualHours: 100, excusedHours: 68.01 });
 * // { ok: false, violation: { field: 'actualHours', constraint: 'maxWeeklyTotal', ... } }
 * hoursEntryValues({ actualHours: 10, holidayHours: 0, holidayDate: '2026-10-19', justification: '  log  ' });
 * // { ok: true, value: { actual: 1000, excused: 0, holiday: 0, holidayDate: null, justification: 'log' } }
 */
export function hoursEntryValues(v: HoursValues): RuleResult<HoursEntryValues> {
  const amounts: Array<[string, number | null | undefined]> = [['actualHours', v.actualHours], ['excusedHours', v.excusedHours], ['holidayHours', v.holidayHours]];
  const centi: number[] = [];
  for (const [field, hours] of amounts) {
    const result = centiHoursOf(hours, field);
    if (!result.ok) return result;
    centi.push(result.value);
  }
  for (const [i, [field]] of amounts.entries()) {
    if (centi[i] > MAX_WEEKLY_CENTI_HOURS) return refuse(violation(field, 'max', `${field} must be at most 168 (the hours in a week)`));
  }
  const [actual, excused, holiday] = centi;
  if (actual + excused + holiday > MAX_WEEKLY_CENTI_HOURS) {
    return refuse(violation('actualHours', 'maxWeeklyTotal', 'actualHours + excusedHours + holidayHours must be at most 168 (the hours in a week)'));
  }
  const justification = v.justification?.trim() ? v.justification.trim() : null;
  return accept({ actual, excused, holiday, holidayDate: holiday > 0 ? v.holidayDate ?? null : null, justification });
}

/**
 * The month's part of a week, for hours entered on `today` (an Alaska date): the week must have a
 * day in the month, and the month's part of it must have begun (on Nov 30 the December days of
 * that week have not; hours come from timesheets).
 *
 * @example
 * monthWeekOf('2026-10', '2026-09-28', '2026-11-02');
 * // { ok: true, value: { month: '2026-10', weekStart: '2026-09-28', partStart: '2026-10-01', partEnd: '2026-10-04' } }
 * monthWeekOf('2026-10', '2026-11-01', '2026-11-02'); // refused: weekStart / weekInMonth
 */
export function monthWeekOf(month: Month, weekStart: string, today: PlainDate): RuleResult<MonthWeek> {
  const days = monthDays(month);
  const ws = dayNumberOf(weekStart);
  if (ws === null) return refuse(violation('weekStart', 'isDate', 'weekStart must be a date (YYYY-MM-DD)'));
  if (ws > days.last || ws < days.first - 6) {
    return refuse(violation('weekStart', 'weekInMonth', `The week starting ${weekStart} has no day in ${month}`));
  }
  const partStart = fromDayNumber(Math.max(ws, days.first));
  if (partStart > today) {
    return refuse(violation('weekStart', 'notFuture', `The week starting ${weekStart} has not begun; hours are entered from timesheets`));
  }
  return accept({ month, weekStart, partStart, partEnd: fromDayNumber(Math.min(ws + 6, days.last)) });
}

/**
 * A week's hours from a timesheet, checked in the order a person fixes them: the month, the
 * hours, then the week.
 *
 * @example
 * validateHoursEntry({ month: '2026-13', weekStart: '2026-10-05', actualHours: 10 }, '2026-11-02'); // refused: month / matches
 */
export function validateHoursEntry(request: HoursValues & { month: string; weekStart: string }, today: PlainDate): RuleResult<{ values: HoursEntryValues; week: MonthWeek }> {
  if (!isMonth(request.month)) return refuse(monthFormatViolation());
  const values = hoursEntryValues(request);
  if (!values.ok) return values;
  const week = monthWeekOf(request.month, request.weekStart, today);
  if (!week.ok) return week;
  return accept({ values: values.value, week: week.value });
}

/** The violation for a month that is not `YYYY-MM`. */
export const monthFormatViolation = (): RuleViolation => violation('month', 'matches', 'month must be YYYY-MM, e.g. 2026-10');

/**
 * Hours are entered only for days the assignment is in force: the month's part of the week must
 * meet the assignment's dates.
 *
 * @example
 * weekInAssignmentViolation({ month: '2026-10', weekStart: '2026-10-19', partStart: '2026-10-19', partEnd: '2026-10-25' },
 *   { startDate: '2026-11-01', endDate: '2026-11-30' }); // refused: weekStart / weekInAssignment
 */
export function weekInAssignmentViolation(week: MonthWeek, assignment: { startDate: PlainDate; endDate: PlainDate | null }): RuleViolation | null {
  if (week.partEnd >= assignment.startDate && (assignment.endDate === null || week.partStart <= assignment.endDate)) return null;
  return violation('weekStart', 'weekInAssignment',
    `The ${week.month} days of the week starting ${week.weekStart} are outside the assignment (${assignment.startDate} to ${assignment.endDate ?? 'open'})`);
}

/**
 * Holiday hours name their holiday, a day of the entry's month inside its week (45 CFR 261.60(b)).
 *
 * @example
 * holidayDateViolation({ actual: 1000, excused: 0, holiday: 500, holidayDate: '2026-10-19', justification: null }, '2026-10-05', '2026-10');
 * // refused: holidayDate / holidayInWeek (Oct 19 is not in the week Oct 5 to Oct 11)
 */
export function holidayDateViolation(values: HoursEntryValues, weekStart: PlainDate, month: Month): RuleViolation | null {
  if (values.holiday === 0) return null;
  const days = monthDays(month);
  const d = values.holidayDate ? dayNumberOf(values.holidayDate) : null;
  const ws = requireDayNumber(weekStart);
  if (d !== null && d >= ws && d <= ws + 6 && d >= days.first && d <= days.last) return null;
  return violation('holidayDate', 'holidayInWeek',
    `holidayDate is required with holiday hours and must be a day of ${month} in the week starting ${weekStart} (${weekStart} to ${addDays(weekStart, 6)})`);
}

/**
 * WV-2 (45 CFR 261.61): work search hours are supervised, so every job search / job readiness
 * entry with hours carries a justification.
 *
 * @example
 * justificationViolation('JOB_SEARCH_JOB_READINESS', { actual: 800, excused: 0, holiday: 0, holidayDate: null, justification: null });
 * // refused: justification / jsjrJustificationRequired
 */
export function justificationViolation(activity: FederalActivity, values: HoursEntryValues): RuleViolation | null {
  if (activity !== 'JOB_SEARCH_JOB_READINESS' || values.actual + values.excused + values.holiday === 0 || values.justification) return null;
  return violation('justification', 'jsjrJustificationRequired',
    'Job search / job readiness hours need a justification: work search hours are supervised (WV-2)');
}

/** The holiday rule, then WV-2, for an entry of `activity` in the week and month given. */
export function holidayAndJustificationViolation(activity: FederalActivity, values: HoursEntryValues, weekStart: PlainDate, month: Month): RuleViolation | null {
  return holidayDateViolation(values, weekStart, month) ?? justificationViolation(activity, values);
}

/**
 * Entering a week again replaces its current entry; a different week that overlaps one already
 * entered for the assignment and month is refused. Answers the id of the entry replaced, or null.
 *
 * @example
 * replacedEntryOf([{ id: 'e1', weekStart: '2026-09-28' }], '2026-09-30'); // refused: weekStart / overlappingWeek
 * replacedEntryOf([{ id: 'e1', weekStart: '2026-09-28' }], '2026-09-28'); // { ok: true, value: 'e1' }
 */
export function replacedEntryOf(current: ReadonlyArray<{ id: string; weekStart: PlainDate }>, weekStart: PlainDate): RuleResult<string | null> {
  const ws = requireDayNumber(weekStart);
  const clash = current.find((e) => e.weekStart !== weekStart && Math.abs(requireDayNumber(e.weekStart) - ws) < 7);
  if (clash) {
    return refuse(violation('weekStart', 'overlappingWeek', `The week starting ${weekStart} overlaps the week starting ${clash.weekStart} already entered for this assignment`));
  }
  return accept(current.find((e) => e.weekStart === weekStart)?.id ?? null);
}

/**
 * A supervisor's correction (WV-1): the hours given, and what is omitted kept from the entry
 * corrected (`undefined` keeps it; an explicit null clears a holiday date or justification).
 *
 * @example
 * correctedHours({ actualHours: 24.5 }, { excused: 200, holiday: 0, holidayDate: null, justification: 'log' });
 * // { actualHours: 24.5, excusedHours: 2, holidayHours: 0, holidayDate: null, justification: 'log' }
 */
export function correctedHours(
  correction: Partial<HoursValues> & { actualHours: number },
  original: Pick<HoursEntryValues, 'excused' | 'holiday' | 'holidayDate' | 'justification'>,
): HoursValues {
  return {
    actualHours: correction.actualHours,
    excusedHours: correction.excusedHours ?? centiHoursToHours(original.excused),
    holidayHours: correction.holidayHours ?? centiHoursToHours(original.holiday),
    holidayDate: correction.holidayDate !== undefined ? correction.holidayDate : original.holidayDate,
    justification: correction.justification !== undefined ? correction.justification : original.justification,
  };
}
