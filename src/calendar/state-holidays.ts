import type { TZDate } from '@date-fns/tz';
import { addDays, getDay, lastDayOfMonth, subDays } from 'date-fns';
import { alaskaDateOf, alaskaStartOfDay, FIRST_YEAR, isPlainDate, LAST_YEAR, type PlainDate } from '../dates';

/**
 * The years the holiday calendar answers for: the supported range FIRST_YEAR..LAST_YEAR plus a
 * margin. Dates of the record stop at LAST_DATE (2100-12-31), but deadlines are counted from them:
 * the longest count the API allows (366 business days, `calendar.addBusinessDays`) from
 * 2100-12-31 ends in mid-2102, so the business calendar answers through LAST_YEAR + 2.
 */
export const CALENDAR_FIRST_YEAR = FIRST_YEAR;
export const CALENDAR_LAST_YEAR = LAST_YEAR + 2;

/** One day on which Alaska state offices are closed. */
export interface StateHoliday {
  date: PlainDate;
  name: string;
  /** true when this is an observed substitute day, not the nominal date */
  observed: boolean;
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

const PROCLAIMED_CLOSURE = 'Proclaimed closure';

function firstOfMonth(year: number, month: number): TZDate {
  return alaskaStartOfDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}

function fixed(year: number, month: number, day: number): TZDate {
  return addDays(firstOfMonth(year, month), day - 1);
}

function nthWeekday(year: number, month: number, weekday: number, n: number): TZDate {
  const first = firstOfMonth(year, month);
  return addDays(first, ((weekday - getDay(first) + 7) % 7) + 7 * (n - 1));
}

function lastWeekday(year: number, month: number, weekday: number): TZDate {
  const last = lastDayOfMonth(firstOfMonth(year, month));
  return subDays(last, (getDay(last) - weekday + 7) % 7);
}

/** The 12 named holidays of AS 44.12.010(a) on their nominal dates. */
function namedHolidays(year: number): Array<{ name: string; date: TZDate }> {
  return [
    { name: "New Year's Day", date: fixed(year, 1, 1) },
    { name: 'Martin Luther King Jr. Day', date: nthWeekday(year, 1, MONDAY, 3) },
    { name: "Presidents' Day", date: nthWeekday(year, 2, MONDAY, 3) },
    { name: "Seward's Day", date: lastWeekday(year, 3, MONDAY) },
    { name: 'Memorial Day', date: lastWeekday(year, 5, MONDAY) },
    // Juneteenth became an Alaska state holiday in 2025 (DOMAIN.md "Alaska business days").
    ...(year >= 2025 ? [{ name: 'Juneteenth', date: fixed(year, 6, 19) }] : []),
    { name: 'Independence Day', date: fixed(year, 7, 4) },
    { name: 'Labor Day', date: nthWeekday(year, 9, MONDAY, 1) },
    { name: 'Alaska Day', date: fixed(year, 10, 18) },
    { name: 'Veterans Day', date: fixed(year, 11, 11) },
    { name: 'Thanksgiving Day', date: nthWeekday(year, 11, THURSDAY, 4) },
    { name: 'Christmas Day', date: fixed(year, 12, 25) },
  ];
}

/**
 * A nominal date plus its substitute, per AS 44.12.020: a Sunday holiday also closes the
 * following Monday; a Saturday holiday is observed on the preceding Friday.
 */
function withObservance(name: string, date: TZDate): StateHoliday[] {
  const nominal: StateHoliday = { date: alaskaDateOf(date), name, observed: false };
  switch (getDay(date)) {
    case SUNDAY:
      return [nominal, { date: alaskaDateOf(addDays(date, 1)), name, observed: true }];
    case SATURDAY:
      return [nominal, { date: alaskaDateOf(subDays(date, 1)), name, observed: true }];
    default:
      return [nominal];
  }
}

/**
 * Every day in `year` on which Alaska state offices are closed, sorted by date: the 12 holidays
 * of AS 44.12.010 on their nominal dates, their AS 44.12.020 substitutes (Sunday -> also the
 * Monday after; Saturday -> the Friday before), and the deployment's proclaimed closures.
 * A substitute belongs to the year it falls in: New Year's Day 2028 (a Saturday) puts its
 * observed Friday, 2027-12-31, in 2027's list. Columbus / Indigenous Peoples' Day, the day after
 * Thanksgiving and Christmas Eve are not state holidays and never appear unless proclaimed.
 * @example stateHolidays(2026).find((h) => h.date === '2026-07-03')
 *   // { date: '2026-07-03', name: 'Independence Day', observed: true }
 */
export function stateHolidays(year: number, extraClosures: readonly PlainDate[] = []): StateHoliday[] {
  if (!Number.isInteger(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
    throw new RangeError(`Unsupported year: ${year}`);
  }
  const prefix = `${year}-`;
  // The next year's New Year's Day is the only holiday whose substitute crosses a year boundary.
  const candidates = [...namedHolidays(year), namedHolidays(year + 1)[0]].flatMap(({ name, date }) =>
    withObservance(name, date),
  );
  const byDate = new Map<PlainDate, StateHoliday>();
  for (const holiday of candidates) {
    if (holiday.date.startsWith(prefix) && !byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  }
  for (const closure of extraClosures) {
    if (!isPlainDate(closure)) throw new RangeError(`Invalid proclaimed closure date: ${JSON.stringify(closure)}`);
    // A proclamation for a day that is already a statutory holiday adds nothing.
    if (closure.startsWith(prefix) && !byDate.has(closure)) {
      byDate.set(closure, { date: closure, name: PROCLAIMED_CLOSURE, observed: false });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
