/**
 * Teen deeming attendance (45 CFR 261.35; 42 USC 607(c)(2)(C); DOMAIN.md "Teen deeming"). Pure.
 */
import type { WeeklyActivityEntry } from '../participation.types';

/**
 * Satisfactory attendance at secondary school or a GED course in the month: the month's
 * SECONDARY_SCHOOL_OR_GED entries exist, schedule hours, and their actual hours together are at
 * least their scheduled hours together, for the weeks entered (a week not entered is neither
 * attended nor missed). Only actual hours attend: excused and holiday hours do not
 * (45 CFR 261.60(a)). Whether the adult is under 20 and head of household or married is the
 * computation's test; this is only the attendance fact, taken before any projection.
 *
 * @example
 * // Scheduled 20 h, attended 16 h and excused 4 h: not satisfactory.
 * secondarySchoolAttendanceSatisfactory([{ weekStart: '2026-10-05', activity: 'SECONDARY_SCHOOL_OR_GED',
 *   actualCentiHours: 1600, scheduledCentiHours: 2000, excusedCentiHours: 400 }]) // false
 */
export function secondarySchoolAttendanceSatisfactory(activities: readonly WeeklyActivityEntry[]): boolean {
  let actual = 0;
  let scheduled = 0;
  let entered = false;
  for (const e of activities) {
    if (e.activity !== 'SECONDARY_SCHOOL_OR_GED') continue;
    entered = true;
    actual += e.actualCentiHours;
    scheduled += e.scheduledCentiHours ?? 0;
  }
  return entered && scheduled > 0 && actual >= scheduled;
}
