import {
  formatCentiHours,
  hoursToCentiHours,
  centiHoursToHours,
  meetsWeeklyAverage,
  monthlyThresholdCentiHours,
  shortfallCentiHours,
  weeklyAverageCentiHours,
  assertCentiHours,
  ageInCompletedMonths,
} from '../../../src/participation';

describe('integer hour arithmetic: monthly hours / 4.33 >= weekly figure, no rounding (DOMAIN.md)', () => {
  test('30 h/week: 129.90 h in the month meets it, 129.89 h does not', () => {
    expect(monthlyThresholdCentiHours(30)).toBe(12990);
    expect(meetsWeeklyAverage(12990, 30)).toBe(true);
    expect(meetsWeeklyAverage(12989, 30)).toBe(false);
  });

  test('20 h/week: 86.60 h meets it, 86.59 h does not', () => {
    expect(monthlyThresholdCentiHours(20)).toBe(8660);
    expect(meetsWeeklyAverage(8660, 20)).toBe(true);
    expect(meetsWeeklyAverage(8659, 20)).toBe(false);
  });

  test('35, 30, 55 and 50 h/week thresholds', () => {
    expect(monthlyThresholdCentiHours(35)).toBe(15155);
    expect(monthlyThresholdCentiHours(55)).toBe(23815);
    expect(monthlyThresholdCentiHours(50)).toBe(21650);
  });

  test('shortfall in centi-hours', () => {
    expect(shortfallCentiHours(12000, 30)).toBe(990);
    expect(shortfallCentiHours(13000, 30)).toBe(0);
  });

  test('conversions for display are exact', () => {
    expect(hoursToCentiHours('86.6')).toBe(8660);
    expect(hoursToCentiHours('129.89')).toBe(12989);
    expect(hoursToCentiHours('16')).toBe(1600);
    expect(hoursToCentiHours(86.6)).toBe(8660);
    expect(hoursToCentiHours(0.29)).toBe(29);
    expect(() => hoursToCentiHours('1.234')).toThrow(RangeError);
    expect(() => hoursToCentiHours(-1)).toThrow(RangeError);
    expect(formatCentiHours(12990)).toBe('129.90');
    expect(formatCentiHours(5)).toBe('0.05');
    expect(formatCentiHours(-150)).toBe('-1.50');
    expect(centiHoursToHours(8660)).toBe(86.6);
    expect(weeklyAverageCentiHours(12990)).toBe(3000);
    expect(weeklyAverageCentiHours(12989)).toBe(2999);
  });

  test('centi-hours must be non-negative integers', () => {
    expect(() => assertCentiHours(86.6)).toThrow(RangeError);
    expect(() => assertCentiHours(-1)).toThrow(RangeError);
    expect(() => monthlyThresholdCentiHours(2.5)).toThrow(RangeError);
    expect(() => meetsWeeklyAverage(1.5, 30)).toThrow(RangeError);
  });
});

describe('youngest child age in completed months (for the under-6 and under-12-months tests)', () => {
  test('a child born 2019-03-15 is 71 months on 2025-03-01 (under 6); born 2019-03-01 is 72 (6 years)', () => {
    expect(ageInCompletedMonths('2019-03-15', '2025-03-01')).toBe(71);
    expect(ageInCompletedMonths('2019-03-01', '2025-03-01')).toBe(72);
    expect(ageInCompletedMonths('2024-04-30', '2025-03-31')).toBe(11);
    expect(ageInCompletedMonths('2024-03-31', '2025-03-31')).toBe(12);
    expect(() => ageInCompletedMonths('2025-04-01', '2025-03-01')).toThrow(RangeError);
    expect(() => ageInCompletedMonths('2025-02-30', '2025-03-01')).toThrow(RangeError);
  });
});
