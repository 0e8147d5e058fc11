import type { IsoDate } from '../calendar/alaska-calendar';

/** Calendar months as `YYYY-MM` strings: plain arithmetic on Alaska dates, no time zone involved. */
export type Month = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const monthOf = (date: IsoDate): Month => date.slice(0, 7);

/** `month` moved by `n` months (n may be negative). */
export function addMonthsToMonth(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export const firstDayOf = (month: Month): IsoDate => `${month}-01`;

/** @example lastDayOf('2028-02') // '2028-02-29' */
export function lastDayOf(month: Month): IsoDate {
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

/**
 * The last month a period covered through to its last day: a duty "due the last day of the
 * month" exists only when the case was still in that period on its due date. An open period
 * runs through today's month.
 */
export function lastFullMonth(end: IsoDate | null, today: IsoDate): Month {
  const todayMonth = monthOf(today);
  if (end === null) return todayMonth;
  const endMonth = lastDayOf(monthOf(end)) <= end ? monthOf(end) : addMonthsToMonth(monthOf(end), -1);
  return endMonth < todayMonth ? endMonth : todayMonth;
}

export const minMonth = (a: Month, b: Month): Month => (a < b ? a : b);
