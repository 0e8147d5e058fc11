import {
  centiHoursOf, correctedHours, holidayAndJustificationViolation, holidayDateViolation, hoursEntryValues, justificationViolation,
  MAX_WEEKLY_CENTI_HOURS, monthWeekOf, replacedEntryOf, validateHoursEntry, weekInAssignmentViolation, type HoursEntryValues,
} from '../../../src/activities';

const values = (v: Partial<HoursEntryValues> = {}): HoursEntryValues => ({ actual: 0, excused: 0, holiday: 0, holidayDate: null, justification: null, ...v });

describe('hours are exact centi-hours, at most 168 a week', () => {
  test('2 decimals are exact; absent hours are 0', () => {
    expect(centiHoursOf(24.5, 'actualHours')).toEqual({ ok: true, value: 2450 });
    expect(centiHoursOf(0.01, 'actualHours')).toEqual({ ok: true, value: 1 });
    expect(centiHoursOf(null, 'excusedHours')).toEqual({ ok: true, value: 0 });
  });

  test('a third decimal or a negative value is refused, never rounded', () => {
    expect(centiHoursOf(20.555, 'actualHours')).toEqual({
      ok: false,
      violation: { field: 'actualHours', constraint: 'isCentiHourPrecision', message: 'actualHours must be a non-negative number of hours with at most 2 decimals, got 20.555' },
    });
    expect(centiHoursOf(-1, 'holidayHours')).toMatchObject({ ok: false, violation: { field: 'holidayHours', constraint: 'isCentiHourPrecision' } });
  });

  test('each amount is at most the 168 hours of a week', () => {
    expect(MAX_WEEKLY_CENTI_HOURS).toBe(16800);
    expect(hoursEntryValues({ actualHours: 168 }).ok).toBe(true);
    expect(hoursEntryValues({ actualHours: 168.01 })).toMatchObject({ ok: false, violation: { field: 'actualHours', constraint: 'max' } });
    expect(hoursEntryValues({ actualHours: 1, excusedHours: 169 })).toMatchObject({ ok: false, violation: { field: 'excusedHours', constraint: 'max' } });
  });

  test('actual + excused + holiday together are at most 168: 100 + 68 is, 100 + 68.01 is not', () => {
    expect(hoursEntryValues({ actualHours: 100, excusedHours: 68 }).ok).toBe(true);
    expect(hoursEntryValues({ actualHours: 100, excusedHours: 68.01 })).toMatchObject({ ok: false, violation: { field: 'actualHours', constraint: 'maxWeeklyTotal' } });
    expect(hoursEntryValues({ actualHours: 100, excusedHours: 60, holidayHours: 8.01 })).toMatchObject({ ok: false, violation: { constraint: 'maxWeeklyTotal' } });
  });

  test('the holiday date is kept only with holiday hours; a blank justification is none', () => {
    expect(hoursEntryValues({ actualHours: 10, holidayDate: '2026-10-19', justification: '   ' })).toEqual({
      ok: true, value: { actual: 1000, excused: 0, holiday: 0, holidayDate: null, justification: null },
    });
    expect(hoursEntryValues({ actualHours: 10, holidayHours: 8, holidayDate: '2026-10-19', justification: ' job club ' })).toEqual({
      ok: true, value: { actual: 1000, excused: 0, holiday: 800, holidayDate: '2026-10-19', justification: 'job club' },
    });
  });
});

describe('the week within the month', () => {
  const today = '2026-11-02';

  test('a week crossing into the month has the month\'s days only', () => {
    expect(monthWeekOf('2026-10', '2026-09-28', today)).toEqual({
      ok: true, value: { month: '2026-10', weekStart: '2026-09-28', partStart: '2026-10-01', partEnd: '2026-10-04' },
    });
    expect(monthWeekOf('2026-09', '2026-09-28', today)).toMatchObject({ ok: true, value: { partStart: '2026-09-28', partEnd: '2026-09-30' } });
  });

  test('a week starting 6 days before the month has a day in it; 7 days before has none', () => {
    expect(monthWeekOf('2026-10', '2026-09-25', today).ok).toBe(true);
    expect(monthWeekOf('2026-10', '2026-09-24', today)).toMatchObject({ ok: false, violation: { field: 'weekStart', constraint: 'weekInMonth' } });
  });

  test('a week starting after the month has no day in it', () => {
    expect(monthWeekOf('2026-10', '2026-11-01', today)).toEqual({
      ok: false, violation: { field: 'weekStart', constraint: 'weekInMonth', message: 'The week starting 2026-11-01 has no day in 2026-10' },
    });
  });

  test('a week that has not begun is refused, judged by the month\'s part of it', () => {
    expect(monthWeekOf('2026-11', '2026-11-02', today).ok).toBe(true);
    expect(monthWeekOf('2026-11', '2026-11-09', today)).toMatchObject({ ok: false, violation: { constraint: 'notFuture' } });
    // On Nov 30 the week of Nov 30 has begun in November, but its December days have not.
    expect(monthWeekOf('2026-11', '2026-11-30', '2026-11-30').ok).toBe(true);
    expect(monthWeekOf('2026-12', '2026-11-30', '2026-11-30')).toMatchObject({ ok: false, violation: { constraint: 'notFuture' } });
  });

  test('a weekStart that is no date is refused', () => {
    expect(monthWeekOf('2026-02', '2026-02-30', today)).toMatchObject({ ok: false, violation: { field: 'weekStart', constraint: 'isDate' } });
  });

  test('validateHoursEntry checks the month, then the hours, then the week', () => {
    expect(validateHoursEntry({ month: '2026-13', weekStart: '2026-11-01', actualHours: 20.555 }, today)).toMatchObject({ ok: false, violation: { field: 'month', constraint: 'matches' } });
    expect(validateHoursEntry({ month: '2026-10', weekStart: '2026-11-01', actualHours: 20.555 }, today)).toMatchObject({ ok: false, violation: { constraint: 'isCentiHourPrecision' } });
    expect(validateHoursEntry({ month: '2026-10', weekStart: '2026-11-01', actualHours: 20 }, today)).toMatchObject({ ok: false, violation: { constraint: 'weekInMonth' } });
    expect(validateHoursEntry({ month: '2026-10', weekStart: '2026-10-05', actualHours: 20 }, today)).toMatchObject({ ok: true, value: { values: { actual: 2000 }, week: { partEnd: '2026-10-11' } } });
  });

  test('the month\'s part of the week must meet the assignment', () => {
    const assignment = { startDate: '2026-11-01', endDate: '2026-11-08' };
    const week = (weekStart: string, partStart: string, partEnd: string) => ({ month: '2026-11', weekStart, partStart, partEnd });
    expect(weekInAssignmentViolation(week('2026-10-26', '2026-11-01', '2026-11-01'), assignment)).toBeNull();
    expect(weekInAssignmentViolation(week('2026-11-02', '2026-11-02', '2026-11-08'), assignment)).toBeNull();
    expect(weekInAssignmentViolation(week('2026-11-09', '2026-11-09', '2026-11-15'), assignment)).toEqual({
      field: 'weekStart', constraint: 'weekInAssignment',
      message: 'The 2026-11 days of the week starting 2026-11-09 are outside the assignment (2026-11-01 to 2026-11-08)',
    });
    // October's days of the week of Oct 26 are before an assignment starting Nov 1.
    expect(weekInAssignmentViolation({ month: '2026-10', weekStart: '2026-10-26', partStart: '2026-10-26', partEnd: '2026-10-31' }, { startDate: '2026-11-01', endDate: null }))
      .toMatchObject({ constraint: 'weekInAssignment', message: expect.stringContaining('2026-11-01 to open') });
  });
});

describe('holiday hours name a holiday in the week and the month', () => {
  test('Alaska Day (Oct 18) in the week of Oct 12 is accepted', () => {
    expect(holidayDateViolation(values({ actual: 1000, holiday: 800, holidayDate: '2026-10-18' }), '2026-10-12', '2026-10')).toBeNull();
  });

  test('holiday hours without a date are refused', () => {
    expect(holidayDateViolation(values({ holiday: 500 }), '2026-10-12', '2026-10')).toEqual({
      field: 'holidayDate', constraint: 'holidayInWeek',
      message: 'holidayDate is required with holiday hours and must be a day of 2026-10 in the week starting 2026-10-12 (2026-10-12 to 2026-10-18)',
    });
  });

  test('a holiday date outside the week is refused (Oct 19 is the day after the week of Oct 12)', () => {
    expect(holidayDateViolation(values({ holiday: 500, holidayDate: '2026-10-19' }), '2026-10-12', '2026-10')).toMatchObject({ constraint: 'holidayInWeek' });
    expect(holidayDateViolation(values({ holiday: 500, holidayDate: '2026-10-11' }), '2026-10-12', '2026-10')).toMatchObject({ constraint: 'holidayInWeek' });
  });

  test('a holiday in the week but in the other month is refused: Veterans Day is not October\'s', () => {
    // The week of Oct 26 runs to Nov 1; a holiday on Nov 1 belongs to November's entry.
    expect(holidayDateViolation(values({ holiday: 500, holidayDate: '2026-11-01' }), '2026-10-26', '2026-10')).toMatchObject({ constraint: 'holidayInWeek' });
    expect(holidayDateViolation(values({ holiday: 500, holidayDate: '2026-11-01' }), '2026-10-26', '2026-11')).toBeNull();
  });

  test('no holiday hours, no holiday rule', () => {
    expect(holidayDateViolation(values({ actual: 1000, holidayDate: '2030-01-01' }), '2026-10-12', '2026-10')).toBeNull();
  });
});

describe('WV-2: job search / job readiness hours carry a justification', () => {
  test('JSJR hours without a justification are refused', () => {
    expect(justificationViolation('JOB_SEARCH_JOB_READINESS', values({ actual: 800 }))).toEqual({
      field: 'justification', constraint: 'jsjrJustificationRequired',
      message: 'Job search / job readiness hours need a justification: work search hours are supervised (WV-2)',
    });
    expect(justificationViolation('JOB_SEARCH_JOB_READINESS', values({ excused: 1 }))).toMatchObject({ constraint: 'jsjrJustificationRequired' });
  });

  test('justified JSJR hours, a JSJR week with no hours, and other activities pass', () => {
    expect(justificationViolation('JOB_SEARCH_JOB_READINESS', values({ actual: 800, justification: 'Applied at 4 employers' }))).toBeNull();
    expect(justificationViolation('JOB_SEARCH_JOB_READINESS', values())).toBeNull();
    expect(justificationViolation('WORK_EXPERIENCE', values({ actual: 800 }))).toBeNull();
  });

  test('the holiday rule is reported before WV-2', () => {
    expect(holidayAndJustificationViolation('JOB_SEARCH_JOB_READINESS', values({ actual: 800, holiday: 100 }), '2026-10-12', '2026-10'))
      .toMatchObject({ field: 'holidayDate' });
    expect(holidayAndJustificationViolation('JOB_SEARCH_JOB_READINESS', values({ actual: 800, holiday: 100, holidayDate: '2026-10-18' }), '2026-10-12', '2026-10'))
      .toMatchObject({ field: 'justification' });
  });
});

describe('entering a week again replaces it; an overlapping week is refused', () => {
  const current = [{ id: 'e-sep28', weekStart: '2026-09-28' }, { id: 'e-oct05', weekStart: '2026-10-05' }];

  test('the same week answers the entry it replaces; a new week none', () => {
    expect(replacedEntryOf(current, '2026-10-05')).toEqual({ ok: true, value: 'e-oct05' });
    expect(replacedEntryOf(current, '2026-10-12')).toEqual({ ok: true, value: null });
  });

  test('a week starting 2 days into an entered week overlaps it', () => {
    expect(replacedEntryOf(current, '2026-09-30')).toEqual({
      ok: false,
      violation: { field: 'weekStart', constraint: 'overlappingWeek', message: 'The week starting 2026-09-30 overlaps the week starting 2026-09-28 already entered for this assignment' },
    });
    expect(replacedEntryOf(current, '2026-10-11')).toMatchObject({ ok: false, violation: { constraint: 'overlappingWeek' } });
  });
});

describe('a supervisor\'s correction keeps what it omits (WV-1)', () => {
  const original = { excused: 200, holiday: 800, holidayDate: '2026-10-18', justification: 'job club' };

  test('omitted values come from the entry corrected', () => {
    expect(correctedHours({ actualHours: 24.5 }, original)).toEqual({ actualHours: 24.5, excusedHours: 2, holidayHours: 8, holidayDate: '2026-10-18', justification: 'job club' });
  });

  test('given values replace them; an explicit null clears the date and the justification', () => {
    expect(correctedHours({ actualHours: 1, excusedHours: 0, holidayHours: 0, holidayDate: null, justification: null }, original))
      .toEqual({ actualHours: 1, excusedHours: 0, holidayHours: 0, holidayDate: null, justification: null });
  });
});
