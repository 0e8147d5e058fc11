import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { bringToParticipation, sendEvent, userErrorOf, versionOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';

const SUBMIT = `mutation($input: SubmitExtensionStaffingFormContentInput!) {
  submitExtensionStaffingFormContent(input: $input) {
    form { id staffingOn submittedOn completedWithClient ta10On historyVersion criteria { householdMemberId criteria } partnerInput { agency invitedOn inputReceivedOn input } }
    ${USER_ERRORS}
  }
}`;
const STAFFING = `mutation($input: RecordCaseReviewStaffingInput!) {
  recordCaseReviewStaffing(input: $input) { staffing { id heldOn progression regression discrepancies nextStaffingOn } ${USER_ERRORS} }
}`;
const READ = `query($id: ID!) { case(id: $id) {
  caseReviewStaffings { totalCount edges { node { id heldOn nextStaffingOn } } }
  extensionStaffingForms { edges { node { id historyVersion } } }
} }`;

/** TL-2 and TL-3 (issue 12 item 6): the extension staffing form's content and case review staffings. */
describe('staffings (TL-2, TL-3)', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;
  const obligation = async (key: string) => (await app.dataSource.query(
    `SELECT rule_id AS "ruleId", due_date::text AS "dueDate", resolution, met_by AS "metBy", met_on::text AS "metOn" FROM obligation WHERE case_id = $1 AND key = $2`, [caseId, key]))[0];
  const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0].n);

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-10-20', monthsUsed: 58 }));
    await bringToParticipation(app, caseId, cm, { reached: '2026-10-20', lastStepReviewDate: '2027-02-02' });
    await sendEvent(app, caseId, 'SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-11-20' }, cm);
  });
  afterAll(() => app.close());

  const form = async (change: Record<string, unknown> = {}) => ({
    caseId, expectedVersion: await versionOf(app, caseId), staffingOn: '2026-11-20', submittedOn: '2026-11-02', completedWithClient: true,
    criteria: [{ criteria: ['MEDICAL_INABILITY_TA10', 'PARTNER_AGENCY_INPUT'] }], ta10On: '2026-10-30',
    partnerInput: [{ agency: 'Vocational Rehabilitation', invitedOn: '2026-10-28', inputReceivedOn: '2026-11-01', input: 'Supports the extension' }],
    ...change,
  });

  it('TL-2: a form that does not hold (not with the client, no updated TA10, input before the invitation, another staffing) is BAD_USER_INPUT and writes nothing', async () => {
    const version = await versionOf(app, caseId);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ completedWithClient: false }, 'completedWithClient', 'isTrue'],
      [{ ta10On: null }, 'ta10On', 'requiredForTa10Criterion'],
      [{ ta10On: '2026-05-01' }, 'ta10On', 'updated'],
      [{ partnerInput: [{ agency: 'DVR', invitedOn: '2026-11-01', inputReceivedOn: '2026-10-30', input: 'ok' }] }, 'partnerInput.0.inputReceivedOn', 'betweenInvitationAndForm'],
      [{ staffingOn: '2026-11-27' }, 'staffingOn', 'scheduledStaffing'],
      [{ submittedOn: '2026-11-03' }, 'submittedOn', 'notInFuture'],
      [{ criteria: [{ householdMemberId: '00000000-0000-4000-8000-000000000000', criteria: ['DOMESTIC_VIOLENCE'] }] }, 'criteria.0.householdMemberId', 'secondParent'],
    ];
    for (const [change, field, constraint] of cases) {
      const error = userErrorOf(await app.gql(SUBMIT, { input: await form(change) }, cm), 'submitExtensionStaffingFormContent');
      expect({ change, error }).toMatchObject({ change, error: { __typename: 'InputError', code: 'BAD_USER_INPUT', field, constraint } });
    }
    expect(await count('extension_staffing_form')).toBe(0);
    expect(await versionOf(app, caseId)).toBe(version);
    expect((await obligation('TL-2:2026-11-20')).resolution).toBeNull();
  });

  it('TL-2: without a scheduled staffing the chart refuses the form (TRANSITION_NOT_ALLOWED) and nothing is written', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-10-20', monthsUsed: 58 });
    const res = await app.gql(SUBMIT, { input: { ...(await form()), caseId: id, expectedVersion: await versionOf(app, id) } }, cm);
    expect(userErrorOf(res, 'submitExtensionStaffingFormContent')).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', event: 'SUBMIT_STAFFING_FORM' });
    expect(Number((await app.dataSource.query('SELECT count(*)::int AS n FROM extension_staffing_form WHERE case_id = $1', [id]))[0].n)).toBe(0);
  });

  it('TL-2: a stale expectedVersion is VERSION_CONFLICT from the chart, and the form is not written', async () => {
    const stale = { ...(await form()), expectedVersion: (await versionOf(app, caseId)) - 1 };
    expect(userErrorOf(await app.gql(SUBMIT, { input: stale }, cm), 'submitExtensionStaffingFormContent')).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await count('extension_staffing_form')).toBe(0);
  });

  it('TL-2: the form is recorded with SUBMIT_STAFFING_FORM in one transaction, linked to its history entry, and meets TL-2', async () => {
    const res = await app.gql(SUBMIT, { input: await form() }, cm);
    expect(res.errors).toBeUndefined();
    const { form: saved, userErrors } = res.data.submitExtensionStaffingFormContent;
    expect(userErrors).toEqual([]);
    expect(saved).toMatchObject({
      staffingOn: '2026-11-20', submittedOn: '2026-11-02', completedWithClient: true, ta10On: '2026-10-30',
      criteria: [{ householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10', 'PARTNER_AGENCY_INPUT'] }],
      partnerInput: [{ agency: 'Vocational Rehabilitation', invitedOn: '2026-10-28', inputReceivedOn: '2026-11-01', input: 'Supports the extension' }],
    });
    const [last] = await app.dataSource.query(`SELECT version, event, payload FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [caseId]);
    expect(last).toEqual({ version: saved.historyVersion, event: 'SUBMIT_STAFFING_FORM', payload: { submittedOn: '2026-11-02' } });
    expect(await versionOf(app, caseId)).toBe(saved.historyVersion);
    expect(await obligation('TL-2:2026-11-20')).toMatchObject({ resolution: 'MET', metBy: `SUBMIT_STAFFING_FORM (history v${saved.historyVersion})`, metOn: '2026-11-02' });
    const read = (await app.gql(READ, { id: caseId }, cm)).data.case;
    expect(read.extensionStaffingForms.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([saved.id]);
  });

  it('TL-3: a case review staffing that does not document progression, regression and discrepancies, or sets its next one before it, writes nothing', async () => {
    const base = { caseId, heldOn: '2026-11-02', progression: 'Attends job club', regression: 'none', discrepancies: 'Reports 20 hours; timesheets show 12', nextStaffingOn: '2027-02-02' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ discrepancies: '   ' }, 'discrepancies', 'isNotEmpty'],
      [{ nextStaffingOn: '2026-11-02' }, 'nextStaffingOn', 'afterHeld'],
      [{ heldOn: '2026-10-19' }, 'heldOn', 'notBeforeReferral'],
      [{ heldOn: '2026-11-03' }, 'heldOn', 'notInFuture'],
    ];
    for (const [change, field, constraint] of cases) {
      const error = userErrorOf(await app.gql(STAFFING, { input: { ...base, ...change } }, cm), 'recordCaseReviewStaffing');
      expect({ change, error }).toMatchObject({ change, error: { code: 'BAD_USER_INPUT', field, constraint } });
    }
    expect(await count('case_review_staffing')).toBe(0);
  });

  it('TL-3: the next staffing date is an obligation, OVERDUE once it passes, met by the next staffing held', async () => {
    const first = await app.gql(STAFFING, { input: {
      caseId, heldOn: '2026-11-02', progression: 'Attends job club', regression: 'none', discrepancies: 'Reports 20 hours; timesheets show 12', nextStaffingOn: '2027-02-02',
    } }, cm);
    expect(first.data.recordCaseReviewStaffing.userErrors).toEqual([]);
    expect(await obligation('TL-3:2027-02-02')).toMatchObject({ ruleId: 'TL-3', dueDate: '2027-02-02', resolution: null });
    app.clock.set('2027-02-05T20:00:00Z');
    const worklist = await app.gql(`query { obligations(filter: { ruleIds: ["TL-3"] }) { edges { node { key status } } } }`, {}, cm);
    expect(worklist.errors).toBeUndefined();
    expect(worklist.data.obligations.edges.map((e: { node: unknown }) => e.node)).toEqual([{ key: 'TL-3:2027-02-02', status: 'OVERDUE' }]);
    const second = await app.gql(STAFFING, { input: {
      caseId, heldOn: '2027-02-05', progression: 'Hired part time', regression: 'Missed two job club days', discrepancies: 'none', nextStaffingOn: null,
    } }, cm);
    const secondId = second.data.recordCaseReviewStaffing.staffing.id as string;
    expect(await obligation('TL-3:2027-02-02')).toMatchObject({ resolution: 'MET', metBy: `CaseReviewStaffing ${secondId}`, metOn: '2027-02-05' });
    const read = (await app.gql(READ, { id: caseId }, cm)).data.case;
    expect(read.caseReviewStaffings.totalCount).toBe(2);
    expect(read.caseReviewStaffings.edges.map((e: { node: { heldOn: string } }) => e.node.heldOn)).toEqual(['2026-11-02', '2027-02-05']);
  });

  it('TL-3: a PARTNER reads no staffing (free text of the case record, ROI-1); node(id) refetches one for the CM', async () => {
    const res = await app.gql(READ, { id: caseId }, app.token(app.fixtures.north.partner));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ id }] = await app.dataSource.query('SELECT id FROM case_review_staffing WHERE case_id = $1 ORDER BY held_on LIMIT 1', [caseId]);
    const node = await app.gql(`query($id: ID!) { node(id: $id) { __typename ... on CaseReviewStaffing { heldOn } } }`, { id }, cm);
    expect(node.data.node).toEqual({ __typename: 'CaseReviewStaffing', heldOn: '2026-11-02' });
    // The read is in the access log under the staffings' group (issue 11).
    const [logged] = await app.dataSource.query(`SELECT field_groups AS groups FROM access_log WHERE $1 = ANY(case_ids) ORDER BY id DESC LIMIT 1`, [caseId]);
    expect(logged.groups).toContain('STAFFINGS');
  });

  it('TL-2, TL-3, TRK-2..7: a caseload page with every track record list runs the same statements for 1 case and for 3', async () => {
    for (let i = 0; i < 2; i += 1) {
      const { id } = await referClient(app, cm, { referralDate: '2027-02-01' });
      await app.gql(STAFFING, { input: { caseId: id, heldOn: '2027-02-03', progression: 'a', regression: 'b', discrepancies: 'c' } }, cm);
    }
    const PAGE = `query($first: Int!) { cases(first: $first) { edges { node { id
      caseReviewStaffings { totalCount } extensionStaffingForms { totalCount } familiesFirstDocuments { totalCount } familySupportTeamMeetings { totalCount }
      disabilityVerifications { totalCount } trackReadinessReviews { totalCount } workFirstReadinessItems { totalCount } workFirstReadiness { item }
      workSearchFindings { totalCount } dailyCheckIns { totalCount } network: familiesFirstDocument(kind: FAMILY_NETWORK) { id }
    } } } }`;
    const statements = async (first: number) => {
      app.queries.reset();
      const res = await app.gql(PAGE, { first }, cm);
      expect(res.errors).toBeUndefined();
      expect(res.data.cases.edges).toHaveLength(first);
      return app.queries.count;
    };
    expect(await statements(3)).toBe(await statements(1));
  });

  it('TL-3: the staffing rows are append-only', async () => {
    await expect(app.dataSource.query(`UPDATE case_review_staffing SET regression = 'x' WHERE case_id = $1`, [caseId])).rejects.toThrow();
  });
});
