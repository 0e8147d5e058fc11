import { endAssignmentViolation, hoursAfterEndViolation, secondParentViolation, validateAssignmentRequest } from '../../../src/activities';

describe('an assignment request (45 CFR 261.30; AS 47.27.035)', () => {
  const request = { activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 25, startDate: '2026-09-01' };

  test('answers the activity and the schedule in exact centi-hours', () => {
    expect(validateAssignmentRequest({ ...request, scheduledHoursPerWeek: 10.5 })).toEqual({ ok: true, value: { activity: 'WORK_EXPERIENCE', weeklyCentiHours: 1050 } });
  });

  test('refuses an activity that is not one of the 12 federal categories', () => {
    expect(validateAssignmentRequest({ ...request, activity: 'CWE' })).toEqual({
      ok: false, violation: { field: 'activity', constraint: 'isEnum', message: 'CWE is not a federal activity type (45 CFR 261.30)' },
    });
  });

  test('40 hours a week is allowed; 40.01 is refused (AS 47.27.035)', () => {
    expect(validateAssignmentRequest({ ...request, scheduledHoursPerWeek: 40 }).ok).toBe(true);
    expect(validateAssignmentRequest({ ...request, scheduledHoursPerWeek: 40.01 })).toMatchObject({
      ok: false, violation: { field: 'scheduledHoursPerWeek', constraint: 'max', message: expect.stringMatching(/at most 40 .*AS 47\.27\.035/) },
    });
  });

  test('refuses more than 2 decimals rather than rounding', () => {
    expect(validateAssignmentRequest({ ...request, scheduledHoursPerWeek: 10.555 })).toMatchObject({
      ok: false, violation: { field: 'scheduledHoursPerWeek', constraint: 'isCentiHourPrecision' },
    });
  });

  test('refuses an end before the start; the start day itself is a valid end', () => {
    expect(validateAssignmentRequest({ ...request, endDate: '2026-08-31' })).toMatchObject({ ok: false, violation: { field: 'endDate', constraint: 'isOnOrAfter' } });
    expect(validateAssignmentRequest({ ...request, endDate: '2026-09-01' }).ok).toBe(true);
  });
});

describe('the second parent of a two-parent family', () => {
  test('a spouse or partner may carry an assignment', () => {
    expect(secondParentViolation('SPOUSE')).toBeNull();
    expect(secondParentViolation('PARTNER')).toBeNull();
  });

  test('a child, or someone not of the client\'s household, may not', () => {
    expect(secondParentViolation('CHILD')).toMatchObject({ field: 'householdMemberId', constraint: 'isSecondParent' });
    expect(secondParentViolation(null)).toMatchObject({ field: 'householdMemberId', constraint: 'isSecondParent' });
  });
});

describe('ending an assignment only shortens it (AS 47.27.035)', () => {
  const assignment = { startDate: '2026-11-01', endDate: '2026-11-15' };

  test('an earlier end, or the same end, is accepted', () => {
    expect(endAssignmentViolation(assignment, '2026-11-08')).toBeNull();
    expect(endAssignmentViolation(assignment, '2026-11-15')).toBeNull();
  });

  test('a later end would escape the 40-hour check: refused', () => {
    expect(endAssignmentViolation(assignment, '2026-11-16')).toEqual({
      field: 'endDate', constraint: 'onlyShortens', message: 'The assignment already ends on 2026-11-15; assign a new activity to extend it',
    });
  });

  test('an open-ended assignment may end on any day from its start', () => {
    expect(endAssignmentViolation({ startDate: '2026-11-01', endDate: null }, '2030-01-01')).toBeNull();
    expect(endAssignmentViolation({ startDate: '2026-11-01', endDate: null }, '2026-10-31')).toMatchObject({ constraint: 'isOnOrAfter' });
  });

  test('hours entered for a week after the new end must be corrected first', () => {
    expect(hoursAfterEndViolation('2026-11-09', '2026-11-08')).toEqual({
      field: 'endDate', constraint: 'hoursAfterEnd', message: 'Hours are entered for the week of 2026-11-09, after 2026-11-08; correct them first',
    });
    expect(hoursAfterEndViolation(null, '2026-11-08')).toBeNull();
  });
});
