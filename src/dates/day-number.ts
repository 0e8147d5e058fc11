import { partsOf, type PlainDate } from './plain-date';

/**
 * A plain date as a day number: days since 1970-01-01. Loops over the days of a month or a week
 * (participation, projections) count in day numbers, since an integer step costs nothing.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const cache = new Map<string, DayNumber | null>();

/**
 * The day number of a `YYYY-MM-DD` date, or null when it names no real day (memoized: stored
 * rows repeat the same dates).
 * @example dayNumberOf('1970-01-02') // 1
 */
export function dayNumberOf(date: string): DayNumber | null {
  let n = cache.get(date);
  if (n === undefined) {
    const parts = partsOf(date);
    n = parts ? Math.round(Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY) : null;
    if (cache.size > 20000) cache.clear();
    cache.set(date, n);
  }
  return n;
}

/** The day number of a date known to be valid (a stored row's); throws otherwise. */
export function requireDayNumber(date: PlainDate): DayNumber {
  const n = dayNumberOf(date);
  if (n === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return n;
}

/** The date of a day number. */
export const fromDayNumber = (day: DayNumber): PlainDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Day of the week of a day number: 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOfDay = (day: DayNumber): number => (((day + 4) % 7) + 7) % 7;

/** Monday to Friday. */
export const isWeekdayDay = (day: DayNumber): boolean => weekdayOfDay(day) >= 1 && weekdayOfDay(day) <= 5;

/** The Monday on or before a day. */
export const mondayOnOrBefore = (day: DayNumber): DayNumber => day - ((weekdayOfDay(day) + 6) % 7);
