import { addDays, isPlainDate, requireDayNumber, weekdayOf, type PlainDate } from '../dates';
import { stateHolidays, type StateHoliday } from './state-holidays';

/**
 * The business calendar of Alaska state offices (holidays of AS 44.12.010/020, proclaimed
 * closures, AS 01.10.080 deadlines), built on the one date module src/dates. Dates are
 * PlainDates; instants become Alaska dates through `alaskaDateOf` (src/dates) before they get here.
 */
export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, stateHolidays, type StateHoliday } from './state-holidays';

/**
 * The first year `calendar.holidays` answers for: AS 44.12.010 is a law of the State of Alaska,
 * admitted on 1959-01-03, so earlier years have no state holidays to list.
 */
export const ALASKA_STATEHOOD_YEAR = 1959;

/**
 * Parses the deployment's list of proclaimed closure days (days the President or the Governor
 * closes state offices, AS 44.12.010), e.g. from an environment variable.
 * Throws an Error naming the first entry that is not a real `YYYY-MM-DD` date in FIRST_YEAR..LAST_YEAR.
 * @example parseExtraClosures('2026-12-24, 2027-01-02') // ['2026-12-24', '2027-01-02']
 * @example parseExtraClosures(undefined) // []
 */
export function parseExtraClosures(value: string | undefined): PlainDate[] {
  if (value === undefined || value.trim() === '') return [];
  const dates = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of dates) {
    if (!isPlainDate(entry)) {
      throw new Error(`Invalid proclaimed closure date ${JSON.stringify(entry)}: expected a real YYYY-MM-DD date`);
    }
  }
  return [...new Set(dates)].sort();
}

export interface AlaskaCalendarOptions {
  /** Days proclaimed closed by the President or the Governor (AS 44.12.010), per deployment. */
  extraClosures?: readonly PlainDate[];
}

function requireDayCount(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${days}`);
  }
}

/**
 * Alaska state business days: not Saturday or Sunday, not a holiday of AS 44.12.010 or its
 * AS 44.12.020 substitute, not a proclaimed closure. Deadlines follow AS 01.10.080.
 */
export class AlaskaCalendar {
  private readonly extraClosures: readonly PlainDate[];
  // Deadline code asks about the same few years over and over; build each year's set once.
  private readonly holidaysByYear = new Map<number, { list: StateHoliday[]; dates: Set<PlainDate> }>();

  constructor(options: AlaskaCalendarOptions = {}) {
    const closures = options.extraClosures ?? [];
    for (const closure of closures) {
      if (!isPlainDate(closure)) throw new RangeError(`Invalid proclaimed closure date: ${JSON.stringify(closure)}`);
    }
    this.extraClosures = [...closures];
  }

  private yearEntry(year: number): { list: StateHoliday[]; dates: Set<PlainDate> } {
    let entry = this.holidaysByYear.get(year);
    if (!entry) {
      const list = stateHolidays(year, this.extraClosures);
      entry = { list, dates: new Set(list.map((h) => h.date)) };
      this.holidaysByYear.set(year, entry);
    }
    return entry;
  }

  /**
   * Days closed in `year` (AS 44.12.010, 44.12.020, plus proclaimed closures), sorted.
   * @example new AlaskaCalendar().holidays(2026).length // 14
   */
  holidays(year: number): StateHoliday[] {
    return this.yearEntry(year).list.map((h) => ({ ...h }));
  }

  /**
   * True when state offices are open on `date` (AS 44.12.010, 44.12.020).
   * @example new AlaskaCalendar().isBusinessDay('2026-10-19') // false: Alaska Day 2026 is a Sunday
   */
  isBusinessDay(date: PlainDate): boolean {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) return false;
    return !this.yearEntry(Number(date.slice(0, 4))).dates.has(date);
  }

  /**
   * `date` itself when it is a business day, else the next business day (AS 01.10.080).
   * @example new AlaskaCalendar().nextBusinessDayOnOrAfter('2026-07-03') // '2026-07-06'
   */
  nextBusinessDayOnOrAfter(date: PlainDate): PlainDate {
    let current = date;
    while (!this.isBusinessDay(current)) current = addDays(current, 1);
    return current;
  }

  /**
   * `days` business days after `from`, counted as AS 01.10.080 counts: the first day is
   * excluded and the last included. With 0, `from` moved forward to a business day if needed.
   * Throws a RangeError for a negative or fractional `days`.
   * @example new AlaskaCalendar().addBusinessDays('2026-11-25', 1) // '2026-11-27' (Thanksgiving skipped)
   */
  addBusinessDays(from: PlainDate, days: number): PlainDate {
    requireDayCount(days, 'Business days');
    if (days === 0) return this.nextBusinessDayOnOrAfter(from);
    let current = from;
    let counted = 0;
    while (counted < days) {
      current = addDays(current, 1);
      if (this.isBusinessDay(current)) counted += 1;
    }
    return current;
  }

  /**
   * `from` plus `days` calendar days; a deadline landing on a weekend, holiday or closure
   * runs to the end of the next business day (AS 01.10.080).
   * @example new AlaskaCalendar().deadlineAfterCalendarDays('2026-06-04', 30) // '2026-07-06'
   */
  deadlineAfterCalendarDays(from: PlainDate, days: number): PlainDate {
    requireDayCount(days, 'Calendar days');
    return this.nextBusinessDayOnOrAfter(addDays(from, days));
  }

  /**
   * Business days in (from, to]: `from` excluded, `to` included (AS 01.10.080); 0 when
   * `to` is not after `from`.
   * @example new AlaskaCalendar().businessDaysBetween('2026-12-23', '2026-12-28') // 2 (24th, 28th)
   */
  businessDaysBetween(from: PlainDate, to: PlainDate): number {
    // Both ends must be real dates, or a typo would count as zero days.
    requireDayNumber(from);
    requireDayNumber(to);
    let count = 0;
    for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
      if (this.isBusinessDay(current)) count += 1;
    }
    return count;
  }
}
