import type { WeeklyActivityEntry } from '../../../../src/participation';
import { scheduledInPart, secondarySchoolAttendanceSatisfactory, toWeeklyEntry } from '../../../../src/participation/facts';
import { assignment, week } from './rows';

describe('stored entries as weekly entries (DOMAIN.md "Only actual, verified hours count")', () => {
  test('a week straddling two months is scheduled for the weekdays of the entry\'s month only', () => {
    // Monday 2026-09-28: Mon-Wed are September's, Thu 1 and Fri 2 October's.
    expect(toWeeklyEntry(week('2026-10', '2026-09-28', 1000))).toEqual({
      weekStart: '2026-09-28', activity: 'WORK_EXPERIENCE', actualCentiHours: 1000, scheduledCentiHours: 1200,
      excusedCentiHours: 0, holidays: [], justificationPresent: false,
    });
    expect(toWeeklyEntry(week('2026-09', '2026-09-28', 1500))?.scheduledCentiHours).toBe(1800);
  });

  test('an assignment that ends or starts mid-week is scheduled for its own weekdays', () => {
    const ending = assignment({ endDate: '2026-10-14' }); // Wednesday
    const starting = assignment({ id: 'asg-2', startDate: '2026-10-15', scheduledCentiHoursPerWeek: 2500 }); // Thursday
    expect(toWeeklyEntry(week('2026-10', '2026-10-12', 1800, {}, ending))?.scheduledCentiHours).toBe(1800);
    expect(toWeeklyEntry(week('2026-10', '2026-10-12', 900, {}, starting))?.scheduledCentiHours).toBe(1000);
    expect(scheduledInPart(3333, 1)).toBe(666); // rounded down
  });

  test('holiday hours carry their date; excused hours and the WV-2 justification pass through', () => {
    const jsjr = assignment({ id: 'asg-j', activityType: 'JOB_SEARCH_JOB_READINESS', scheduledCentiHoursPerWeek: 1000 });
    expect(toWeeklyEntry(week('2026-10', '2026-10-19', 600, { holidayCentiHours: 200, holidayDate: '2026-10-19', excusedCentiHours: 100, justified: true }, jsjr)))
      .toEqual({
        weekStart: '2026-10-19', activity: 'JOB_SEARCH_JOB_READINESS', actualCentiHours: 600, scheduledCentiHours: 1000,
        excusedCentiHours: 100, holidays: [{ date: '2026-10-19', centiHours: 200 }], justificationPresent: true,
      });
    expect(toWeeklyEntry(week('2026-10', '2026-10-19', 600, { holidayCentiHours: 200, holidayDate: null }))?.holidays).toEqual([]);
  });

  test('an activity outside the twelve federal categories is no weekly entry', () => {
    const legacy = assignment({ activityType: 'ORIENTATION' as unknown as 'WORK_EXPERIENCE' });
    expect(toWeeklyEntry(week('2026-10', '2026-10-05', 1000, {}, legacy))).toBeNull();
  });
});

describe('teen deeming attendance (45 CFR 261.35; 42 USC 607(c)(2)(C)): actual hours only (45 CFR 261.60(a))', () => {
  const school = (weekStart: string, actualCentiHours: number, scheduledCentiHours: number, excusedCentiHours = 0): WeeklyActivityEntry => ({
    weekStart, activity: 'SECONDARY_SCHOOL_OR_GED', actualCentiHours, scheduledCentiHours, excusedCentiHours,
  });

  test('excused hours do not attend: 16 h attended and 4 h excused of 20 h scheduled is not satisfactory', () => {
    expect(secondarySchoolAttendanceSatisfactory([school('2026-10-05', 1600, 2000, 400)])).toBe(false);
    expect(secondarySchoolAttendanceSatisfactory([school('2026-10-05', 2000, 2000, 0)])).toBe(true);
  });

  test('the weeks entered are taken together; other activities do not attend school', () => {
    expect(secondarySchoolAttendanceSatisfactory([school('2026-10-05', 2500, 2000), school('2026-10-12', 1500, 2000)])).toBe(true);
    expect(secondarySchoolAttendanceSatisfactory([school('2026-10-05', 2000, 2000), school('2026-10-12', 1500, 2000)])).toBe(false);
    expect(secondarySchoolAttendanceSatisfactory([
      school('2026-10-05', 1500, 2000), { weekStart: '2026-10-05', activity: 'WORK_EXPERIENCE', actualCentiHours: 3000, scheduledCentiHours: 3000 },
    ])).toBe(false);
  });

  test('no school entered, or nothing scheduled, is not satisfactory attendance', () => {
    expect(secondarySchoolAttendanceSatisfactory([])).toBe(false);
    expect(secondarySchoolAttendanceSatisfactory([school('2026-10-05', 500, 0)])).toBe(false);
  });
});
