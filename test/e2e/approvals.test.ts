import { BACKFILL_PENDING_SQL } from '../../src/migrations/1765000000000-ApprovalsAndSupportiveServices';
import { bringToParticipation, dataOf, sendEvent, userErrorOf, versionOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const REQUEST = 'id kind ruleId status version caseId requestedBy toTrack historyVersion reason ageInBusinessDays decision { outcome reason decidedBy historyVersion }';
const QUEUE = `query($filter: ApprovalFilter, $first: Int, $after: String) {
  approvals(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { ${REQUEST} } } pageInfo { hasNextPage endCursor } }
}`;
const DRAFT = `mutation($input: DraftSupportiveServiceInput!) { draftSupportiveService(input: $input) { supportiveService { id } ${USER_ERRORS} } }`;
const ASK = `mutation($input: RequestSupportiveServiceApprovalInput!) { requestSupportiveServiceApproval(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;
const DECIDE = `mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;
const WITHDRAW = `mutation($input: WithdrawApprovalRequestInput!) { withdrawApprovalRequest(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;

/**
 * Issue 13 item 1: one approval model for the decisions policy gives a supervisor (TRK-1, TL-2,
 * SS-2, waivers): the approver is never the requester, one pending request per action and case,
 * decisions append-only with a reason, and each office's queue oldest first with its age in
 * Alaska business days under the injected clock.
 */
describe('approvals (TRK-1, TL-2, SS-2, waivers)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let secondSupervisor: string;
  let caseId: string;
  const writes = async () => (await app.dataSource.query(
    `SELECT (SELECT count(*) FROM approval_request)::int AS requests, (SELECT count(*) FROM approval_decision)::int AS decisions,
       (SELECT count(*) FROM approval_request WHERE status <> 'PENDING')::int AS settled, (SELECT coalesce(sum(version), 0) FROM work_case)::int AS versions`))[0];
  const service = async (amountCents = 180000, token = cm, onCase = caseId) => {
    const res = await app.gql(DRAFT, { input: { caseId: onCase, type: 'TRANSPORTATION', amountCents, vendor: 'Bethel Transit', serviceFrom: '2026-11-02', serviceTo: '2026-11-30', justification: 'Bus pass' } }, token);
    return res.data.draftSupportiveService.supportiveService.id as string;
  };
  const ask = async (supportiveServiceId: string, token = cm) => {
    const res = await app.gql(ASK, { input: { supportiveServiceId, reason: 'Over $1,500' } }, token);
    if (!res.data?.requestSupportiveServiceApproval?.approvalRequest) throw new Error(JSON.stringify(res.errors ?? res.data.requestSupportiveServiceApproval.userErrors));
    return res.data.requestSupportiveServiceApproval.approvalRequest;
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    const [{ id }] = await app.dataSource.query(`INSERT INTO staff (email, name, role, office_id, active) VALUES ('sup2.north@test', 'Second Supervisor', 'SUPERVISOR', $1, true) RETURNING id`, [app.fixtures.north.officeId]);
    secondSupervisor = app.token(id);
    ({ id: caseId } = await referClient(app, cm, { referralDate: '2026-10-26' }));
  });
  afterAll(() => app.close());

  it('the approver is never the requester: a supervisor who asked cannot approve their own (FORBIDDEN, nothing written); another supervisor of the office can', async () => {
    const request = await ask(await service(200000, supervisor), supervisor);
    expect(request).toMatchObject({ status: 'PENDING', requestedBy: app.fixtures.north.supervisor });
    const before = await writes();
    const own = userErrorOf(await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'My own request' } }, supervisor), 'decideApproval');
    expect(own).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/never the requester/) });
    expect(await writes()).toEqual(before);
    const res = await app.gql(DECIDE, { input: { id: request.id, decision: 'DENY', reason: 'Find a cheaper vendor', expectedVersion: 1 } }, secondSupervisor);
    expect(res.data.decideApproval.approvalRequest).toMatchObject({ status: 'DENIED', version: 2, decision: { outcome: 'DENIED', reason: 'Find a cheaper vendor' } });
    // Decisions are append-only: a second decision is refused, and the database refuses to rewrite one.
    expect(userErrorOf(await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Changed my mind' } }, secondSupervisor), 'decideApproval')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'isPending' });
    await expect(app.dataSource.query(`UPDATE approval_decision SET reason = 'x' WHERE request_id = $1`, [request.id])).rejects.toThrow();
    await expect(app.dataSource.query(`UPDATE approval_request SET reason = 'x' WHERE id = $1`, [request.id])).rejects.toThrow(/never changed/);
  });

  it('the database refuses a decision by the requester, and a withdrawal by anyone else (approval_decision_approver_check)', async () => {
    const request = await ask(await service());
    const insert = (decidedBy: string, outcome: string) => app.dataSource.query(
      `INSERT INTO approval_decision (request_id, requested_by, outcome, reason, decided_by, decided_at) VALUES ($1, $2, $3, 'x', $4, now())`,
      [request.id, app.fixtures.north.caseManager, outcome, decidedBy]);
    await expect(insert(app.fixtures.north.caseManager, 'APPROVED')).rejects.toThrow(/approval_decision_approver_check/);
    await expect(insert(app.fixtures.north.supervisor, 'WITHDRAWN')).rejects.toThrow(/approval_decision_approver_check/);
    const withdrawn = await app.gql(WITHDRAW, { input: { id: request.id, reason: 'Client found a ride' } }, cm);
    expect(withdrawn.data.withdrawApprovalRequest.approvalRequest).toMatchObject({ status: 'WITHDRAWN', decision: { outcome: 'WITHDRAWN', decidedBy: app.fixtures.north.caseManager } });
  });

  it('one pending request per action and case: a second one is BAD_USER_INPUT and writes nothing; another service is another action', async () => {
    const first = await service();
    await ask(first);
    const before = await writes();
    const second = userErrorOf(await app.gql(ASK, { input: { supportiveServiceId: first, reason: 'Again' } }, cm), 'requestSupportiveServiceApproval');
    expect(second).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'onePendingPerAction' });
    expect(await writes()).toEqual(before);
    expect((await ask(await service())).status).toBe('PENDING');
  });

  it('the queue: office-scoped, oldest first, each with its age in Alaska business days under the injected clock, paged by cursor', async () => {
    const { id: queued } = await referClient(app, cm, { client: { firstName: 'Quinn', lastName: 'Queue', dateOfBirth: '1991-02-02' }, referralDate: '2026-11-02' });
    const asked: string[] = [];
    for (const day of ['2026-11-20T19:00:00Z', '2026-11-25T19:00:00Z', '2026-11-30T19:00:00Z']) {
      app.clock.set(day);
      asked.push((await ask(await service(300000, cm, queued))).id);
    }
    app.clock.set('2026-12-01T19:00:00Z');
    const filter = { status: 'PENDING', kind: 'SUPPORTIVE_SERVICE', requestedBy: app.fixtures.north.caseManager };
    const all = (await app.gql(QUEUE, { filter, first: 50 }, supervisor)).data.approvals;
    const ours = all.edges.map((e: { node: { id: string; ageInBusinessDays: number } }) => e.node).filter((n: { id: string }) => asked.includes(n.id));
    // Thanksgiving (Nov 26) is a state holiday; the day after is a business day in Alaska.
    expect(ours.map((n: { id: string; ageInBusinessDays: number }) => [n.id, n.ageInBusinessDays])).toEqual([[asked[0], 6], [asked[1], 3], [asked[2], 1]]);
    const requestedAt = all.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(requestedAt.indexOf(asked[0])).toBeLessThan(requestedAt.indexOf(asked[2]));
    const page1 = (await app.gql(QUEUE, { filter, first: 2 }, supervisor)).data.approvals;
    const page2 = (await app.gql(QUEUE, { filter, first: 50, after: page1.pageInfo.endCursor }, supervisor)).data.approvals;
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(requestedAt);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(all.totalCount).toBe(requestedAt.length);
    // Another office's supervisor sees none of them, and may not ask for this office.
    const south = app.token(app.fixtures.south.supervisor);
    expect((await app.gql(QUEUE, { filter }, south)).data.approvals.totalCount).toBe(0);
    expect((await app.gql(QUEUE, { filter: { officeId: app.fixtures.north.officeId } }, south)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(QUEUE, { filter }, app.token(app.fixtures.north.partner))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(QUEUE, { filter, after: 'bogus' }, supervisor)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    app.clock.set('2026-11-02T19:00:00Z');
  });

  it('TRK-1: requestTrackChange opens a request in the queue; decideTrackChange records the decision; a supervisor who asked cannot decide it', async () => {
    const { id: tracked } = await referClient(app, cm, { client: { firstName: 'Tara', lastName: 'Track', dateOfBirth: '1992-03-03' }, referralDate: '2026-10-26' });
    await bringToParticipation(app, tracked, cm, { reached: '2026-10-27', lastStepReviewDate: '2027-01-29' });
    const asked = await sendEvent(app, tracked, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Barriers found at the EA' }, cm);
    const queue = (await app.gql(QUEUE, { filter: { kind: 'TRACK_CHANGE', status: 'PENDING' } }, supervisor)).data.approvals.edges.map((e: { node: Record<string, unknown> }) => e.node);
    const request = queue.find((n: { caseId: string }) => n.caseId === tracked);
    expect(request).toMatchObject({ ruleId: 'TRK-1', toTrack: 'FAMILIES_FIRST', reason: 'Barriers found at the EA', requestedBy: app.fixtures.north.caseManager, historyVersion: asked.case.version });
    const decided = await sendEvent(app, tracked, 'DECIDE_TRACK_CHANGE', { approved: true, reason: 'Agreed at consultation' }, supervisor);
    const [row] = (await app.gql(QUEUE, { filter: { kind: 'TRACK_CHANGE', status: 'APPROVED' } }, supervisor)).data.approvals.edges.filter((e: { node: { id: string } }) => e.node.id === request.id);
    expect(row.node).toMatchObject({ status: 'APPROVED', decision: { outcome: 'APPROVED', reason: 'Agreed at consultation', decidedBy: app.fixtures.north.supervisor, historyVersion: decided.case.version } });

    // The supervisor asks the way back; the same supervisor may not decide it (nothing written), another one decides it through decideApproval.
    await sendEvent(app, tracked, 'REQUEST_TRACK_CHANGE', { toTrack: 'WORK_FIRST', reason: 'Barriers resolved' }, supervisor);
    const pending = (await app.gql(QUEUE, { filter: { kind: 'TRACK_CHANGE', status: 'PENDING' } }, supervisor)).data.approvals.edges.find((e: { node: { caseId: string } }) => e.node.caseId === tracked).node;
    const before = await writes();
    const res = await app.gql(`mutation($input: DecideTrackChangeInput!) { result: decideTrackChange(input: $input) { ${USER_ERRORS} } }`,
      { input: { caseId: tracked, expectedVersion: await versionOf(app, tracked), approved: true, reason: 'Approving my own' } }, supervisor);
    expect(userErrorOf(res)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await writes()).toEqual(before);
    // The button agrees with the server: off for the supervisor who asked, on for another.
    const decideAction = async (token: string) => (await dataOf(app, `query($id: ID!) { case(id: $id) { actions { event allowed blockedBy } } }`, { id: tracked }, token))
      .case.actions.find((a: { event: string }) => a.event === 'DECIDE_TRACK_CHANGE');
    expect(await decideAction(supervisor)).toEqual({ event: 'DECIDE_TRACK_CHANGE', allowed: false, blockedBy: expect.stringMatching(/never the requester/) });
    expect(await decideAction(secondSupervisor)).toEqual({ event: 'DECIDE_TRACK_CHANGE', allowed: true, blockedBy: null });
    expect(userErrorOf(await app.gql(WITHDRAW, { input: { id: pending.id, reason: 'Not needed' } }, supervisor), 'withdrawApprovalRequest')).toMatchObject({ constraint: 'withdrawable' });
    const viaQueue = await app.gql(DECIDE, { input: { id: pending.id, decision: 'DENY', reason: 'Not yet ready', expectedVersion: pending.version } }, secondSupervisor);
    expect(viaQueue.data.decideApproval.approvalRequest).toMatchObject({ status: 'DENIED', decision: { outcome: 'DENIED' } });
    const [history] = await app.dataSource.query(`SELECT event, payload->>'approved' AS approved FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [tracked]);
    expect(history).toEqual({ event: 'DECIDE_TRACK_CHANGE', approved: 'false' });
  });

  it('bad input and wrong roles write nothing: unknown id, short reason, stale version, another office, a case manager, a partner', async () => {
    const request = await ask(await service());
    const unasked = await service();
    const before = await writes();
    const decide = (input: Record<string, unknown>, token = supervisor) => app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Looks right', ...input } }, token);
    expect(userErrorOf(await decide({ id: '6f1c7d1e-0000-4000-8000-000000000000' }), 'decideApproval')).toMatchObject({ code: 'NOT_FOUND' });
    expect(userErrorOf(await decide({ reason: 'x' }), 'decideApproval')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(userErrorOf(await decide({ expectedVersion: 7 }), 'decideApproval')).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1, expectedVersion: 7 });
    const { north, south, wsta } = app.fixtures;
    for (const staff of [south.supervisor, north.caseManager, north.manager, wsta, north.partner]) {
      expect([staff, userErrorOf(await decide({}, app.token(staff)), 'decideApproval').code]).toEqual([staff, 'FORBIDDEN']);
    }
    expect(userErrorOf(await app.gql(WITHDRAW, { input: { id: request.id, reason: 'Not mine' } }, app.token(north.otherCaseManager)), 'withdrawApprovalRequest').code).toBe('FORBIDDEN');
    for (const staff of [south.caseManager, wsta, north.partner, north.otherCaseManager]) {
      expect([staff, userErrorOf(await app.gql(ASK, { input: { supportiveServiceId: unasked, reason: 'Asking' } }, app.token(staff)), 'requestSupportiveServiceApproval').code]).toEqual([staff, 'FORBIDDEN']);
    }
    expect(await writes()).toEqual(before);
  });

  it('requests waiting before the approval model are backfilled from the case history (TRK-1)', async () => {
    const { id: old } = await referClient(app, cm, { client: { firstName: 'Olga', lastName: 'Old', dateOfBirth: '1980-04-04' }, referralDate: '2026-10-26' });
    await bringToParticipation(app, old, cm, { reached: '2026-10-27', lastStepReviewDate: '2027-01-29' });
    await sendEvent(app, old, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Asked before the approval model' }, cm);
    // As if the request had been made before the migration: the row is gone (the owner bypasses the guard for this).
    await app.dataSource.query(`ALTER TABLE approval_request DISABLE TRIGGER approval_request_guard`);
    await app.dataSource.query(`DELETE FROM approval_request WHERE case_id = $1`, [old]);
    await app.dataSource.query(`ALTER TABLE approval_request ENABLE TRIGGER approval_request_guard`);
    await app.dataSource.query(BACKFILL_PENDING_SQL);
    await app.dataSource.query(BACKFILL_PENDING_SQL);
    const rows = await app.dataSource.query(`SELECT kind, status, reason, requested_by AS "requestedBy", to_track AS "toTrack" FROM approval_request WHERE case_id = $1`, [old]);
    expect(rows).toEqual([{ kind: 'TRACK_CHANGE', status: 'PENDING', reason: 'Asked before the approval model', requestedBy: app.fixtures.north.caseManager, toTrack: 'FAMILIES_FIRST' }]);
  });
});
