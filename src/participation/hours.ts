/**
 * Integer hour arithmetic for participation.
 *
 * Hours are integer hundredths of an hour ("centi-hours"): 86.6 h = 8660. All comparisons are
 * done on integers; floats appear only when converting for display.
 *
 * DOMAIN.md (Federal work participation rate): "Monthly hours are compared as hours / 4.33
 * against the weekly figure, without rounding." With monthly centi-hours `c` and a weekly figure
 * `w` in whole hours: c/100 / 4.33 >= w  <=>  c >= w * 433. So 30 h/week needs 12990 centi-hours
 * (129.90 h) in the month, and 129.89 h is short.
 */

/** 4.33 weeks per month, in hundredths. */
export const WEEKS_PER_MONTH_HUNDREDTHS = 433;

/** Centi-hours in one hour. */
export const CENTI_PER_HOUR = 100;

/**
 * Throws unless `value` is a non-negative safe integer (a valid centi-hour amount).
 *
 * @example
 * assertCentiHours(8660, 'actual'); // ok
 * assertCentiHours(86.6, 'actual'); // throws RangeError
 */
export function assertCentiHours(value: number, label = 'centiHours'): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a non-negative integer number of centi-hours, got ${String(value)}`);
  }
}

/**
 * Monthly centi-hours needed to average `weeklyHours` a week: `weeklyHours * 433`.
 *
 * @example
 * monthlyThresholdCentiHours(30); // 12990 (129.90 hours)
 * monthlyThresholdCentiHours(20); // 8660  (86.60 hours)
 */
export function monthlyThresholdCentiHours(weeklyHours: number): number {
  if (!Number.isSafeInteger(weeklyHours) || weeklyHours < 0) {
    throw new RangeError(`weeklyHours must be a non-negative integer, got ${String(weeklyHours)}`);
  }
  return weeklyHours * WEEKS_PER_MONTH_HUNDREDTHS;
}

/**
 * Whether monthly hours average at least `weeklyHours` a week (hours / 4.33 >= weekly, no rounding).
 *
 * @example
 * meetsWeeklyAverage(12990, 30); // true  (129.90 h)
 * meetsWeeklyAverage(12989, 30); // false (129.89 h)
 */
export function meetsWeeklyAverage(monthlyCentiHours: number, weeklyHours: number): boolean {
  assertCentiHours(monthlyCentiHours, 'monthlyCentiHours');
  return monthlyCentiHours >= monthlyThresholdCentiHours(weeklyHours);
}

/**
 * Shortfall in centi-hours against a weekly average (0 when met).
 *
 * @example
 * shortfallCentiHours(12000, 30); // 990 (9.90 more hours)
 */
export function shortfallCentiHours(monthlyCentiHours: number, weeklyHours: number): number {
  return Math.max(0, monthlyThresholdCentiHours(weeklyHours) - monthlyCentiHours);
}

/**
 * Converts decimal hours to centi-hours. A string is parsed exactly ("86.6" -> 8660, at most two
 * decimals); a number is rounded to the nearest hundredth (for values typed by people, which
 * never carry more than two decimals).
 *
 * @example
 * hoursToCentiHours('129.9'); // 12990
 * hoursToCentiHours(86.6);    // 8660
 */
export function hoursToCentiHours(hours: number | string): number {
  if (typeof hours === 'string') {
    const m = /^\s*(\d+)(?:\.(\d{1,2}))?\s*$/.exec(hours);
    if (!m) throw new RangeError(`not a non-negative number of hours with at most 2 decimals: "${hours}"`);
    const whole = Number(m[1]);
    const frac = Number((m[2] ?? '').padEnd(2, '0'));
    const value = whole * CENTI_PER_HOUR + frac;
    assertCentiHours(value, 'hours');
    return value;
  }
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a non-negative finite number, got ${String(hours)}`);
  const value = Math.round(hours * CENTI_PER_HOUR);
  assertCentiHours(value, 'hours');
  return value;
}

/**
 * Centi-hours as a decimal number of hours, for display only (never compare the result).
 *
 * @example
 * centiHoursToHours(8660); // 86.6
 */
export function centiHoursToHours(centiHours: number): number {
  return centiHours / CENTI_PER_HOUR;
}

/**
 * Centi-hours formatted with two decimals, exactly.
 *
 * @example
 * formatCentiHours(12990); // "129.90"
 * formatCentiHours(5);     // "0.05"
 */
export function formatCentiHours(centiHours: number): string {
  if (!Number.isSafeInteger(centiHours)) throw new RangeError(`centiHours must be an integer, got ${String(centiHours)}`);
  const sign = centiHours < 0 ? '-' : '';
  const abs = Math.abs(centiHours);
  return `${sign}${Math.floor(abs / CENTI_PER_HOUR)}.${String(abs % CENTI_PER_HOUR).padStart(2, '0')}`;
}

/**
 * Weekly average of monthly hours (monthly / 4.33) in centi-hours, truncated toward zero, for
 * display only. Comparisons must use {@link meetsWeeklyAverage}.
 *
 * @example
 * weeklyAverageCentiHours(12990); // 3000 (30.00 h/week)
 * weeklyAverageCentiHours(12989); // 2999 (29.99 h/week, truncated)
 */
export function weeklyAverageCentiHours(monthlyCentiHours: number): number {
  assertCentiHours(monthlyCentiHours, 'monthlyCentiHours');
  return Math.floor((monthlyCentiHours * CENTI_PER_HOUR) / WEEKS_PER_MONTH_HUNDREDTHS);
}

/**
 * Sum of centi-hour amounts.
 *
 * @example
 * sumCentiHours([3000, 2500]); // 5500
 */
export function sumCentiHours(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
