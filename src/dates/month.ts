import { fromDayNumber, type DayNumber } from './day-number';
import { FIRST_YEAR, LAST_YEAR, type PlainDate } from './plain-date';

/** A calendar month, `YYYY-MM` (an Alaska month: the month of a plain date). */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * True when `value` is strictly `YYYY-MM` with a real month in FIRST_YEAR..LAST_YEAR.
 * @example isMonth('2026-10') // true
 * @example isMonth('1899-12') // false
 */
export function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The month a date falls in. */
export const monthOf = (date: PlainDate): Month => date.slice(0, 7);

/**
 * `month` moved by `n` months (n may be negative).
 * @example addMonthsToMonth('2026-11', 3) // '2027-02'
 */
export function addMonthsToMonth(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export const firstDayOf = (month: Month): PlainDate => `${month}-01`;

/** @example lastDayOf('2028-02') // '2028-02-29' */
export function lastDayOf(month: Month): PlainDate {
  const [y, m] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) months.push(m);
  return months;
}

export const minMonth = (a: Month, b: Month): Month => (a < b ? a : b);

/**
 * The last month a period covered through to its last day: a duty "due the last day of the
 * month" exists only when the case was still in that period on its due date. An open period
 * runs through today's month.
 */
export function lastFullMonth(end: PlainDate | null, today: PlainDate): Month {
  const todayMonth = monthOf(today);
  if (end === null) return todayMonth;
  const endMonth = lastDayOf(monthOf(end)) <= end ? monthOf(end) : addMonthsToMonth(monthOf(end), -1);
  return endMonth < todayMonth ? endMonth : todayMonth;
}

/** A month's first and last days, as dates and as day numbers. */
export type MonthDays = Readonly<{ first: DayNumber; last: DayNumber; firstDate: PlainDate; lastDate: PlainDate }>;
const MS_PER_DAY = 86_400_000;
const monthDaysCache = new Map<Month, MonthDays>();

/**
 * The month's first and last days (memoized: an office's rate asks for the same few months
 * 100,000 times). Throws on a string that is not a month.
 * @example monthDays('2026-02').lastDate // '2026-02-28'
 */
export function monthDays(month: Month): MonthDays {
  let days = monthDaysCache.get(month);
  if (!days) {
    if (!isMonth(month)) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(month)}`);
    const [y, m] = month.split('-').map(Number);
    const first = Math.round(Date.UTC(y, m - 1, 1) / MS_PER_DAY);
    const last = Math.round(Date.UTC(y, m, 1) / MS_PER_DAY) - 1;
    days = Object.freeze({ first, last, firstDate: fromDayNumber(first), lastDate: fromDayNumber(last) });
    if (monthDaysCache.size > 1000) monthDaysCache.clear();
    monthDaysCache.set(month, days);
  }
  return days;
}
