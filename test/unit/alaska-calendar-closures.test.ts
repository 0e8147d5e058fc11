import { AlaskaCalendar, CALENDAR_LAST_YEAR, parseExtraClosures, stateHolidays } from '../../src/calendar/alaska-calendar';
import { FIRST_YEAR, LAST_DATE, LAST_YEAR } from '../../src/dates';
import { HOLIDAYS_2026 } from '../support/alaska-holidays';

// Expected dates below were worked out by hand from AS 44.12.010 / 44.12.020 and checked
// against a printed calendar (weekday in the trailing comment). They are never produced by
// the code under test.

// Split from alaska-calendar.test.ts: proclaimed closures and the years the calendar answers for.
describe('proclaimed closures (AS 44.12.010: days proclaimed by the President or the Governor)', () => {
  it('adds a proclaimed closure to the year it falls in, sorted among the holidays', () => {
    const holidays = stateHolidays(2026, ['2026-12-24', '2027-01-02']);
    expect(holidays.slice(-2)).toEqual([
      { date: '2026-12-24', name: 'Proclaimed closure', observed: false },
      { date: '2026-12-25', name: 'Christmas Day', observed: false },
    ]);
    expect(holidays).toHaveLength(HOLIDAYS_2026.length + 1);
  });

  it('does not duplicate a proclamation for a day that is already a state holiday', () => {
    expect(stateHolidays(2026, ['2026-12-25'])).toEqual(HOLIDAYS_2026);
  });

  it('makes a proclaimed Christmas Eve a non-business day and pushes counts past it', () => {
    const plain = new AlaskaCalendar();
    const proclaimed = new AlaskaCalendar({ extraClosures: ['2026-12-24'] });
    expect(plain.isBusinessDay('2026-12-24')).toBe(true);
    expect(proclaimed.isBusinessDay('2026-12-24')).toBe(false);
    expect(plain.addBusinessDays('2026-12-23', 1)).toBe('2026-12-24');
    expect(proclaimed.addBusinessDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(proclaimed.businessDaysBetween('2026-12-23', '2026-12-28')).toBe(1);
    expect(proclaimed.deadlineAfterCalendarDays('2026-11-24', 30)).toBe('2026-12-28');
    expect(proclaimed.holidays(2026)).toContainEqual({ date: '2026-12-24', name: 'Proclaimed closure', observed: false });
  });

  it('rejects an invalid closure date given to the calendar', () => {
    expect(() => new AlaskaCalendar({ extraClosures: ['2026-02-30'] })).toThrow('2026-02-30');
  });
});

describe('parsing the proclaimed-closures setting', () => {
  it('parses a comma-separated list with spaces', () => {
    expect(parseExtraClosures('2026-12-24, 2027-01-02')).toEqual(['2026-12-24', '2027-01-02']);
  });

  it('treats an unset or blank setting as no closures', () => {
    expect(parseExtraClosures(undefined)).toEqual([]);
    expect(parseExtraClosures('')).toEqual([]);
    expect(parseExtraClosures('  ')).toEqual([]);
  });

  it('rejects February 30, naming the bad entry', () => {
    expect(() => parseExtraClosures('2026-12-24, 2026-02-30')).toThrow(/2026-02-30/);
  });

  it('rejects an entry that is not YYYY-MM-DD, naming it', () => {
    expect(() => parseExtraClosures('12/24/2026')).toThrow(/12\/24\/2026/);
  });
});

describe('the years the business calendar answers for (src/dates FIRST_YEAR..LAST_YEAR, plus a margin)', () => {
  const calendar = new AlaskaCalendar();

  it('answers from FIRST_YEAR through LAST_YEAR + 2 and refuses years outside', () => {
    expect(CALENDAR_LAST_YEAR).toBe(LAST_YEAR + 2);
    expect(stateHolidays(FIRST_YEAR).length).toBeGreaterThan(0);
    expect(stateHolidays(LAST_YEAR + 1).length).toBeGreaterThan(0);
    expect(stateHolidays(CALENDAR_LAST_YEAR).length).toBeGreaterThan(0);
    expect(() => stateHolidays(FIRST_YEAR - 1)).toThrow(RangeError);
    expect(() => stateHolidays(CALENDAR_LAST_YEAR + 1)).toThrow(RangeError);
    expect(() => stateHolidays(2026.5)).toThrow(RangeError);
  });

  it('counts deadlines from the last supported date into the following years', () => {
    // LAST_DATE, Fri 2100-12-31: Sat, Sun, then Mon Jan 3 2101 (New Year 2101 is a Saturday,
    // observed Fri Dec 31 2100 in 2100's list, so Dec 31 itself is closed).
    expect(LAST_DATE).toBe('2100-12-31');
    expect(calendar.isBusinessDay(LAST_DATE)).toBe(false);
    expect(stateHolidays(2100)).toContainEqual({ date: '2100-12-31', name: "New Year's Day", observed: true });
    expect(calendar.addBusinessDays(LAST_DATE, 1)).toBe('2101-01-03');
    expect(calendar.deadlineAfterCalendarDays(LAST_DATE, 30)).toBe('2101-01-31');
    // The longest count the API allows (calendar.addBusinessDays, days <= 366) stays answerable.
    expect(calendar.addBusinessDays(LAST_DATE, 366).startsWith('2102-')).toBe(true);
  });
});
