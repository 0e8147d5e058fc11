import { TZDate, tz } from '@date-fns/tz';
import { endOfDay, format } from 'date-fns';

/** Deadlines are counted in Alaska time, never UTC (DOMAIN.md "Rules"; AS 01.10.080). */
export const ALASKA_TIME_ZONE = 'America/Anchorage';

/** An Alaska calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The years a date in this system may fall in. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
const inAlaska = tz(ALASKA_TIME_ZONE);

/**
 * True when `value` is strictly `YYYY-MM-DD` and names a day that exists on the calendar.
 * @example isIsoDate('2028-02-29') // true (leap year)
 * @example isIsoDate('2026-02-30') // false
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Before 1900 the tz database gives Anchorage its pre-1867 Russian offset (+14:00), where adding
  // a day can land on the same date; no case record reaches back that far, so refuse those years.
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  // Date.UTC rolls 2026-02-30 over to March 2; a round trip exposes that. A calendar date has no
  // time zone, so UTC arithmetic is exact here and much cheaper than a zoned date.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Midnight starting `date` in Anchorage, as a TZDate so date-fns arithmetic stays in Alaska time. */
export function toAlaskaDate(date: IsoDate): TZDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, ALASKA_TIME_ZONE);
}

/** Formats a date as the Alaska calendar date it falls on. */
export function formatAlaskaDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd', { in: inAlaska });
}

/**
 * The Alaska calendar date of a timestamp. Every timestamp is turned into an Alaska date before
 * any counting, because a referral entered at 11:30 pm in Alaska is already "tomorrow" in UTC
 * (AS 01.10.080 counts days, and the days are Alaska's).
 * @example alaskaDateOf(new Date('2026-03-03T06:30:00Z')) // '2026-03-02'
 */
export function alaskaDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid timestamp');
  return formatAlaskaDate(instant);
}

/**
 * The instant an Alaska date ends (23:59:59.999 Anchorage time, AKST or AKDT as applies), for
 * "by close of business" comparisons against stored UTC timestamps (AS 01.10.080).
 * @example alaskaEndOfDay('2026-01-14').toISOString() // '2026-01-15T08:59:59.999Z'
 */
export function alaskaEndOfDay(date: IsoDate): Date {
  return new Date(endOfDay(toAlaskaDate(date)).getTime());
}

/**
 * Parses the deployment's list of proclaimed closure days (days the President or the Governor
 * closes state offices, AS 44.12.010), e.g. from an environment variable.
 * Throws an Error naming the first entry that is not a real `YYYY-MM-DD` date.
 * @example parseExtraClosures('2026-12-24, 2027-01-02') // ['2026-12-24', '2027-01-02']
 * @example parseExtraClosures(undefined) // []
 */
export function parseExtraClosures(value: string | undefined): IsoDate[] {
  if (value === undefined || value.trim() === '') return [];
  const dates = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of dates) {
    if (!isIsoDate(entry)) {
      throw new Error(`Invalid proclaimed closure date ${JSON.stringify(entry)}: expected a real YYYY-MM-DD date`);
    }
  }
  return [...new Set(dates)].sort();
}

/**
 * Calendar arithmetic on a date (no time zone can shift a calendar date, so UTC is exact).
 * @example shiftDate('2026-12-31', 1) // '2027-01-01'
 */
export function shiftDate(date: IsoDate, days: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Day of the week of a date, 0 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
