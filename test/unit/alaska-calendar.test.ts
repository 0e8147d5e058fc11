import {
  AlaskaCalendar, stateHolidays, type StateHoliday,
} from '../../src/calendar/alaska-calendar';
import {
  alaskaDateOf,
} from '../../src/dates';
import { HOLIDAYS_2026 } from '../support/alaska-holidays';

// Expected dates below were worked out by hand from AS 44.12.010 / 44.12.020 and checked
// against a printed calendar (weekday in the trailing comment). They are never produced by
// the code under test.

const HOLIDAYS_2027: StateHoliday[] = [
  { date: '2027-01-01', name: "New Year's Day", observed: false }, // Fri
  { date: '2027-01-18', name: 'Martin Luther King Jr. Day', observed: false }, // 3rd Mon
  { date: '2027-02-15', name: "Presidents' Day", observed: false }, // 3rd Mon
  { date: '2027-03-29', name: "Seward's Day", observed: false }, // last Mon
  { date: '2027-05-31', name: 'Memorial Day', observed: false }, // last Mon
  { date: '2027-06-18', name: 'Juneteenth', observed: true }, // Fri before Sat Jun 19
  { date: '2027-06-19', name: 'Juneteenth', observed: false }, // Sat
  { date: '2027-07-04', name: 'Independence Day', observed: false }, // Sun
  { date: '2027-07-05', name: 'Independence Day', observed: true }, // Mon after Sun Jul 4
  { date: '2027-09-06', name: 'Labor Day', observed: false }, // 1st Mon
  { date: '2027-10-18', name: 'Alaska Day', observed: false }, // Mon
  { date: '2027-11-11', name: 'Veterans Day', observed: false }, // Thu
  { date: '2027-11-25', name: 'Thanksgiving Day', observed: false }, // 4th Thu
  { date: '2027-12-24', name: 'Christmas Day', observed: true }, // Fri before Sat Dec 25
  { date: '2027-12-25', name: 'Christmas Day', observed: false }, // Sat
  { date: '2027-12-31', name: "New Year's Day", observed: true }, // Fri before Sat Jan 1 2028
];

describe('Alaska state holidays (AS 44.12.010, AS 44.12.020)', () => {
  it('lists every 2026 holiday with its observed substitute day', () => {
    expect(stateHolidays(2026)).toEqual(HOLIDAYS_2026);
  });

  it('lists every 2027 holiday, including New Year 2028 observed on Friday Dec 31 2027', () => {
    expect(stateHolidays(2027)).toEqual(HOLIDAYS_2027);
  });

  it("leaves New Year's Day 2028 (a Saturday) in 2028 without pulling Dec 31 2027 into it", () => {
    const holidays2028 = stateHolidays(2028);
    expect(holidays2028[0]).toEqual({ date: '2028-01-01', name: "New Year's Day", observed: false });
    expect(holidays2028.map((h) => h.date)).not.toContain('2027-12-31');
  });

  it('closes both Sunday Alaska Day 2026 and the Monday after it', () => {
    const calendar = new AlaskaCalendar();
    expect(calendar.isBusinessDay('2026-10-16')).toBe(true); // Fri
    expect(calendar.isBusinessDay('2026-10-19')).toBe(false); // Mon, observed
    expect(calendar.isBusinessDay('2026-10-20')).toBe(true); // Tue
  });

  it('closes the Friday before a Saturday holiday and opens the Monday after it', () => {
    const calendar = new AlaskaCalendar();
    expect(calendar.isBusinessDay('2026-07-03')).toBe(false); // Independence Day observed
    expect(calendar.isBusinessDay('2026-07-06')).toBe(true);
    expect(calendar.isBusinessDay('2027-06-18')).toBe(false); // Juneteenth observed
    expect(calendar.isBusinessDay('2027-06-21')).toBe(true);
  });

  it('treats every weekday holiday and observed day of 2026 and 2027 as a non-business day', () => {
    const calendar = new AlaskaCalendar();
    for (const { date } of [...HOLIDAYS_2026, ...HOLIDAYS_2027]) {
      expect([date, calendar.isBusinessDay(date)]).toEqual([date, false]);
    }
  });

  it.each([
    ['2026-10-12', 'Columbus / Indigenous Peoples’ Day 2026 (2nd Mon Oct)'],
    ['2027-10-11', 'Columbus / Indigenous Peoples’ Day 2027 (2nd Mon Oct)'],
    ['2026-11-27', 'day after Thanksgiving 2026'],
    ['2027-11-26', 'day after Thanksgiving 2027'],
    ['2026-12-24', 'Christmas Eve 2026 (Thu; Christmas falls on a Friday)'],
    ['2026-12-31', "New Year's Eve 2026 (Thu; New Year 2027 falls on a Friday)"],
    ['2026-01-02', "day after New Year's Day 2026"],
  ])('keeps offices open on %s, %s', (date) => {
    expect(new AlaskaCalendar().isBusinessDay(date)).toBe(true);
    expect(stateHolidays(Number(date.slice(0, 4))).map((h) => h.date)).not.toContain(date);
  });

  it('treats Christmas Eve 2027 as closed only because it is the observed Christmas', () => {
    expect(stateHolidays(2027)).toContainEqual({ date: '2027-12-24', name: 'Christmas Day', observed: true });
  });

  it('treats Saturdays and Sundays as non-business days', () => {
    const calendar = new AlaskaCalendar();
    expect(calendar.isBusinessDay('2026-03-07')).toBe(false); // Sat
    expect(calendar.isBusinessDay('2026-03-08')).toBe(false); // Sun
    expect(calendar.isBusinessDay('2026-03-09')).toBe(true); // Mon
  });

  it('returns copies, so a caller cannot corrupt the cached holiday list', () => {
    const calendar = new AlaskaCalendar();
    calendar.holidays(2026)[0].date = '1999-01-01';
    calendar.holidays(2026).pop();
    expect(calendar.holidays(2026)).toEqual(HOLIDAYS_2026);
  });
});

describe('counting business days (AS 01.10.080: exclude the first day, include the last)', () => {
  const calendar = new AlaskaCalendar();

  it('does not count the referral day itself: contact within 1 business day of a Tuesday referral is Wednesday (ENG-1)', () => {
    expect(calendar.addBusinessDays('2026-03-03', 1)).toBe('2026-03-04');
  });

  it('counts across a weekend: Friday + 1 business day is the next Monday', () => {
    expect(calendar.addBusinessDays('2026-03-06', 1)).toBe('2026-03-09');
  });

  it('counts across a weekend and a Monday holiday: Friday before Alaska Day observed + 1 is Tuesday', () => {
    expect(calendar.addBusinessDays('2026-10-16', 1)).toBe('2026-10-20');
  });

  it('counts a referral made on a Saturday from the following business days', () => {
    expect(calendar.addBusinessDays('2026-03-07', 1)).toBe('2026-03-09');
  });

  it('counts across Thanksgiving week: Wed Nov 25 2026 + 3 is Tue Dec 1 (Fri Nov 27 is a business day)', () => {
    // Nov 26 holiday, Nov 27 (1), Nov 28-29 weekend, Nov 30 (2), Dec 1 (3)
    expect(calendar.addBusinessDays('2026-11-25', 3)).toBe('2026-12-01');
  });

  it('counts across Christmas 2026 and New Year 2027: Wed Dec 23 2026 + 5 is Tue Jan 5 2027', () => {
    // Dec 24 (1), Dec 25 holiday, weekend, Dec 28 (2), 29 (3), 30 (4), 31 (5)
    expect(calendar.addBusinessDays('2026-12-23', 5)).toBe('2026-12-31');
    // Dec 31 2026 + 1 skips Fri Jan 1 2027 and the weekend
    expect(calendar.addBusinessDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(calendar.addBusinessDays('2026-12-23', 6)).toBe('2027-01-04');
  });

  it('counts across Christmas 2027 and New Year 2028, both observed on Fridays', () => {
    // Thu Dec 23 2027 + 1: Fri Dec 24 observed Christmas, weekend, Mon Dec 27
    expect(calendar.addBusinessDays('2027-12-23', 1)).toBe('2027-12-27');
    // Thu Dec 30 2027 + 1: Fri Dec 31 observed New Year, weekend, Mon Jan 3 2028
    expect(calendar.addBusinessDays('2027-12-30', 1)).toBe('2028-01-03');
  });

  it('with 0 days keeps a business day and moves a non-business day to the next business day', () => {
    expect(calendar.addBusinessDays('2026-03-04', 0)).toBe('2026-03-04');
    expect(calendar.addBusinessDays('2026-07-03', 0)).toBe('2026-07-06');
  });

  it('rejects a negative or fractional number of business days', () => {
    expect(() => calendar.addBusinessDays('2026-03-04', -1)).toThrow(RangeError);
    expect(() => calendar.addBusinessDays('2026-03-04', 1.5)).toThrow(RangeError);
    expect(() => calendar.addBusinessDays('2026-03-04', Number.NaN)).toThrow(RangeError);
  });

  it('rejects a date that is not a real calendar day', () => {
    expect(() => calendar.addBusinessDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => calendar.isBusinessDay('03/04/2026')).toThrow(RangeError);
  });

  it('finds the next business day on or after a date', () => {
    expect(calendar.nextBusinessDayOnOrAfter('2026-03-04')).toBe('2026-03-04');
    expect(calendar.nextBusinessDayOnOrAfter('2026-10-17')).toBe('2026-10-20'); // Sat, Sun holiday, Mon observed
    expect(calendar.nextBusinessDayOnOrAfter('2027-12-24')).toBe('2027-12-27');
  });

  it('counts business days in (from, to], excluding the first day and including the last', () => {
    expect(calendar.businessDaysBetween('2026-03-02', '2026-03-06')).toBe(4); // Tue-Fri
    expect(calendar.businessDaysBetween('2026-03-06', '2026-03-09')).toBe(1); // Mon only
    expect(calendar.businessDaysBetween('2026-11-25', '2026-11-30')).toBe(2); // Fri 27, Mon 30
    expect(calendar.businessDaysBetween('2026-12-23', '2027-01-04')).toBe(6);
  });

  it('counts 0 business days when the end is not after the start', () => {
    expect(calendar.businessDaysBetween('2026-03-04', '2026-03-04')).toBe(0);
    expect(calendar.businessDaysBetween('2026-03-04', '2026-03-02')).toBe(0);
    expect(calendar.businessDaysBetween('2026-03-06', '2026-03-08')).toBe(0); // only a weekend
  });
});

describe('calendar-day deadlines (AS 01.10.080: a deadline on a non-business day moves forward)', () => {
  const calendar = new AlaskaCalendar();

  it('keeps a 30-day EA/FSSP deadline that lands on a business day (ENG-3)', () => {
    expect(calendar.deadlineAfterCalendarDays('2026-03-02', 30)).toBe('2026-04-01'); // Wed
  });

  it('moves a deadline that lands on a Sunday to Monday', () => {
    expect(calendar.deadlineAfterCalendarDays('2026-02-06', 30)).toBe('2026-03-09'); // Mar 8 is Sun
  });

  it('moves a deadline that lands on a Saturday holiday past the observed Friday to Monday', () => {
    expect(calendar.deadlineAfterCalendarDays('2026-06-04', 30)).toBe('2026-07-06'); // Jul 4 Sat
  });

  it('moves a deadline that lands on a weekday holiday to the next business day', () => {
    expect(calendar.deadlineAfterCalendarDays('2026-10-27', 30)).toBe('2026-11-27'); // Thanksgiving Nov 26
    expect(calendar.deadlineAfterCalendarDays('2026-09-19', 30)).toBe('2026-10-20'); // Mon Oct 19 observed
  });

  it('moves a deadline that lands on an observed Friday substitute', () => {
    expect(calendar.deadlineAfterCalendarDays('2026-06-03', 30)).toBe('2026-07-06'); // Fri Jul 3 observed
  });

  it('rejects a negative number of calendar days', () => {
    expect(() => calendar.deadlineAfterCalendarDays('2026-03-02', -30)).toThrow(RangeError);
  });
});

describe('counting from the Alaska date of a timestamp (America/Anchorage, never UTC)', () => {
  it('counts 1 business day from the Alaska date of a late Friday-evening referral', () => {
    // 2026-03-07T05:00Z is Fri Mar 6 20:00 AKST: the reply is due Monday, not Tuesday
    const calendar = new AlaskaCalendar();
    expect(calendar.addBusinessDays(alaskaDateOf(new Date('2026-03-07T05:00:00Z')), 1)).toBe('2026-03-09');
  });
});
