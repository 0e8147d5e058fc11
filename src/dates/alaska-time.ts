import { TZDate, tz } from '@date-fns/tz';
import { endOfDay, format } from 'date-fns';
import { partsOf, type PlainDate } from './plain-date';

/** Deadlines are counted in Alaska time, never UTC (DOMAIN.md "Rules"; AS 01.10.080). */
export const ALASKA_TIME_ZONE = 'America/Anchorage';
const inAlaska = tz(ALASKA_TIME_ZONE);

/**
 * The Alaska date of an instant (a Date, or an ISO timestamp such as an event's `at`). Every
 * instant is turned into an Alaska date before any counting, because a referral entered at
 * 11:30 pm in Alaska is already "tomorrow" in UTC (AS 01.10.080 counts days, and the days are
 * Alaska's).
 * @example alaskaDateOf(new Date('2026-03-03T06:30:00Z')) // '2026-03-02'
 * @example alaskaDateOf('2026-03-03T06:30:00.000Z') // '2026-03-02'
 */
export function alaskaDateOf(instant: Date | string): PlainDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid timestamp');
  return format(date, 'yyyy-MM-dd', { in: inAlaska });
}

/** Midnight starting `date` in Anchorage, as a TZDate so date-fns arithmetic stays in Alaska time. */
export function alaskaStartOfDay(date: PlainDate): TZDate {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return new TZDate(parts.year, parts.month - 1, parts.day, ALASKA_TIME_ZONE);
}

/**
 * The instant an Alaska date ends (23:59:59.999 Anchorage time, AKST or AKDT as applies), for
 * "by close of business" comparisons against stored UTC timestamps (AS 01.10.080).
 * @example alaskaEndOfDay('2026-01-14').toISOString() // '2026-01-15T08:59:59.999Z'
 */
export function alaskaEndOfDay(date: PlainDate): Date {
  return new Date(endOfDay(alaskaStartOfDay(date)).getTime());
}
