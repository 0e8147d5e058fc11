/**
 * Calendar-date helpers for participation (pure; no clock, no time zone: `YYYY-MM-DD` strings are
 * Alaska calendar dates and are handled as plain day numbers).
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a valid `YYYY-MM-DD` date, or null when invalid. */
export function dayNumber(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** First and last day numbers of a valid `YYYY-MM` month, or null when invalid. */
export function monthBounds(month: string): { first: number; last: number } | null {
  const m = MONTH_RE.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12 || y < 1900) return null;
  const first = Math.round(Date.UTC(y, mo - 1, 1) / MS_PER_DAY);
  const next = Math.round(Date.UTC(y, mo, 1) / MS_PER_DAY);
  return { first, last: next - 1 };
}

/** `YYYY-MM-DD` of a day number. */
export function dayToDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Age in completed months on a date, for `youngestChildAgeMonths` (e.g. taken on the first day of
 * the month computed; the choice of day is the caller's policy). Throws on invalid dates or when
 * `onDate` is before `birthDate`.
 *
 * @example
 * ageInCompletedMonths('2019-03-15', '2025-03-01'); // 71 (under 6)
 * ageInCompletedMonths('2019-03-01', '2025-03-01'); // 72 (6 years old)
 */
export function ageInCompletedMonths(birthDate: string, onDate: string): number {
  if (dayNumber(birthDate) === null || dayNumber(onDate) === null) throw new RangeError(`invalid date: ${birthDate} / ${onDate}`);
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [oy, om, od] = onDate.split('-').map(Number);
  const months = (oy - by) * 12 + (om - bm) - (od < bd ? 1 : 0);
  if (months < 0) throw new RangeError(`${onDate} is before the birth date ${birthDate}`);
  return months;
}
