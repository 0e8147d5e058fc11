import { addCaseNote, bringToParticipation, sendEvent, userErrorOf, versionOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const REQUEST = 'id kind ruleId status version caseId requestedBy obligationKey waiverReasonCode reason evidence evidenceNoteId evidenceNoteKind decision { outcome reason decidedBy historyVersion }';
const QUEUE = `query($filter: ApprovalFilter) { approvals(filter: $filter) { edges { node { ${REQUEST} } } } }`;
const DECIDE = `mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;
const WAIVER = `mutation($input: RequestObligationWaiverInput!) { requestObligationWaiver(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;
const SUBMIT = `mutation($input: SubmitExtensionStaffingFormContentInput!) { submitExtensionStaffingFormContent(input: $input) { form { id historyVersion } ${USER_ERRORS} } }`;
const DECIDE_EXTENSION = `mutation($input: DecideExtensionInput!) { result: decideExtension(input: $input) { case { version } ${USER_ERRORS} } }`;

/**
 * Issue 13 item 1, the kinds beside the supportive service: TL-2's extension, opened by the
 * staffing form and decided through the chart (decideExtension or decideApproval), and an
 * obligation waiver a case manager asks for, performed by the supervisor's approval.
 */
describe('approvals of extensions (TL-2) and waivers', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let secondSupervisor: string;
  const pendingOf = async (caseId: string, kind: string) =>
    (await app.gql(QUEUE, { filter: { kind, status: 'PENDING' } }, supervisor)).data.approvals.edges.map((e: { node: Record<string, unknown> }) => e.node).find((n: { caseId: string }) => n.caseId === caseId);
  const decisions = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM approval_decision'))[0].n);

  /** A case at month 58 with its extension staffing scheduled on 2026-11-20 and the form submitted by `submitter`. */
  async function staffedCase(submitter: string) {
    app.clock.set('2026-11-02T20:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-10-20', monthsUsed: 58, client: { firstName: 'Ext', lastName: `Case${Math.random()}`, dateOfBirth: '1985-05-05' } });
    await bringToParticipation(app, id, cm, { reached: '2026-10-20', lastStepReviewDate: '2027-02-02' });
    await sendEvent(app, id, 'SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-11-20' }, cm);
    const res = await app.gql(SUBMIT, { input: {
      caseId: id, expectedVersion: await versionOf(app, id), staffingOn: '2026-11-20', submittedOn: '2026-11-02', completedWithClient: true,
      criteria: [{ criteria: ['MEDICAL_INABILITY_TA10'] }], ta10On: '2026-10-30', partnerInput: [],
    } }, submitter);
    expect(res.data.submitExtensionStaffingFormContent.userErrors).toEqual([]);
    return { id, historyVersion: res.data.submitExtensionStaffingFormContent.form.historyVersion as number };
  }

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T20:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    const [{ id }] = await app.dataSource.query(`INSERT INTO staff (email, name, role, office_id, active) VALUES ('sup2.north@test', 'Second Supervisor', 'SUPERVISOR', $1, true) RETURNING id`, [app.fixtures.north.officeId]);
    secondSupervisor = app.token(id);
  });
  afterAll(() => app.close());

  it('TL-2: the submitted staffing form opens an EXTENSION request; decideApproval approves it through DECIDE_EXTENSION, on the form\'s criteria, once its CANO is on file', async () => {
    const { id, historyVersion } = await staffedCase(cm);
    const request = await pendingOf(id, 'EXTENSION');
    expect(request).toMatchObject({ ruleId: 'TL-2', requestedBy: app.fixtures.north.caseManager, reason: expect.stringContaining('2026-11-20') });
    app.clock.set('2026-11-20T20:00:00Z');
    // NOTE-3: the decision waits for its CANO, as decideExtension does; nothing is written.
    const version = await versionOf(app, id);
    const early = userErrorOf(await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'TA10 supports it' } }, supervisor), 'decideApproval');
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'extensionDecisionCaseNoteRequired' });
    expect(await versionOf(app, id)).toBe(version);
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor);
    const res = await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'TA10 supports it', expectedVersion: request.version } }, supervisor);
    expect(res.data.decideApproval.userErrors).toEqual([]);
    expect(res.data.decideApproval.approvalRequest).toMatchObject({ status: 'APPROVED', decision: { outcome: 'APPROVED', historyVersion: await versionOf(app, id) } });
    const [last] = await app.dataSource.query(`SELECT event, payload FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [id]);
    expect(last).toMatchObject({ event: 'DECIDE_EXTENSION', payload: { approved: true, criteria: [{ householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10'] }] } });
    expect(historyVersion).toBeLessThan(await versionOf(app, id));
  });

  it('TL-2: a supervisor who submitted the form cannot decide the extension (FORBIDDEN, nothing written); another supervisor decides it with decideExtension', async () => {
    const { id } = await staffedCase(supervisor);
    app.clock.set('2026-11-20T20:00:00Z');
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor);
    const decide = async (token: string) => app.gql(DECIDE_EXTENSION, { input: { caseId: id, expectedVersion: await versionOf(app, id), approved: false, reason: 'Criteria not met' } }, token);
    const version = await versionOf(app, id);
    const before = await decisions();
    expect(userErrorOf(await decide(supervisor))).toMatchObject({ code: 'FORBIDDEN' });
    expect([await versionOf(app, id), await decisions()]).toEqual([version, before]);
    expect((await decide(secondSupervisor)).data.result.userErrors).toEqual([]);
    const [row] = await app.dataSource.query(`SELECT status FROM approval_request WHERE case_id = $1 AND kind = 'EXTENSION'`, [id]);
    expect(row.status).toBe('DENIED');
  });

  it('waivers: a CM asks to waive EA-2 with its coded reason; a wrong reason or a second request is refused; the supervisor\'s approval performs the waiver', async () => {
    app.clock.set('2026-11-02T20:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-10-26', client: { firstName: 'Wai', lastName: 'Ver', dateOfBirth: '1988-08-08' } });
    await sendEvent(app, id, 'RECORD_CONTACT_ATTEMPT', { on: '2026-10-27', method: 'PHONE', outcome: 'REACHED' }, cm);
    await sendEvent(app, id, 'COMPLETE_EA', { completedOn: '2026-10-28' }, cm);
    const [{ key }] = await app.dataSource.query(`SELECT key FROM obligation WHERE case_id = $1 AND rule_id = 'EA-2'`, [id]);
    const note = await addCaseNote(app, id, 'POTENTIAL_JOB_QUIT', cm);
    const input = { caseId: id, key, reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: 'Client hospitalized the day after the EA', evidence: 'Hospital discharge letter', evidenceNoteId: note.id };
    expect(userErrorOf(await app.gql(WAIVER, { input: { ...input, reasonCode: 'CLIENT_DECLINED_POST_TA' } }, cm), 'requestObligationWaiver')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'waiverReasonNotForRule' });
    const asked = await app.gql(WAIVER, { input }, cm);
    const request = asked.data.requestObligationWaiver.approvalRequest;
    expect(request).toMatchObject({ kind: 'OBLIGATION_WAIVER', ruleId: 'EA-2', obligationKey: key, waiverReasonCode: 'EXTENUATING_CIRCUMSTANCES', status: 'PENDING', evidence: 'Hospital discharge letter' });
    expect(request).toMatchObject({ evidenceNoteId: note.id, evidenceNoteKind: 'CANO' });
    expect(userErrorOf(await app.gql(WAIVER, { input }, cm), 'requestObligationWaiver')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'onePendingPerAction' });
    const [open] = await app.dataSource.query(`SELECT resolution FROM obligation WHERE case_id = $1 AND key = $2`, [id, key]);
    expect(open.resolution).toBeNull();
    const res = await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Extenuating circumstances confirmed' } }, secondSupervisor);
    expect(res.data.decideApproval.approvalRequest).toMatchObject({ status: 'APPROVED' });
    const [waived] = await app.dataSource.query(
      `SELECT o.resolution, w.waived_by AS "waivedBy", w.reason_code AS "reasonCode", w.reason FROM obligation o JOIN obligation_waiver w ON w.case_id = o.case_id AND w.obligation_key = o.key WHERE o.case_id = $1 AND o.key = $2`, [id, key]);
    expect(waived).toEqual({ resolution: 'WAIVED', waivedBy: expect.any(String), reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: 'Client hospitalized the day after the EA' });
    // A waived obligation takes no further request.
    expect(userErrorOf(await app.gql(WAIVER, { input: { ...input, evidenceNoteId: undefined } }, cm), 'requestObligationWaiver')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'isOpen' });
  });

  it('the authorization matrix: every new mutation for all five roles (FORBIDDEN where the role may not; the others reach the record, here NOT_FOUND)', async () => {
    const none = '6f1c7d1e-0000-4000-8000-00000000abcd';
    const casework = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'];
    const mutations: Array<[string, string, Record<string, unknown>, string[]]> = [
      ['draftSupportiveService', 'DraftSupportiveServiceInput', { caseId: none, type: 'TOOLS', amountCents: 100, vendor: 'V', serviceFrom: '2026-11-02', serviceTo: '2026-11-02', justification: 'Tools' }, casework],
      ['requestSupportiveServiceApproval', 'RequestSupportiveServiceApprovalInput', { supportiveServiceId: none, reason: 'Over $1,500' }, casework],
      ['authorizeSupportiveService', 'AuthorizeSupportiveServiceInput', { supportiveServiceId: none, clientNoteId: none }, casework],
      ['requestObligationWaiver', 'RequestObligationWaiverInput', { caseId: none, key: 'EA-2:v1', reasonCode: 'EXTENUATING_CIRCUMSTANCES', reason: 'Hospitalized' }, casework],
      ['decideApproval', 'DecideApprovalInput', { id: none, decision: 'APPROVE', reason: 'Approved' }, ['SUPERVISOR']],
      ['withdrawApprovalRequest', 'WithdrawApprovalRequestInput', { id: none, reason: 'Not needed' }, casework],
    ];
    const { north, wsta } = app.fixtures;
    const staff: Record<string, string> = { CASE_MANAGER: north.caseManager, SUPERVISOR: north.supervisor, MANAGER: north.manager, WSTA: wsta, PARTNER: north.partner };
    for (const [mutation, inputType, input, allowed] of mutations) {
      for (const [role, id] of Object.entries(staff)) {
        const res = await app.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { userErrors { code } } }`, { input }, app.token(id));
        expect([mutation, role, res.data?.[mutation]?.userErrors?.[0]?.code]).toEqual([mutation, role, allowed.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN']);
      }
    }
  });
});
