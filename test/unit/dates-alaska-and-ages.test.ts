import {
  ageInCompletedMonths, ageInYears, ALASKA_TIME_ZONE, alaskaDateOf, alaskaEndOfDay, alaskaStartOfDay,
} from '../../src/dates';

// Expected values below were worked out by hand from a printed calendar (and day numbers with an
// independent date library); none is produced by the code under test.

// Split from dates.test.ts: instants read in Alaska time, and ages.
describe('Alaska dates of instants (America/Anchorage, never UTC)', () => {
  it('uses the America/Anchorage time zone', () => {
    expect(ALASKA_TIME_ZONE).toBe('America/Anchorage');
  });

  it('dates a late-evening referral by the Alaska day, not the UTC day', () => {
    expect(alaskaDateOf(new Date('2026-03-03T06:30:00Z'))).toBe('2026-03-02'); // 21:30 AKST
    expect(alaskaDateOf('2026-03-03T06:30:00.000Z')).toBe('2026-03-02'); // an event's `at` string
  });

  it('turns the day at midnight AKST (UTC-9) in winter', () => {
    expect(alaskaDateOf(new Date('2026-01-15T08:59:59.999Z'))).toBe('2026-01-14'); // 23:59:59.999 AKST
    expect(alaskaDateOf(new Date('2026-01-15T09:00:00Z'))).toBe('2026-01-15'); // midnight AKST
  });

  it('turns the day at midnight AKDT (UTC-8) in summer', () => {
    expect(alaskaDateOf(new Date('2026-07-15T07:59:59Z'))).toBe('2026-07-14'); // 23:59:59 AKDT
    expect(alaskaDateOf(new Date('2026-07-15T08:00:00Z'))).toBe('2026-07-15'); // midnight AKDT
  });

  it('follows the start of daylight time (Sun Mar 8 2026, 02:00 AKST -> 03:00 AKDT)', () => {
    // Mar 8 begins on AKST, Mar 9 on AKDT
    expect(alaskaDateOf('2026-03-08T08:59:59Z')).toBe('2026-03-07');
    expect(alaskaDateOf('2026-03-08T09:00:00Z')).toBe('2026-03-08');
    expect(alaskaDateOf('2026-03-09T07:59:59Z')).toBe('2026-03-08');
    expect(alaskaDateOf('2026-03-09T08:00:00Z')).toBe('2026-03-09');
  });

  it('follows the end of daylight time (Sun Nov 1 2026, 02:00 AKDT -> 01:00 AKST)', () => {
    // Nov 1 begins on AKDT, Nov 2 on AKST
    expect(alaskaDateOf('2026-11-01T07:59:59Z')).toBe('2026-10-31');
    expect(alaskaDateOf('2026-11-01T08:00:00Z')).toBe('2026-11-01');
    expect(alaskaDateOf('2026-11-02T08:59:59Z')).toBe('2026-11-01');
    expect(alaskaDateOf('2026-11-02T09:00:00Z')).toBe('2026-11-02');
  });

  it('rejects an invalid instant', () => {
    expect(() => alaskaDateOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => alaskaDateOf('not a timestamp')).toThrow(RangeError);
  });

  it('starts an Alaska day at Anchorage midnight, in AKST and in AKDT', () => {
    expect(alaskaStartOfDay('2026-03-08').getTime()).toBe(Date.parse('2026-03-08T09:00:00.000Z'));
    expect(alaskaStartOfDay('2026-03-09').getTime()).toBe(Date.parse('2026-03-09T08:00:00.000Z'));
    expect(() => alaskaStartOfDay('2026-02-30')).toThrow(RangeError);
  });

  it('ends an Alaska day at 23:59:59.999 Anchorage time, in AKST and in AKDT', () => {
    expect(alaskaEndOfDay('2026-01-14').toISOString()).toBe('2026-01-15T08:59:59.999Z');
    expect(alaskaEndOfDay('2026-07-14').toISOString()).toBe('2026-07-15T07:59:59.999Z');
    // Daylight time starts Sun Mar 8 2026 at 02:00, so that day ends on AKDT
    expect(alaskaEndOfDay('2026-03-08').toISOString()).toBe('2026-03-09T07:59:59.999Z');
    // Daylight time ends Sun Nov 1 2026 at 02:00, so that day ends on AKST
    expect(alaskaEndOfDay('2026-11-01').toISOString()).toBe('2026-11-02T08:59:59.999Z');
  });

  it('returns a plain Date for close of business', () => {
    expect(alaskaEndOfDay('2026-01-14')).toBeInstanceOf(Date);
    expect(alaskaEndOfDay('2026-01-14').constructor).toBe(Date);
  });
});

describe('ages', () => {
  it.each([
    ['2019-03-15', '2025-03-01', 71], // under 6 on the first of the month
    ['2019-03-15', '2025-03-14', 71],
    ['2019-03-15', '2025-03-15', 72],
    ['2019-03-15', '2019-03-15', 0],
    ['2020-02-29', '2021-02-28', 11], // a leap-day birth completes its year on March 1
    ['2020-02-29', '2021-03-01', 12],
    ['2019-01-31', '2019-02-28', 0],
    ['2019-01-31', '2019-03-01', 1],
  ])('ageInCompletedMonths(%j, %j) is %i', (birth, on, expected) => {
    expect(ageInCompletedMonths(birth, on)).toBe(expected);
  });

  it('throws before the birth date or on an invalid date', () => {
    expect(() => ageInCompletedMonths('2019-03-15', '2019-03-14')).toThrow(RangeError);
    expect(() => ageInCompletedMonths('2019-02-30', '2025-03-01')).toThrow(RangeError);
    expect(() => ageInCompletedMonths('2019-03-15', '2025-3-1')).toThrow(RangeError);
  });

  it.each([
    ['2008-03-02', '2026-03-01', 17],
    ['2008-03-02', '2026-03-02', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2026-03-02', '2026-03-02', 0],
  ])('ageInYears(%j, %j) is %i', (birth, on, expected) => {
    expect(ageInYears(birth, on)).toBe(expected);
  });
});
