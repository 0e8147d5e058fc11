import { addClientNote, userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const SERVICE = 'id type nonTypical amountCents vendor serviceFrom serviceTo status approvalReasons approvalRequest { id status } authorization { clientNoteId authorizedOn approvalRequestId }';
const DRAFT = `mutation($input: DraftSupportiveServiceInput!) { draftSupportiveService(input: $input) { supportiveService { ${SERVICE} } ${USER_ERRORS} } }`;
const ASK = `mutation($input: RequestSupportiveServiceApprovalInput!) {
  requestSupportiveServiceApproval(input: $input) { approvalRequest { id kind ruleId status version requestedBy supportiveServiceId evidence evidenceNoteId evidenceNoteKind } ${USER_ERRORS} }
}`;
const AUTHORIZE = `mutation($input: AuthorizeSupportiveServiceInput!) { authorizeSupportiveService(input: $input) { supportiveService { ${SERVICE} } ${USER_ERRORS} } }`;
const DECIDE = `mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { approvalRequest { id status decision { outcome reason decidedBy } } ${USER_ERRORS} } }`;
const QUEUE = `query($filter: ApprovalFilter) { approvals(filter: $filter) { totalCount edges { node { id kind status ageInBusinessDays supportiveServiceId requestedBy } } } }`;
const NOTE = `query($id: ID!) { case(id: $id) { clientNotes(first: 50) { edges { node { id subject title } } } } }`;
const CASE_SERVICES = `query($id: ID!) { case(id: $id) { supportiveServices { totalCount edges { node { id status } } } } }`;

/**
 * Issue 13 item 2: supportive services (SS-1..3). Drafted by the CM; over $1,500 or non-typical,
 * approved by a supervisor who did not ask (SS-2); authorized with the same-day justification CLNO (SS-1).
 */
describe('supportive services (SS-1, SS-2, SS-3)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let caseId: string;
  const rows = async (table: string) => Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const writes = async () => [await rows('supportive_service'), await rows('supportive_service_authorization'), await rows('approval_request'), await rows('approval_decision')];
  const busPass = (change: Record<string, unknown> = {}) => ({
    caseId, type: 'TRANSPORTATION', amountCents: 180000, vendor: 'Bethel Transit', serviceFrom: '2026-11-02', serviceTo: '2027-01-31',
    justification: 'Monthly bus passes to reach the job search center and interviews', ...change,
  });
  const draft = async (input: Record<string, unknown>, token = cm) => {
    const res = await app.gql(DRAFT, { input }, token);
    if (!res.data?.draftSupportiveService?.supportiveService) throw new Error(JSON.stringify(res.errors ?? res.data?.draftSupportiveService?.userErrors));
    return res.data.draftSupportiveService.supportiveService;
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-10-26' }));
  });
  afterAll(() => app.close());

  it('SS-1, SS-2: a CM requests a $1,800 bus pass and cannot authorize it; the same CM cannot approve it; the supervisor approves it from the queue; the authorization then succeeds and its CLNO is on file', async () => {
    const service = await draft(busPass());
    expect(service).toMatchObject({ status: 'DRAFT', amountCents: 180000, approvalReasons: ['OVER_1500'], approvalRequest: null, authorization: null });
    const early = await addClientNote(app, caseId, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);

    // Not authorized without an approved request (SS-2); nothing written.
    const before = await writes();
    const refused = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: early.id } }, cm), 'authorizeSupportiveService');
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supportiveServiceId', constraint: 'supervisorApprovalRequired' });
    expect(await writes()).toEqual(before);

    const asked = await app.gql(ASK, { input: { supportiveServiceId: service.id, reason: 'Over $1,500: three months of passes', evidence: 'Transit price list', evidenceNoteId: early.id } }, cm);
    const request = asked.data.requestSupportiveServiceApproval.approvalRequest;
    expect(request).toMatchObject({ kind: 'SUPPORTIVE_SERVICE', ruleId: 'SS-2', status: 'PENDING', requestedBy: app.fixtures.north.caseManager, evidenceNoteId: early.id, evidenceNoteKind: 'CLNO' });

    // The CM cannot approve it: FORBIDDEN, nothing written.
    const mid = await writes();
    expect(userErrorOf(await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'I approve my own' } }, cm), 'decideApproval')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await writes()).toEqual(mid);

    // The supervisor's queue has it, then the supervisor approves it.
    const queue = await app.gql(QUEUE, { filter: { status: 'PENDING' } }, supervisor);
    expect(queue.data.approvals.edges.map((e: { node: { id: string } }) => e.node)).toContainEqual(expect.objectContaining({ id: request.id, supportiveServiceId: service.id, ageInBusinessDays: 0 }));
    const approved = await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Needed for the job search', expectedVersion: request.version } }, supervisor);
    expect(approved.data.decideApproval.approvalRequest).toMatchObject({ status: 'APPROVED', decision: { outcome: 'APPROVED', decidedBy: app.fixtures.north.supervisor } });

    // SS-1: the same-day CLNO documents the justification and the approval; the authorization succeeds.
    const note = await addClientNote(app, caseId, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    const res = await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: note.id } }, cm);
    expect(res.data.authorizeSupportiveService.userErrors).toEqual([]);
    expect(res.data.authorizeSupportiveService.supportiveService).toMatchObject({
      status: 'AUTHORIZED', authorization: { clientNoteId: note.id, authorizedOn: '2026-11-02', approvalRequestId: request.id }, approvalRequest: { id: request.id, status: 'APPROVED' },
    });
    const onFile = (await app.gql(NOTE, { id: caseId }, supervisor)).data.case.clientNotes.edges.map((e: { node: { id: string } }) => e.node);
    expect(onFile).toContainEqual({ id: note.id, subject: 'SUPPORTIVE_SERVICE_JUSTIFICATION', title: 'Supportive Service Justification' });
    const again = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: note.id } }, cm), 'authorizeSupportiveService');
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'notYetAuthorized' });
  });

  it('SS-2: exactly $1,500.00 is authorized without approval, and asking approval for it is refused', async () => {
    const service = await draft(busPass({ amountCents: 150000, vendor: 'Bethel Transit', type: 'WORK_CLOTHING' }));
    expect(service).toMatchObject({ approvalReasons: [], status: 'DRAFT' });
    const ask = userErrorOf(await app.gql(ASK, { input: { supportiveServiceId: service.id, reason: 'Just in case' } }, cm), 'requestSupportiveServiceApproval');
    expect(ask).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'approvalRequired' });
    const note = await addClientNote(app, caseId, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    const res = await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: note.id } }, cm);
    expect(res.data.authorizeSupportiveService.supportiveService).toMatchObject({ status: 'AUTHORIZED', authorization: { approvalRequestId: null } });
  });

  it('SS-2: a non-typical service (OTHER, or flagged) needs approval whatever its amount; OTHER is never typical', async () => {
    expect((await draft(busPass({ type: 'OTHER', amountCents: 5000 }))).approvalReasons).toEqual(['NON_TYPICAL']);
    expect((await draft(busPass({ type: 'TOOLS', nonTypical: true, amountCents: 5000 }))).approvalReasons).toEqual(['NON_TYPICAL']);
    const refused = userErrorOf(await app.gql(DRAFT, { input: busPass({ type: 'OTHER', nonTypical: false }) }, cm), 'draftSupportiveService');
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nonTypical', constraint: 'otherIsNonTypical' });
  });

  it('SS-1: the CLNO must be a Supportive Service Justification of this case entered today', async () => {
    const service = await draft(busPass({ amountCents: 4500 }));
    app.clock.set('2026-10-30T19:00:00Z');
    const yesterday = await addClientNote(app, caseId, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    app.clock.set('2026-11-02T19:00:00Z');
    const contact = await addClientNote(app, caseId, 'CONTACT', cm);
    const { id: otherCase } = await referClient(app, cm, { client: { firstName: 'Boris', lastName: 'Other', dateOfBirth: '1990-01-01' }, referralDate: '2026-10-26' });
    const foreign = await addClientNote(app, otherCase, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    const before = await writes();
    for (const [noteId, constraint] of [[yesterday.id, 'sameDay'], [contact.id, 'justificationNote'], [foreign.id, 'noteOfCase']]) {
      const error = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: noteId } }, cm), 'authorizeSupportiveService');
      expect([noteId, error]).toEqual([noteId, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'clientNoteId', constraint })]);
    }
    expect(await writes()).toEqual(before);
  });

  it('SS-3: a child care service is authorized only while the case\'s child care authorization says so (no second record of child care)', async () => {
    const service = await draft(busPass({ type: 'CHILD_CARE', amountCents: 60000, vendor: 'Little Otters Daycare', serviceFrom: '2026-12-01', serviceTo: '2026-12-31' }));
    const note = await addClientNote(app, caseId, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    const refused = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: note.id } }, cm), 'authorizeSupportiveService');
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'childCareAuthorized' });
    const record = await app.gql(`mutation($input: RecordChildCareAuthorizationInput!) { recordChildCareAuthorization(input: $input) { userErrors { code message } } }`,
      { input: { caseId, authorized: true, federallyFunded: true } }, cm);
    expect(record.data.recordChildCareAuthorization.userErrors).toEqual([]);
    const res = await app.gql(AUTHORIZE, { input: { supportiveServiceId: service.id, clientNoteId: note.id } }, cm);
    expect(res.data.authorizeSupportiveService.supportiveService.status).toBe('AUTHORIZED');
  });

  it('bad input writes nothing: no amount, dates out of order or before the referral, no vendor, an unknown service', async () => {
    const before = await writes();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ serviceTo: '2026-11-01' }, 'serviceTo', 'notBeforeServiceFrom'],
      [{ serviceFrom: '2026-10-01', serviceTo: '2026-10-31' }, 'serviceFrom', 'notBeforeReferral'],
      [{ vendor: '   ' }, 'vendor', 'isNotEmpty'],
      [{ serviceFrom: '2028-01-01', serviceTo: '2028-01-31' }, 'serviceFrom', 'notTooFarAhead'],
    ];
    for (const [change, field, constraint] of cases) {
      const error = userErrorOf(await app.gql(DRAFT, { input: busPass(change) }, cm), 'draftSupportiveService');
      expect([change, error]).toEqual([change, expect.objectContaining({ code: 'BAD_USER_INPUT', field, constraint })]);
    }
    expect(userErrorOf(await app.gql(DRAFT, { input: busPass({ amountCents: 0 }) }, cm), 'draftSupportiveService')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    const missing = userErrorOf(await app.gql(AUTHORIZE, { input: { supportiveServiceId: '6f1c7d1e-0000-4000-8000-000000000000', clientNoteId: '6f1c7d1e-0000-4000-8000-000000000001' } }, cm), 'authorizeSupportiveService');
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(await writes()).toEqual(before);
  });

  it('who may: the case\'s CM, its office\'s supervisor and manager draft; another CM, another office, WSTA and PARTNER are FORBIDDEN and write nothing', async () => {
    const { north, south, wsta } = app.fixtures;
    for (const staff of [north.caseManager, north.supervisor, north.manager]) expect((await draft(busPass({ amountCents: 1000 }), app.token(staff))).status).toBe('DRAFT');
    const before = await writes();
    for (const staff of [north.otherCaseManager, south.caseManager, south.supervisor, wsta, north.partner]) {
      const error = userErrorOf(await app.gql(DRAFT, { input: busPass({ amountCents: 1000 }) }, app.token(staff)), 'draftSupportiveService');
      expect([staff, error.code]).toEqual([staff, 'FORBIDDEN']);
    }
    expect(await writes()).toEqual(before);
    expect((await app.gql(CASE_SERVICES, { id: caseId }, app.token(north.partner))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.gql(CASE_SERVICES, { id: caseId }, app.token(wsta));
    expect(list.data.case.supportiveServices.totalCount).toBeGreaterThan(5);
  });

  it('SS-2 in the database: an authorization of a service over $1,500 without its approved request is refused by a trigger', async () => {
    const service = await draft(busPass({ amountCents: 250000 }));
    const note = await addClientNote(app, caseId, 'SUPPORTIVE_SERVICE_JUSTIFICATION', cm);
    await expect(app.dataSource.query(
      `INSERT INTO supportive_service_authorization (supportive_service_id, case_id, client_note_id, authorized_on, authorized_by, authorized_at)
       VALUES ($1, $2, $3, '2026-11-02', $4, now())`, [service.id, caseId, note.id, app.fixtures.north.caseManager])).rejects.toThrow(/SS-2/);
    await expect(app.dataSource.query(`UPDATE supportive_service SET amount_cents = 100 WHERE id = $1`, [service.id])).rejects.toThrow();
  });
});
