import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { addCaseNote, bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { single, USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const ASSIGN = `mutation($input: AssignActivityInput!) { assignActivity(input: $input) { assignment { id householdMemberId } ${USER_ERRORS} } }`;
const HOUSEHOLD = `query($id: ID!) { case(id: $id) { client { household { id relationship } } } }`;
const ACTIONS = `query($id: ID!) { case(id: $id) { actions { event allowed blockedBy } } }`;
const SPOUSE = { firstName: 'Sam', lastName: 'Exempt', relationship: 'SPOUSE', dateOfBirth: '1990-02-02' };
const TODDLER = { firstName: 'Tia', lastName: 'Exempt', relationship: 'CHILD', dateOfBirth: '2023-06-01' };

/**
 * Exemptions from the work requirement (AS 47.27.035, 7 AAC 45.260; DOMAIN.md "Work requirement
 * and exemptions"): who may claim which reason, from the household and the case history, and what
 * an exemption means: no penalty for work activities, no hours assigned to the exempt client.
 */
describe('exemptions (AS 47.27.035)', () => {
  let app: TestApp;
  let cm: string;

  const send = (caseId: string, type: CaseEventType, input: Record<string, unknown>) => sendEvent(app, caseId, type, input, cm);
  const attempt = async (caseId: string, type: CaseEventType, input: Record<string, unknown>) =>
    app.gql(single(type), { resultInput: { caseId, expectedVersion: await versionOf(app, caseId), ...input } }, cm);
  const refer = async (name: string, household: unknown[], referralDate: string) =>
    (await referClient(app, cm, { referralDate, client: { firstName: name, lastName: 'Exempt', dateOfBirth: '1992-03-03' }, household })).id;
  const participate = (caseId: string, day: string, lastStepReviewDate: string) =>
    bringToParticipation(app, caseId, cm, { reached: day, lastStepReviewDate });
  const assign = (caseId: string, householdMemberId: string | null) => app.gql(ASSIGN, { input: {
    caseId, householdMemberId, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 40, startDate: '2026-11-16', timesheetFrequency: 'WEEKLY' } }, cm);
  /** NOTE-3: the CANO documenting an exemption's start or end, entered before the change is sent. */
  const exemptionCano = (caseId: string) => addCaseNote(app, caseId, 'EXEMPTION_START_OR_END', cm);
  const historyEvents = async (caseId: string) =>
    (await app.dataSource.query<Array<{ event: string }>>('SELECT event FROM case_history WHERE case_id = $1 ORDER BY version', [caseId])).map((r) => r.event);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  describe('medical inability: the exempt client is not penalized for work activities, nor given hours', () => {
    let id: string;
    beforeAll(async () => {
      id = await refer('Medical', [SPOUSE, TODDLER], '2026-11-02');
      await participate(id, '2026-11-02', '2027-02-02');
    });

    it('NOTE-3: the exemption waits for its CANO: Case.actions says so, the mutation refuses with the same message', async () => {
      const message = 'Enter the exemption case note (CANO) before starting the exemption (NOTE-3)';
      const startAction = async () => (await dataOf(app, ACTIONS, { id }, cm)).case.actions.find((a: { event: string }) => a.event === 'START_EXEMPTION');
      expect(await startAction()).toMatchObject({ allowed: false, blockedBy: message });
      expect(userErrorOf(await attempt(id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', documentedOn: '2026-10-30' }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'exemptionStartCaseNoteRequired', message,
      });
      await exemptionCano(id);
      expect(await startAction()).toMatchObject({ allowed: true, blockedBy: null });
    });

    it('AS 47.27.035: medical inability rests on a TA10: refused without its date, accepted with it', async () => {
      expect(userErrorOf(await attempt(id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02' }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'documentedOn', constraint: 'documentationRequired', message: expect.stringContaining('a TA10'),
      });
      expect(userErrorOf(await attempt(id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', documentedOn: '2026-11-03' }))).toMatchObject({
        field: 'documentedOn', constraint: 'notInFuture',
      });
      await send(id, 'START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', documentedOn: '2026-10-30' });
      const [row] = await app.dataSource.query(`SELECT payload FROM case_history WHERE case_id = $1 AND event = 'START_EXEMPTION'`, [id]);
      expect(row.payload).toEqual({ reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', documentedOn: '2026-10-30' });
      app.clock.set('2026-11-12T20:00:00Z');
    });

    it('AS 47.27.035: refuses a work activity non-compliance of a day the client was exempt, and no history row is written', async () => {
      const before = await historyEvents(id);
      const refused = userErrorOf(await attempt(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-11-10' }));
      expect(refused).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: 'REPORT_NON_COMPLIANCE' });
      expect(refused.reason).toBe('the client is exempt (MEDICAL_INABILITY) since 2026-11-02: no penalty for work activities on 2026-11-10 (AS 47.27.035)');
      expect(userErrorOf(await attempt(id, 'REPORT_NON_COMPLIANCE', { kind: 'MISSING_TIMESHEET', occurredOn: '2026-11-10' })).code).toBe('TRANSITION_NOT_ALLOWED');
      expect(await historyEvents(id)).toEqual(before);
    });

    it('AS 47.27.035: Case.actions still offers a report (child support cooperation is not excused)', async () => {
      const { actions } = (await dataOf(app, ACTIONS, { id }, cm)).case;
      expect(actions.find((a: { event: string }) => a.event === 'REPORT_NON_COMPLIANCE')).toMatchObject({ allowed: true, blockedBy: null });
    });

    it('AS 47.27.035: refuses 40 hours of CWE for the exempt client with an InputError; the second parent can still be assigned', async () => {
      expect(userErrorOf(await assign(id, null), 'assignActivity')).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'startDate', constraint: 'notExempt',
        message: expect.stringContaining('exempt from work activities (MEDICAL_INABILITY) from 2026-11-02'),
      });
      const { household } = (await dataOf(app, HOUSEHOLD, { id }, cm)).case.client;
      const spouse = household.find((m: { relationship: string }) => m.relationship === 'SPOUSE');
      const res = await assign(id, spouse.id);
      expect(res.data.assignActivity).toMatchObject({ assignment: { householdMemberId: spouse.id }, userErrors: [] });
    });

    it('AS 47.27.035: after the exemption ends, work activities apply again', async () => {
      // endedOn is the exemption's last day.
      // NOTE-3: the start's CANO does not document the end.
      expect(userErrorOf(await attempt(id, 'END_EXEMPTION', { endedOn: '2026-11-12' }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', constraint: 'exemptionEndCaseNoteRequired',
        message: 'Enter the exemption case note (CANO) before ending the exemption (NOTE-3)',
      });
      await exemptionCano(id);
      await send(id, 'END_EXEMPTION', { endedOn: '2026-11-12' });
      app.clock.set('2026-11-13T20:00:00Z');
      const res = await app.gql(ASSIGN, { input: {
        caseId: id, activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 40, startDate: '2026-11-13', timesheetFrequency: 'WEEKLY' } }, cm);
      expect(res.data.assignActivity.userErrors).toEqual([]);
      // A failure dated inside the exemption stays unreportable; one after it is reported.
      expect(userErrorOf(await attempt(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-11-12' })).code).toBe('TRANSITION_NOT_ALLOWED');
      expect((await send(id, 'REPORT_NON_COMPLIANCE', { kind: 'WORK_ACTIVITY', occurredOn: '2026-11-13' })).toState).toContain('compliance.goodCausePending');
    });
  });

  describe('caretaker of a child under 12 months: single-parent families, a baby on the start date, 12 cumulative months', () => {
    it('AS 47.27.035: refuses the caretaker exemption for a 3-year-old, naming the child\'s age', async () => {
      const id = await refer('Toddler', [TODDLER], '2026-11-02');
      await participate(id, '2026-11-02', '2027-02-02');
      // No CANO on file: a claim refused on its facts says so first, rather than asking for the note (NOTE-3).
      expect(userErrorOf(await attempt(id, 'START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-11-02' }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'reason', constraint: 'childUnder12Months',
        message: expect.stringContaining('the youngest child is 41 months old'),
      });
      expect(await historyEvents(id)).not.toContain('START_EXEMPTION');
    });

    it('AS 47.27.035: refuses the caretaker exemption for a two-parent family', async () => {
      const id = await refer('TwoParents', [SPOUSE, { ...TODDLER, dateOfBirth: '2026-08-01' }], '2026-11-02');
      await participate(id, '2026-11-02', '2027-02-02');
      await exemptionCano(id);
      expect(userErrorOf(await attempt(id, 'START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-11-02' }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'reason', constraint: 'singleParentFamily',
        message: expect.stringContaining('the household has a SPOUSE'),
      });
    });

    it('AS 47.27.035: counts the 12 cumulative months across referrals: a 13th month is refused', async () => {
      app.clock.set('2026-11-12T20:00:00Z');
      const babies = [{ ...TODDLER, dateOfBirth: '2025-10-20' }, { ...TODDLER, firstName: 'Ivy', dateOfBirth: '2026-10-01' }];
      const id = await refer('Twelve', babies, '2025-11-03');
      await participate(id, '2025-11-03', '2026-02-03');
      // November 2025 to October 2026: 12 months of the caretaker exemption, then TA closes.
      await exemptionCano(id); // NOTE-3: one CANO of the day documents the start and the end recorded that day
      await send(id, 'START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2025-11-03' });
      await send(id, 'END_EXEMPTION', { endedOn: '2026-10-19' });
      await send(id, 'CLOSE_TA', { closedOn: '2026-10-31', withWork: false });
      await send(id, 'RECORD_EXIT_SUMMARY', { enteredOn: '2026-11-05' });
      app.clock.set('2026-11-30T20:00:00Z');
      await send(id, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-11-30' });
      await send(id, 'REFER_AGAIN', { referralDate: '2026-11-30', track: 'WORK_FIRST', caseManagerId: app.fixtures.north.caseManager, monthsUsed: 22 });
      await participate(id, '2026-11-30', '2027-02-28');
      await exemptionCano(id);
      expect(userErrorOf(await attempt(id, 'START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-11-30' }))).toMatchObject({
        __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'reason', constraint: 'twelveCumulativeMonths',
        message: expect.stringContaining('12 months were used (2025-11 to 2026-10)'),
      });
      // Another reason is not limited by it.
      expect((await send(id, 'START_EXEMPTION', { reason: 'UNREASONABLE_HARDSHIP', startedOn: '2026-11-30' })).toState).toContain('exemption.exempt');
    });
  });
});
