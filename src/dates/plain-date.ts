import { addMonths as addMonthsFns } from 'date-fns';
import { tz } from '@date-fns/tz';

/**
 * A plain calendar date, `YYYY-MM-DD`, with no time of day and no time zone: the date a form, a
 * letter or a deadline names. In this system every plain date is an Alaska date (an instant
 * becomes one through `alaskaDateOf`). Arithmetic on plain dates is exact in UTC, because no time
 * zone can shift a calendar date, and it is far cheaper than zoned arithmetic.
 */
export type PlainDate = string;

/**
 * The years a date of the record may fall in: wide enough for any birth date or deadline, narrow
 * enough that Alaska time stays sane (before 1900 the tz database gives Anchorage its pre-1867
 * Russian offset, +14:00). The LocalDate scalar refuses input outside this range; arithmetic may
 * step past it (a deadline counted from 2100-12-31 falls in 2101).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const FIRST_DATE: PlainDate = `${FIRST_YEAR}-01-01`;
export const LAST_DATE: PlainDate = `${LAST_YEAR}-12-31`;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const utc = tz('UTC');

/** The year, month (1-12) and day of a `YYYY-MM-DD` string naming a real day, or null. */
export function partsOf(value: string): { year: number; month: number; day: number } | null {
  const match = PLAIN_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC rolls 2026-02-30 over to March 2; a round trip exposes that.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * True when `value` is strictly `YYYY-MM-DD`, names a day that exists, and falls in
 * FIRST_YEAR..LAST_YEAR.
 * @example isPlainDate('2028-02-29') // true (leap year)
 * @example isPlainDate('2026-02-30') // false
 * @example isPlainDate('1899-12-31') // false (outside the supported range)
 */
export function isPlainDate(value: string): boolean {
  const parts = partsOf(value);
  return parts !== null && parts.year >= FIRST_YEAR && parts.year <= LAST_YEAR;
}

function requireParts(date: PlainDate): { year: number; month: number; day: number } {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/**
 * `date` moved by `days` calendar days (negative moves back).
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  const { year, month, day } = requireParts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * `date` moved by `months` calendar months, clamped to the last day of a shorter month
 * (date-fns' `addMonths`, computed in UTC).
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const { year, month, day } = requireParts(date);
  return addMonthsFns(new Date(Date.UTC(year, month - 1, day)), months, { in: utc }).toISOString().slice(0, 10);
}

/** Day of the week of a date, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: PlainDate): number {
  const { year, month, day } = requireParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The earliest of some optional dates, or null when none is given (PEN-3 picks the first of intent-to-comply and compliance). */
export function earliest(...dates: Array<PlainDate | null | undefined>): PlainDate | null {
  const present = dates.filter((d): d is PlainDate => !!d).sort();
  return present[0] ?? null;
}

/** The later of two dates. */
export const laterOf = (a: PlainDate, b: PlainDate): PlainDate => (a > b ? a : b);

/**
 * Age in completed months on a date (e.g. the youngest child's age on the first day of a month).
 * Throws on invalid dates or when `onDate` is before `birthDate`.
 * @example ageInCompletedMonths('2019-03-15', '2025-03-01') // 71 (under 6)
 */
export function ageInCompletedMonths(birthDate: PlainDate, onDate: PlainDate): number {
  const b = partsOf(birthDate);
  const o = partsOf(onDate);
  if (!b || !o) throw new RangeError(`invalid date: ${birthDate} / ${onDate}`);
  const months = (o.year - b.year) * 12 + (o.month - b.month) - (o.day < b.day ? 1 : 0);
  if (months < 0) throw new RangeError(`${onDate} is before the birth date ${birthDate}`);
  return months;
}

/**
 * Age in completed years on a date (0 before the first birthday).
 * @example ageInYears('2008-03-02', '2026-03-01') // 17
 */
export function ageInYears(birthDate: PlainDate, onDate: PlainDate): number {
  return Math.floor(ageInCompletedMonths(birthDate, onDate) / 12);
}
