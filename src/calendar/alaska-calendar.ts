import { isIsoDate, shiftDate, toAlaskaDate, weekdayOf, type IsoDate } from './iso-date';
import { stateHolidays, type StateHoliday } from './state-holidays';

export {
  ALASKA_TIME_ZONE,
  alaskaDateOf,
  alaskaEndOfDay,
  isIsoDate,
  parseExtraClosures,
  type IsoDate,
} from './iso-date';
export { stateHolidays, type StateHoliday } from './state-holidays';

export interface AlaskaCalendarOptions {
  /** Days proclaimed closed by the President or the Governor (AS 44.12.010), per deployment. */
  extraClosures?: readonly IsoDate[];
}

const plusDays = shiftDate;

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
  private readonly extraClosures: readonly IsoDate[];
  // Deadline code asks about the same few years over and over; build each year's set once.
  private readonly holidaysByYear = new Map<number, { list: StateHoliday[]; dates: Set<IsoDate> }>();

  constructor(options: AlaskaCalendarOptions = {}) {
    const closures = options.extraClosures ?? [];
    for (const closure of closures) {
      if (!isIsoDate(closure)) throw new RangeError(`Invalid proclaimed closure date: ${JSON.stringify(closure)}`);
    }
    this.extraClosures = [...closures];
  }

  private yearEntry(year: number): { list: StateHoliday[]; dates: Set<IsoDate> } {
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
  isBusinessDay(date: IsoDate): boolean {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) return false;
    return !this.yearEntry(Number(date.slice(0, 4))).dates.has(date);
  }

  /**
   * `date` itself when it is a business day, else the next business day (AS 01.10.080).
   * @example new AlaskaCalendar().nextBusinessDayOnOrAfter('2026-07-03') // '2026-07-06'
   */
  nextBusinessDayOnOrAfter(date: IsoDate): IsoDate {
    let current = date;
    while (!this.isBusinessDay(current)) current = plusDays(current, 1);
    return current;
  }

  /**
   * `days` business days after `from`, counted as AS 01.10.080 counts: the first day is
   * excluded and the last included. With 0, `from` moved forward to a business day if needed.
   * Throws a RangeError for a negative or fractional `days`.
   * @example new AlaskaCalendar().addBusinessDays('2026-11-25', 1) // '2026-11-27' (Thanksgiving skipped)
   */
  addBusinessDays(from: IsoDate, days: number): IsoDate {
    requireDayCount(days, 'Business days');
    if (days === 0) return this.nextBusinessDayOnOrAfter(from);
    let current = from;
    let counted = 0;
    while (counted < days) {
      current = plusDays(current, 1);
      if (this.isBusinessDay(current)) counted += 1;
    }
    return current;
  }

  /**
   * `from` plus `days` calendar days; a deadline landing on a weekend, holiday or closure
   * runs to the end of the next business day (AS 01.10.080).
   * @example new AlaskaCalendar().deadlineAfterCalendarDays('2026-06-04', 30) // '2026-07-06'
   */
  deadlineAfterCalendarDays(from: IsoDate, days: number): IsoDate {
    requireDayCount(days, 'Calendar days');
    return this.nextBusinessDayOnOrAfter(plusDays(from, days));
  }

  /**
   * Business days in (from, to]: `from` excluded, `to` included (AS 01.10.080); 0 when
   * `to` is not after `from`.
   * @example new AlaskaCalendar().businessDaysBetween('2026-12-23', '2026-12-28') // 2 (24th, 28th)
   */
  businessDaysBetween(from: IsoDate, to: IsoDate): number {
    toAlaskaDate(from);
    toAlaskaDate(to);
    let count = 0;
    for (let current = plusDays(from, 1); current <= to; current = plusDays(current, 1)) {
      if (this.isBusinessDay(current)) count += 1;
    }
    return count;
  }
}
