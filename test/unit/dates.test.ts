import {
  addDays, addMonths, addMonthsToMonth, dayNumberOf, earliest, FIRST_DATE, FIRST_YEAR, firstDayOf, fromDayNumber, isMonth, isPlainDate, isWeekdayDay, LAST_DATE, LAST_YEAR, lastDayOf, lastFullMonth, laterOf, mondayOnOrBefore, monthDays, monthOf, monthRange, requireDayNumber, weekdayOf, weekdayOfDay,
} from '../../src/dates';

// Expected values below were worked out by hand from a printed calendar (and day numbers with an
// independent date library); none is produced by the code under test.

describe('the one supported range (FIRST_YEAR..LAST_YEAR)', () => {
  it('is 1900-01-01..2100-12-31', () => {
    expect([FIRST_YEAR, LAST_YEAR, FIRST_DATE, LAST_DATE]).toEqual([1900, 2100, '1900-01-01', '2100-12-31']);
  });

  it.each([
    ['1900-01-01', true],
    ['1899-12-31', false], // the tz database gives Anchorage a pre-1867 Russian offset before 1900
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['0050-01-01', false],
  ])('isPlainDate(%j) is %s at the edges of the range', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
  });

  it.each([
    ['1900-01', true],
    ['1899-12', false],
    ['2100-12', true],
    ['2101-01', false],
    ['2026-10', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['2026-01-01', false],
    ['', false],
  ])('isMonth(%j) is %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });
});

describe('strict plain dates (YYYY-MM-DD naming a real day)', () => {
  it.each([
    ['2026-03-02', true],
    ['2028-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2100-02-29', false], // divisible by 100, not 400: not leap
    ['2027-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-3-2', false],
    ['2026-03-02T00:00:00Z', false],
    [' 2026-03-02', false],
    ['', false],
  ])('isPlainDate(%j) is %s', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
  });
});

describe('addDays', () => {
  it('moves across month and year ends, both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01'); // 2028 is a leap year
    expect(addDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('knows February of leap and common years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('is not shifted by the daylight-time changes (plain dates have no time zone)', () => {
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09'); // AKDT starts Sun Mar 8
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02'); // AKST returns Sun Nov 1
  });

  it('may step past LAST_DATE (a deadline counted from 2100-12-31 falls in 2101)', () => {
    expect(addDays(LAST_DATE, 1)).toBe('2101-01-01');
  });

  it('rejects a string that is not a real date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('03/02/2026', 1)).toThrow(RangeError);
  });
});

describe('addMonths (clamped to the last day of a shorter month)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2000-01-31', 1, '2000-02-29'], // leap (divisible by 400)
    ['2100-01-31', 1, '2100-02-28'], // not leap (divisible by 100)
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-07-10', 5, '2026-12-10'], // PEN-2 stage 2, 5 months after imposition
    ['2026-07-10', 8, '2027-03-10'],
    ['2026-03-02', 0, '2026-03-02'],
  ])('addMonths(%j, %i) is %j', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2027-02-28', -12, '2026-02-28'],
    ['2029-02-28', -12, '2028-02-28'],
  ])('moves back with negative months: addMonths(%j, %i) is %j', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects a string that is not a real date', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('weekdays, earliest and later dates', () => {
  it('names the day of the week, 0 = Sunday', () => {
    expect(weekdayOf('2026-03-01')).toBe(0); // Sun
    expect(weekdayOf('2026-03-02')).toBe(1); // Mon
    expect(weekdayOf('2100-12-31')).toBe(5); // Fri
    expect(() => weekdayOf('2026-02-30')).toThrow(RangeError);
  });

  it('picks the earliest present date, or null (PEN-3)', () => {
    expect(earliest('2026-05-02', null, '2026-04-30', undefined)).toBe('2026-04-30');
    expect(earliest(null, undefined)).toBeNull();
    expect(earliest()).toBeNull();
  });

  it('picks the later of two dates', () => {
    expect(laterOf('2026-05-02', '2026-04-30')).toBe('2026-05-02');
    expect(laterOf('2026-04-30', '2026-05-02')).toBe('2026-05-02');
  });
});

describe('months', () => {
  it('moves a month by whole months, negative included, across years', () => {
    expect(addMonthsToMonth('2026-11', 3)).toBe('2027-02');
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12');
    expect(addMonthsToMonth('2026-01', -13)).toBe('2024-12');
    expect(addMonthsToMonth('2026-06', 0)).toBe('2026-06');
  });

  it('gives a month of a date, its first and last days', () => {
    expect(monthOf('2026-03-02')).toBe('2026-03');
    expect(firstDayOf('2026-03')).toBe('2026-03-01');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2027-02')).toBe('2027-02-28');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('lists a range of months, empty when it runs backwards', () => {
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthRange('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthRange('2026-03', '2026-02')).toEqual([]);
  });

  it('takes only the months a period covered through their last day', () => {
    expect(lastFullMonth('2026-05-31', '2026-08-10')).toBe('2026-05');
    expect(lastFullMonth('2026-05-30', '2026-08-10')).toBe('2026-04');
    expect(lastFullMonth(null, '2026-08-10')).toBe('2026-08');
    expect(lastFullMonth('2026-12-31', '2026-08-10')).toBe('2026-08');
  });
});

describe('monthDays', () => {
  it('gives the first and last days as dates and as day numbers', () => {
    expect(monthDays('1970-01')).toEqual({ first: 0, last: 30, firstDate: '1970-01-01', lastDate: '1970-01-31' });
    const feb2026 = monthDays('2026-02');
    expect([feb2026.firstDate, feb2026.lastDate, feb2026.last - feb2026.first + 1]).toEqual(['2026-02-01', '2026-02-28', 28]);
    const feb2028 = monthDays('2028-02');
    expect([feb2028.lastDate, feb2028.last - feb2028.first + 1]).toEqual(['2028-02-29', 29]);
    expect(monthDays('2026-03').first).toBe(20513); // 2026-03-01
    expect(monthDays('2100-12').lastDate).toBe(LAST_DATE);
  });

  it('is memoized and frozen, so a caller cannot corrupt the shared answer', () => {
    const days = monthDays('2026-07');
    expect(monthDays('2026-07')).toBe(days);
    expect(Object.isFrozen(days)).toBe(true);
  });

  it.each(['2026-13', '2026-2', '2026-02-01', '1899-12', '2101-01', ''])('throws on %j, which is not a supported month', (value) => {
    expect(() => monthDays(value)).toThrow(RangeError);
  });
});

describe('day numbers (days since 1970-01-01)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-03-02', 20514],
    ['1900-01-01', -25567],
    ['2100-12-31', 47846],
  ])('dayNumberOf(%j) is %i and fromDayNumber goes back', (date, n) => {
    expect(dayNumberOf(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-3-2', '2026-03-02T00:00:00Z', 'not a date', ''])(
    'dayNumberOf(%j) is null, twice (the memo keeps the answer)',
    (value) => {
      expect(dayNumberOf(value)).toBeNull();
      expect(dayNumberOf(value)).toBeNull();
    },
  );

  it('requireDayNumber throws on a date that names no day', () => {
    expect(requireDayNumber('2026-03-02')).toBe(20514);
    expect(() => requireDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('names weekdays and Mondays of day numbers (1970-01-01 was a Thursday)', () => {
    expect(weekdayOfDay(0)).toBe(4);
    expect(weekdayOfDay(-1)).toBe(3);
    expect(weekdayOfDay(20514)).toBe(1); // Mon 2026-03-02
    expect(isWeekdayDay(20514)).toBe(true);
    expect(isWeekdayDay(20513)).toBe(false); // Sun 2026-03-01
    expect(mondayOnOrBefore(0)).toBe(-3); // Mon 1969-12-29
    expect(mondayOnOrBefore(20514)).toBe(20514);
    expect(mondayOnOrBefore(20513)).toBe(20514 - 7);
  });
});
