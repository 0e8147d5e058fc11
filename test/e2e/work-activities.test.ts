import { userErrorOf } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { ASSIGN, END, RECORD, CORRECT, VERIFY, ACTIVITIES, PARTICIPATION } from '../support/work-activity-operations';

/** Work activity assignments, timesheet hours, and the monthly verification (WV-1, WV-2; AS 47.27.035). */
describe('work activities and hours', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let caseId: string;
  let workExperience: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    caseId = (await referClient(app, cm, { referralDate: '2026-09-01' })).id;
    workExperience = (await assign({ caseId, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 25 })).id;
  });
  afterAll(() => app.close());

  async function assign(input: Record<string, unknown>, token = cm) {
    const res = await app.gql(ASSIGN, { input: { startDate: '2026-09-01', timesheetFrequency: 'WEEKLY', provider: 'Food Bank of Alaska', ...input } }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors[0]));
    if (res.data.assignActivity.userErrors.length) throw new Error(JSON.stringify(res.data.assignActivity.userErrors[0]));
    return res.data.assignActivity.assignment;
  }
  async function record(input: Record<string, unknown>, token = cm) {
    const res = await app.gql(RECORD, { input: { month: '2026-10', ...input } }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors[0]));
    if (res.data.recordHours.userErrors.length) throw new Error(JSON.stringify(res.data.recordHours.userErrors[0]));
    return res.data.recordHours.entry;
  }
  const rowCounts = async () => (await app.dataSource.query(
    `SELECT (SELECT count(*) FROM activity_assignment)::int AS assignments, (SELECT count(*) FROM hours_entry)::int AS entries,
            (SELECT count(*) FROM month_verification)::int AS verifications`))[0];

  it('assigns one of the 12 federal activities with its local names, scheduled hours, dates, provider and timesheet frequency', async () => {
    const a = await assign({ caseId, activity: 'ON_THE_JOB_TRAINING', scheduledHoursPerWeek: 10.5, startDate: '2026-10-01', endDate: '2026-12-31', timesheetFrequency: 'BIWEEKLY', provider: 'Bethel Native Corp' });
    expect(a).toMatchObject({
      caseId, householdMemberId: null, activity: 'ON_THE_JOB_TRAINING', federalName: 'On-the-job training', localNames: ['OJT'], core: true,
      scheduledHoursPerWeek: 10.5, startDate: '2026-10-01', endDate: '2026-12-31', provider: 'Bethel Native Corp', timesheetFrequency: 'BIWEEKLY',
      assignedBy: { id: app.fixtures.north.caseManager },
    });
    const ended = await app.gql(END, { input: { assignmentId: a.id, endDate: '2026-10-15' } }, cm);
    expect(ended.data.endActivityAssignment).toEqual({ assignment: { id: a.id, endDate: '2026-10-15' }, userErrors: [] });
  });

  describe('bad input gets BAD_USER_INPUT and writes nothing', () => {
    // A refusal is the mutation's typed InputError (issue 9 item 1), with the same field and constraint as before.
    const cases: Array<[string, () => Promise<{ data?: any; errors?: any[] }>, Record<string, unknown>, 'recordHours' | 'assignActivity']> = [
      ['negative weekly hours', () => app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-05', actualHours: -1 } }, cm),
        { field: 'actualHours', constraint: 'min' }, 'recordHours'],
      ['over 168 weekly hours', () => app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-05', actualHours: 169 } }, cm),
        { field: 'actualHours', constraint: 'max' }, 'recordHours'],
      ['actual + excused + holiday hours over the 168 hours of a week', () => app.gql(RECORD, {
        input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-05', actualHours: 100, excusedHours: 68.01 } }, cm),
        { field: 'actualHours', constraint: 'maxWeeklyTotal' }, 'recordHours'],
      ['hours with more than 2 decimals', () => app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-05', actualHours: 20.555 } }, cm),
        { field: 'actualHours', constraint: 'isCentiHourPrecision' }, 'recordHours'],
      ['scheduled hours over 40 a week (AS 47.27.035)', () => app.gql(ASSIGN, {
        input: { caseId, activity: 'COMMUNITY_SERVICE', scheduledHoursPerWeek: 40.5, startDate: '2026-11-01', timesheetFrequency: 'WEEKLY' } }, cm),
        { field: 'scheduledHoursPerWeek', constraint: 'max' }, 'assignActivity'],
      ['assignments in force together over 40 hours a week (AS 47.27.035)', () => app.gql(ASSIGN, {
        input: { caseId, activity: 'COMMUNITY_SERVICE', scheduledHoursPerWeek: 16, startDate: '2026-11-01', timesheetFrequency: 'WEEKLY' } }, cm),
        { field: 'scheduledHoursPerWeek', constraint: 'max' }, 'assignActivity'],
      ['a week with no day in the month', () => app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-11-01', actualHours: 10 } }, cm),
        { field: 'weekStart', constraint: 'weekInMonth' }, 'recordHours'],
      ['holiday hours without the holiday', () => app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-12', actualHours: 10, holidayHours: 5 } }, cm),
        { field: 'holidayDate', constraint: 'holidayInWeek' }, 'recordHours'],
    ];
    it.each(cases)('refuses %s', async (_what, send, facts, mutation) => {
      const before = await rowCounts();
      const res = await send();
      expect(res.data[mutation]).toMatchObject({ [mutation === 'recordHours' ? 'entry' : 'assignment']: null });
      expect(userErrorOf(res, mutation)).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', ...facts, invalid: expect.arrayContaining([expect.objectContaining(facts)]),
      });
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a malformed month while the variables are read (YearMonth scalar): a top-level error, before the mutation runs', async () => {
      const before = await rowCounts();
      const res = await app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-13', weekStart: '2026-10-05', actualHours: 10 } }, cm);
      expect(res.data ?? null).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', constraint: 'isYearMonth' });
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses an activity type that does not exist (45 CFR 261.30 has 12)', async () => {
      const before = await rowCounts();
      const res = await app.gql(ASSIGN, { input: { caseId, activity: 'CWE', scheduledHoursPerWeek: 10, startDate: '2026-11-01', timesheetFrequency: 'WEEKLY' } }, cm);
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/FederalActivity/);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a timesheet frequency that does not exist', async () => {
      const res = await app.gql(ASSIGN, { input: { caseId, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 10, startDate: '2026-11-01', timesheetFrequency: 'DAILY' } }, cm);
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('WV-2: refuses job search / job readiness hours without a justification (45 CFR 261.61)', async () => {
      const jsjr = await assign({ caseId, activity: 'JOB_SEARCH_JOB_READINESS', scheduledHoursPerWeek: 4, startDate: '2026-10-01' });
      const before = await rowCounts();
      for (const justification of [undefined, null, '   ']) {
        const res = await app.gql(RECORD, { input: { assignmentId: jsjr.id, month: '2026-10', weekStart: '2026-10-05', actualHours: 8, justification } }, cm);
        const refusal = userErrorOf(res, 'recordHours');
        expect(refusal).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'justification', constraint: 'jsjrJustificationRequired' });
        expect(refusal.message).toMatch(/WV-2/);
      }
      expect(await rowCounts()).toEqual(before);
      const ok = await record({ assignmentId: jsjr.id, weekStart: '2026-10-05', actualHours: 8, justification: 'Applied at 4 employers; job club Tuesday, signed log' });
      expect(ok).toMatchObject({ activity: 'JOB_SEARCH_JOB_READINESS', actualHours: 8, justification: expect.stringMatching(/job club/) });
    });

    it('WV-1: refuses verifying a future month, by the Alaska date of the injected clock', async () => {
      const before = await rowCounts();
      const future = await app.gql(VERIFY, { input: { caseId, month: '2026-12' } }, cm);
      expect(userErrorOf(future, 'verifyMonth')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'month', constraint: 'notFutureMonth' });
      // 05:00 UTC on December 1 is still November 30 in Anchorage: December has not begun there.
      app.clock.set('2026-12-01T05:00:00Z');
      const stillNovember = await app.gql(VERIFY, { input: { caseId, month: '2026-12' } }, cm);
      expect(userErrorOf(stillNovember, 'verifyMonth')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', constraint: 'notFutureMonth' });
      app.clock.set('2026-11-02T18:00:00Z');
      expect(await rowCounts()).toEqual(before);
    });
  });

  it('refuses writes from anyone who may not act on the case (FORBIDDEN), and reads from another office', async () => {
    const { north, south, wsta } = app.fixtures;
    const before = await rowCounts();
    for (const staff of [north.otherCaseManager, north.partner, wsta, south.supervisor]) {
      const res = await app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-05', actualHours: 10 } }, app.token(staff));
      expect(userErrorOf(res, 'recordHours')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      const v = await app.gql(VERIFY, { input: { caseId, month: '2026-10' } }, app.token(staff));
      expect(userErrorOf(v, 'verifyMonth')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    }
    expect(await rowCounts()).toEqual(before);
    const read = await app.gql(PARTICIPATION, { id: caseId, month: '2026-10' }, app.token(south.caseManager));
    expect(read.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('a week crossing two months is entered in each month with that month\'s hours; re-entering a week replaces it', async () => {
    const sept = await record({ assignmentId: workExperience, month: '2026-09', weekStart: '2026-09-28', actualHours: 10 });
    const oct = await record({ assignmentId: workExperience, month: '2026-10', weekStart: '2026-09-28', actualHours: 15 });
    expect([sept.month, oct.month]).toEqual(['2026-09', '2026-10']);
    const again = await record({ assignmentId: workExperience, month: '2026-10', weekStart: '2026-09-28', actualHours: 16 });
    expect(again).toMatchObject({ replacesEntryId: oct.id, actualHours: 16, current: true });
    const overlapping = await app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-09-30', actualHours: 1 } }, cm);
    expect(userErrorOf(overlapping, 'recordHours')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'overlappingWeek' });
  });

  it('WV-1: a verified month takes hours only from a supervisor; a correction is a new entry and the history is kept', async () => {
    const week = await record({ assignmentId: workExperience, weekStart: '2026-10-05', actualHours: 20 });
    for (const weekStart of ['2026-10-12', '2026-10-19', '2026-10-26']) await record({ assignmentId: workExperience, weekStart, actualHours: 20 });

    app.clock.set('2026-11-10T19:30:00Z');
    const verified = await app.gql(VERIFY, { input: { caseId, month: '2026-10' } }, cm);
    expect(verified.errors).toBeUndefined();
    expect(verified.data.verifyMonth).toEqual({
      verification: { caseId, month: '2026-10', verifiedAt: '2026-11-10T19:30:00.000Z', verifiedBy: { id: app.fixtures.north.caseManager, role: 'CASE_MANAGER' } }, userErrors: [],
    });
    const twice = await app.gql(VERIFY, { input: { caseId, month: '2026-10' } }, supervisor);
    expect(userErrorOf(twice, 'verifyMonth')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'alreadyVerified' });

    // The case manager can no longer enter or change October's hours.
    const before = await rowCounts();
    const late = await app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-10', weekStart: '2026-10-05', actualHours: 30 } }, cm);
    expect(userErrorOf(late, 'recordHours')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'month', constraint: 'monthVerified' });
    expect(userErrorOf(late, 'recordHours').message).toMatch(/verified .* only by a supervisor's correction \(WV-1\)/);
    const cmCorrects = await app.gql(CORRECT, { input: { entryId: week.id, actualHours: 30, reason: 'late timesheet' } }, cm);
    expect(userErrorOf(cmCorrects, 'correctHours')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await rowCounts()).toEqual(before);

    // The supervisor corrects; the original stays, replaced.
    const corrected = await app.gql(CORRECT, { input: { entryId: week.id, actualHours: 24.5, reason: 'Employer timesheet showed 24.5 hours' } }, supervisor);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.correctHours.userErrors).toEqual([]);
    expect(corrected.data.correctHours.entry).toMatchObject({
      month: '2026-10', weekStart: '2026-10-05', actualHours: 24.5, replacesEntryId: week.id, correctionReason: 'Employer timesheet showed 24.5 hours',
      current: true, enteredRole: 'SUPERVISOR', enteredBy: { id: app.fixtures.north.supervisor },
    });
    const history = await app.gql(ACTIVITIES, { id: caseId, month: '2026-10', all: true }, cm);
    const entries = history.data.case.activities.edges.map((e: { node: any }) => e.node).find((a: { id: string }) => a.id === workExperience).hoursEntries.edges.map((e: { node: unknown }) => e.node);
    const week5 = entries.filter((e: { weekStart: string }) => e.weekStart === '2026-10-05');
    expect(week5).toEqual([
      expect.objectContaining({ id: week.id, actualHours: 20, current: false, supersededById: corrected.data.correctHours.entry.id, enteredRole: 'CASE_MANAGER' }),
      expect.objectContaining({ id: corrected.data.correctHours.entry.id, actualHours: 24.5, current: true, replacesEntryId: week.id }),
    ]);
    const currentOnly = await app.gql(ACTIVITIES, { id: caseId, month: '2026-10', all: false }, cm);
    const now = currentOnly.data.case.activities.edges.map((e: { node: any }) => e.node).find((a: { id: string }) => a.id === workExperience).hoursEntries.edges.map((e: { node: unknown }) => e.node);
    expect(now.filter((e: { weekStart: string }) => e.weekStart === '2026-10-05')).toEqual([expect.objectContaining({ actualHours: 24.5, current: true })]);

    // Correcting a replaced entry is refused: correct the current one.
    const stale = await app.gql(CORRECT, { input: { entryId: week.id, actualHours: 1, reason: 'again' } }, supervisor);
    expect(userErrorOf(stale, 'correctHours')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'isCurrentEntry' });

    // The supervisor may also enter a week of the verified month again (it replaces the earlier entry).
    const added = await record({ assignmentId: workExperience, weekStart: '2026-10-26', actualHours: 21 }, supervisor);
    expect(added).toMatchObject({ enteredRole: 'SUPERVISOR', replacesEntryId: expect.any(String) });

    // Monthly participation uses the current entries: 16 + 24.5 + 20 + 20 + 21 = 101.5 hours of work experience.
    const p = await app.gql(PARTICIPATION, { id: caseId, month: '2026-10' }, cm);
    expect(p.errors).toBeUndefined();
    expect(p.data.case.monthlyParticipation).toMatchObject({
      month: '2026-10', familyType: 'SINGLE_PARENT', status: 'ENGAGED', requiredWeeklyHours: 20, projected: false, openInMonth: true, inWorkFirstRate: true,
      verification: { month: '2026-10', verifiedAt: '2026-11-10T19:30:00.000Z', verifiedBy: { id: app.fixtures.north.caseManager } },
    });
    // 8 hours of justified JSJR (earlier test) + 101.5 = 109.5
    expect(p.data.case.monthlyParticipation.countableHours).toBe(109.5);
    app.clock.set('2026-11-02T18:00:00Z');
  });

  it('the database itself refuses to rewrite hours entries and verifications (append-only)', async () => {
    for (const sql of [
      'UPDATE hours_entry SET actual_centi_hours = 0', 'DELETE FROM hours_entry', 'TRUNCATE hours_entry CASCADE',
      'UPDATE month_verification SET month = \'2026-09\'', 'DELETE FROM month_verification',
    ]) {
      await expect(app.dataSource.query(sql)).rejects.toThrow(/append-only/);
    }
  });

  it('ending an assignment before weeks already entered is refused; hours before the start or after the end are refused', async () => {
    const a = await assign({ caseId, activity: 'COMMUNITY_SERVICE', scheduledHoursPerWeek: 5, startDate: '2026-11-01', endDate: '2026-11-30' });
    await record({ assignmentId: a.id, month: '2026-11', weekStart: '2026-11-02', actualHours: 5 });
    const early = await app.gql(END, { input: { assignmentId: a.id, endDate: '2026-11-01' } }, cm);
    expect(userErrorOf(early, 'endActivityAssignment')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'hoursAfterEnd' });
    const before = await app.gql(RECORD, { input: { assignmentId: a.id, month: '2026-10', weekStart: '2026-10-19', actualHours: 5 } }, cm);
    expect(userErrorOf(before, 'recordHours')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'weekInAssignment' });
    const shortened = await app.gql(END, { input: { assignmentId: a.id, endDate: '2026-11-08' } }, cm);
    expect(shortened.errors).toBeUndefined();
    expect(shortened.data.endActivityAssignment).toEqual({ assignment: { id: a.id, endDate: '2026-11-08' }, userErrors: [] });
    app.clock.set('2026-11-20T19:00:00Z');
    const after = await app.gql(RECORD, { input: { assignmentId: a.id, month: '2026-11', weekStart: '2026-11-09', actualHours: 5 } }, cm);
    expect(userErrorOf(after, 'recordHours')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'weekInAssignment' });
  });

  it('AS 47.27.035: ending an assignment later than it already ends is refused (it would escape the 40-hour check)', async () => {
    const a = await assign({ caseId, activity: 'COMMUNITY_SERVICE', scheduledHoursPerWeek: 1, startDate: '2026-11-01', endDate: '2026-11-15' });
    const later = await app.gql(END, { input: { assignmentId: a.id, endDate: '2026-12-31' } }, cm);
    expect(userErrorOf(later, 'endActivityAssignment')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'endDate', constraint: 'onlyShortens' });
  });

  it('WV-1: the current month cannot be verified before it ends', async () => {
    const res = await app.gql(VERIFY, { input: { caseId, month: '2026-11' } }, cm);
    expect(userErrorOf(res, 'verifyMonth')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('ROI-1: PARTNER does not read the free text of hours entries', async () => {
    const res = await app.gql(`query($id: ID!) { case(id: $id) { activities { edges { node { hoursEntries(month: "2026-10") { edges { node { justification } } } } } } } }`, { id: caseId }, app.token(app.fixtures.north.partner));
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('hours for a week that has not begun are refused', async () => {
    app.clock.set('2026-11-02T18:00:00Z');
    const res = await app.gql(RECORD, { input: { assignmentId: workExperience, month: '2026-11', weekStart: '2026-11-09', actualHours: 5 } }, cm);
    expect(userErrorOf(res, 'recordHours')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'notFuture' });
  });

  it('45 CFR 261.34: JSJR hours of earlier months count against the 6-week limit (history carried forward from the entries)', async () => {
    const jsjrCase = await referClient(app, cm, { referralDate: '2026-08-01', client: { firstName: 'Jo', lastName: 'Search', dateOfBirth: '1995-01-01' } });
    const a = await assign({ caseId: jsjrCase.id, activity: 'JOB_SEARCH_JOB_READINESS', scheduledHoursPerWeek: 20, startDate: '2026-08-01' });
    const justification = 'Supervised job club; employer contact log signed';
    // Single parent of a child under 6: a JSJR week is 20 hours, so 6 weeks = 120 hours (45 CFR 261.34(c)).
    for (const [month, weekStart] of [['2026-08', '2026-08-03'], ['2026-08', '2026-08-10'], ['2026-08', '2026-08-17'],
      ['2026-09', '2026-09-07'], ['2026-09', '2026-09-14'], ['2026-09', '2026-09-21'], ['2026-10', '2026-10-05']]) {
      await record({ assignmentId: a.id, month, weekStart, actualHours: 20, justification });
    }
    const sept = await app.gql(PARTICIPATION, { id: jsjrCase.id, month: '2026-09' }, cm);
    expect(sept.data.case.monthlyParticipation).toMatchObject({ countableHours: 60, notCounted: [] });
    const oct = await app.gql(PARTICIPATION, { id: jsjrCase.id, month: '2026-10' }, cm);
    expect(oct.data.case.monthlyParticipation).toMatchObject({
      countableHours: 0, additionalHoursNeeded: 86.6,
      notCounted: [{ reason: 'JSJR_CAP_6_WEEKS', rule: expect.stringMatching(/261\.34/), hours: 20 }],
    });
  });

  it('the second parent\'s activity is assigned to the spouse or partner only', async () => {
    const other = await referClient(app, cm, {
      referralDate: '2026-09-01', client: { firstName: 'Rae', lastName: 'Two', dateOfBirth: '1990-01-01' },
      household: [
        { firstName: 'Lee', lastName: 'Two', relationship: 'SPOUSE', dateOfBirth: '1989-06-01' },
        { firstName: 'Kit', lastName: 'Two', relationship: 'CHILD', dateOfBirth: '2015-06-01' },
      ],
    });
    const household = (await app.gql(`query($id: ID!) { case(id: $id) { client { household { id relationship } } } }`, { id: other.id }, cm)).data.case.client.household;
    const spouse = household.find((m: { relationship: string }) => m.relationship === 'SPOUSE').id;
    const child = household.find((m: { relationship: string }) => m.relationship === 'CHILD').id;
    const ok = await assign({ caseId: other.id, activity: 'UNSUBSIDIZED_EMPLOYMENT', scheduledHoursPerWeek: 40, householdMemberId: spouse });
    expect(ok.householdMemberId).toBe(spouse);
    const res = await app.gql(ASSIGN, { input: { caseId: other.id, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 10, startDate: '2026-10-01', timesheetFrequency: 'WEEKLY', householdMemberId: child } }, cm);
    expect(userErrorOf(res, 'assignActivity')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'householdMemberId' });
    const p = await app.gql(PARTICIPATION, { id: other.id, month: '2026-10' }, cm);
    expect(p.data.case.monthlyParticipation).toMatchObject({ familyType: 'TWO_PARENT', requiredWeeklyHours: 35, status: 'NOT_ENGAGED', additionalHoursNeeded: 151.55 });
  });
});
