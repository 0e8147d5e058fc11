import { addClientNote, sendEvent, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { startTestApp, type TestApp } from '../support/test-app';
import { ASK, DECIDE, supportiveServiceSteps } from '../support/supportive-services';

const AUTHORIZE = `mutation($input: AuthorizeSupportiveServiceInput!) { authorizeSupportiveService(input: $input) { supportiveService { id status } ${USER_ERRORS} } }`;

/**
 * Review of issue 13's supportive services (SS-1, SS-2): self-approval through the service's
 * drafter, and authorization records that cannot be true (a CLNO documenting an approval not yet
 * given, one CLNO justifying two services, a service of a closed case).
 */
describe('supportive services review (SS-1, SS-2)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let secondSupervisor: string;
  const { decisionsOf, draft, ask, newCase } = supportiveServiceSteps(() => app, () => cm);
  const close = async (caseId: string) => {
    await sendEvent(app, caseId, 'CLOSE_TA', { closedOn: '2026-11-02', withWork: false }, cm);
    await sendEvent(app, caseId, 'RECORD_EXIT_SUMMARY', { enteredOn: '2026-11-02' }, cm);
    await sendEvent(app, caseId, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-11-02' }, cm);
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    const [{ id }] = await app.dataSource.query(`INSERT INTO staff (email, name, role, office_id, active) VALUES ('sup2.north@test', 'Second Supervisor', 'SUPERVISOR', $1, true) RETURNING id`, [app.fixtures.north.officeId]);
    secondSupervisor = app.token(id);
  });
  afterAll(() => app.close());

  it('SS-2: the supervisor who drafted a service does not approve it, even when a case manager asked for the approval', async () => {
    const id = await newCase('Drafter');
    const request = await ask(await draft(id, supervisor));
    const before = await decisionsOf(request.id);
    const own = userErrorOf(await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'My own service' } }, supervisor), 'decideApproval');
    expect(own).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/drafted/) });
    expect(await decisionsOf(request.id)).toBe(before);
    // The database refuses it too (approval_decision_not_drafter).
    await expect(app.dataSource.query(`INSERT INTO approval_decision (request_id, requested_by, outcome, reason, decided_by, decided_at) VALUES ($1, $2, 'APPROVED', 'x', $3, now())`,
      [request.id, app.fixtures.north.caseManager, app.fixtures.north.supervisor])).rejects.toThrow(/drafted the supportive service/);
    const other = await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Needed for work' } }, secondSupervisor);
    expect(other.data.decideApproval.approvalRequest).toMatchObject({ status: 'APPROVED' });
  });

  it('SS-1, SS-2: a CLNO entered before the approval was given cannot document it; one entered after can', async () => {
    const id = await newCase('Early');
    const service = await draft(id);
    const request = await ask(service);
    app.clock.set('2026-11-02T19:30:00Z');
    const early = await addClientNote(app, id, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    app.clock.set('2026-11-02T20:00:00Z');
    await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Needed for work' } }, supervisor);
    app.clock.set('2026-11-02T20:30:00Z');
    const refused = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: service, clientNoteId: early.id } }, cm), 'authorizeSupportiveService');
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientNoteId', constraint: 'notBeforeApproval' });
    const note = await addClientNote(app, id, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    const res = await app.gql(AUTHORIZE, { input: { supportiveServiceId: service, clientNoteId: note.id } }, cm);
    expect(res.data.authorizeSupportiveService.supportiveService).toMatchObject({ status: 'AUTHORIZED' });
    app.clock.set('2026-11-02T19:00:00Z');
  });

  it('SS-1, NOTE-1: the CLNO that justified one service\'s authorization does not justify another\'s (nothing written)', async () => {
    const id = await newCase('OneNote');
    const [boots, tools] = [await draft(id, cm, 9000), await draft(id, cm, 12000)];
    const note = await addClientNote(app, id, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    expect((await app.gql(AUTHORIZE, { input: { supportiveServiceId: boots, clientNoteId: note.id } }, cm)).data.authorizeSupportiveService.supportiveService).toMatchObject({ status: 'AUTHORIZED' });
    const reused = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: tools, clientNoteId: note.id } }, cm), 'authorizeSupportiveService');
    expect(reused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientNoteId', constraint: 'noteOfThisService', message: expect.stringContaining(boots) });
    expect(Number((await app.dataSource.query('SELECT count(*)::int AS n FROM supportive_service_authorization WHERE case_id = $1', [id]))[0].n)).toBe(1);
  });

  it('a closed case\'s supportive service is neither put to a supervisor nor authorized (caseOpen), and nothing is written', async () => {
    const id = await newCase('Closed');
    const big = await draft(id);
    const small = await draft(id, cm, 4000);
    const asked = await ask(await draft(id));
    await close(id);
    // The request that waited lapses with the case (nothing can be authorized on it any more), by the event that closed it.
    const [closing] = await app.dataSource.query(`SELECT version FROM case_history WHERE case_id = $1 AND event = 'CLOSE_WORK_ACTIVITY_RECORD'`, [id]);
    const [lapsed] = await app.dataSource.query(`SELECT r.status, d.decided_by AS "decidedBy", d.history_version AS "historyVersion", d.reason
      FROM approval_request r JOIN approval_decision d ON d.request_id = r.id WHERE r.id = $1`, [asked.id]);
    expect(lapsed).toEqual({ status: 'LAPSED', decidedBy: app.fixtures.north.caseManager, historyVersion: closing.version, reason: 'The case closed (CLOSE_WORK_ACTIVITY_RECORD) before it was decided' });
    const rows = async () => (await app.dataSource.query(`SELECT (SELECT count(*) FROM approval_request WHERE case_id = $1)::int AS requests,
      (SELECT count(*) FROM supportive_service_authorization WHERE case_id = $1)::int AS authorizations`, [id]))[0];
    const before = await rows();
    expect(userErrorOf(await app.gql(ASK, { input: { supportiveServiceId: big, reason: 'Over $1,500' } }, cm), 'requestSupportiveServiceApproval')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'caseOpen' });
    const note = await addClientNote(app, id, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    expect(userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: small, clientNoteId: note.id } }, cm), 'authorizeSupportiveService')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'caseOpen' });
    expect(await rows()).toEqual(before);
  });
});
