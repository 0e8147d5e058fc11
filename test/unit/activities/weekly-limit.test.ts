import { MAX_SCHEDULED_CENTI_HOURS_PER_WEEK, peakScheduledCentiHours, weeklyLimitViolation, type ScheduledAssignment } from '../../../src/activities';

const a = (weeklyCentiHours: number, startDate: string, endDate: string | null = null): ScheduledAssignment => ({ weeklyCentiHours, startDate, endDate });

describe('AS 47.27.035: a person\'s assignments in force together are at most 40 hours a week', () => {
  test('the limit is 40.00 hours', () => {
    expect(MAX_SCHEDULED_CENTI_HOURS_PER_WEEK).toBe(4000);
  });

  test('25 h + 15 h in force together is exactly 40 h: allowed', () => {
    expect(weeklyLimitViolation(a(1500, '2026-11-01'), [a(2500, '2026-09-01')])).toBeNull();
  });

  test('25 h + 15.01 h is 40.01 h: refused, naming the total', () => {
    expect(weeklyLimitViolation(a(1501, '2026-11-01'), [a(2500, '2026-09-01')])).toEqual({
      field: 'scheduledHoursPerWeek',
      constraint: 'max',
      message: 'With the assignments already in force this would schedule 40.01 hours a week; work activity assignments are at most 40 hours a week (AS 47.27.035)',
    });
  });

  test('an assignment that ended the day before the new one starts does not count', () => {
    expect(weeklyLimitViolation(a(2000, '2026-11-01'), [a(3000, '2026-09-01', '2026-10-31')])).toBeNull();
  });

  test('an assignment ending on the new one\'s first day still counts for that day', () => {
    expect(peakScheduledCentiHours(a(2000, '2026-11-01'), [a(3000, '2026-09-01', '2026-11-01')])).toBe(5000);
  });

  test('an assignment that starts after the new one ends does not count', () => {
    expect(weeklyLimitViolation(a(2000, '2026-11-01', '2026-11-30'), [a(3000, '2026-12-01')])).toBeNull();
  });

  test('an open-ended new assignment meets every later assignment', () => {
    expect(peakScheduledCentiHours(a(2000, '2026-11-01'), [a(3000, '2027-06-01', '2027-06-30')])).toBe(5000);
  });

  test('the peak is on the day the most are in force, not the sum of everything overlapping', () => {
    // Over weeks: 20 h Oct 5-18, 20 h Oct 19-Nov 1, never together; the new 10 h Oct 1-Nov 30 meets each alone.
    const others = [a(2000, '2026-10-05', '2026-10-18'), a(2000, '2026-10-19', '2026-11-01')];
    expect(peakScheduledCentiHours(a(1000, '2026-10-01', '2026-11-30'), others)).toBe(3000);
    expect(weeklyLimitViolation(a(1000, '2026-10-01', '2026-11-30'), others)).toBeNull();
    // But when the two overlap by one day (Oct 18), 10 + 20 + 20 = 50 h are in force that day.
    const touching = [a(2000, '2026-10-05', '2026-10-18'), a(2000, '2026-10-18', '2026-11-01')];
    expect(peakScheduledCentiHours(a(1000, '2026-10-01', '2026-11-30'), touching)).toBe(5000);
    expect(weeklyLimitViolation(a(1000, '2026-10-01', '2026-11-30'), touching)?.message).toMatch(/50\.00 hours a week/);
  });

  test('others that started before the new one and are still in force count from its first day', () => {
    expect(peakScheduledCentiHours(a(500, '2026-11-15'), [a(1000, '2026-09-01'), a(2000, '2026-10-01', '2026-12-31'), a(1000, '2026-11-20')])).toBe(4500);
  });

  test('with no other assignment the peak is the assignment\'s own schedule', () => {
    expect(peakScheduledCentiHours(a(4000, '2026-11-01'), [])).toBe(4000);
    expect(weeklyLimitViolation(a(4000, '2026-11-01'), [])).toBeNull();
  });
});
