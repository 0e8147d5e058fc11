import { BACKFILL_PENDING_SQL } from '../../src/migrations/1765000000000-ApprovalsAndSupportiveServices';
import { LAPSE_CLOSED_PENDING_SQL, SETTLE_LAPSED_SQL } from '../../src/migrations/1765050000000-ApprovalsReviewFixes';
import { addCaseNote, bringToParticipation, sendEvent, userErrorOf, versionOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';
import { DECIDE, REQUEST, supportiveServiceSteps } from '../support/supportive-services';

const QUEUE = `query($filter: ApprovalFilter) { approvals(filter: $filter, first: 200) { edges { node { ${REQUEST} } } } }`;
const WITHDRAW = `mutation($input: WithdrawApprovalRequestInput!) { withdrawApprovalRequest(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;

/**
 * Review of issue 13's approvals (TRK-1, TL-2, SS-2): races on one request, requests whose case
 * closed under them or whose staffing form was submitted again, and who may decide them then.
 */
describe('approvals review (TRK-1, TL-2, SS-2)', () => {
  let app: TestApp;
  let cm: string;
  let supervisor: string;
  let secondSupervisor: string;
  let secondSupervisorId: string;
  const { decisionsOf, draft, ask, newCase } = supportiveServiceSteps(() => app, () => cm);
  /**
   * Runs `requests` while the case's row is locked by another transaction, releasing it only once
   * every request waits on it: each has read what it reads before the lock, as two supervisors
   * who pressed the button at the same moment have.
   */
  const whileCaseLocked = async <T>(caseId: string, requests: () => Array<Promise<T>>): Promise<T[]> => {
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT id FROM work_case WHERE id = $1 FOR UPDATE', [caseId]);
      const running = requests();
      const blocked = async () => Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`))[0].n);
      while ((await blocked()) < running.length) { /* each request reaches the lock */ }
      await holder.commitTransaction();
      return await Promise.all(running);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  };
  /** A case at month 58 with its extension staffing scheduled on 2026-11-20; `submit` submits the form's content as `token`. */
  const staffed = async (lastName: string) => {
    app.clock.set('2026-11-02T20:00:00Z');
    const { id } = await referClient(app, cm, { referralDate: '2026-10-20', monthsUsed: 58, client: { firstName: 'Ext', lastName, dateOfBirth: '1985-05-05' } });
    await bringToParticipation(app, id, cm, { reached: '2026-10-20', lastStepReviewDate: '2027-02-02' });
    await sendEvent(app, id, 'SCHEDULE_EXTENSION_STAFFING', { staffingOn: '2026-11-20' }, cm);
    const submit = async (criteria: string[], token = cm) => {
      const res = await app.gql(`mutation($input: SubmitExtensionStaffingFormContentInput!) { submitExtensionStaffingFormContent(input: $input) { form { historyVersion } ${USER_ERRORS} } }`, { input: {
        caseId: id, expectedVersion: await versionOf(app, id), staffingOn: '2026-11-20', submittedOn: '2026-11-02', completedWithClient: true,
        criteria: [{ criteria }], ta10On: criteria.includes('MEDICAL_INABILITY_TA10') ? '2026-10-30' : null, partnerInput: [],
      } }, token);
      expect(res.data.submitExtensionStaffingFormContent.userErrors).toEqual([]);
      return res.data.submitExtensionStaffingFormContent.form.historyVersion as number;
    };
    const pending = async () => (await app.gql(QUEUE, { filter: { kind: 'EXTENSION', status: 'PENDING' } }, supervisor)).data.approvals.edges
      .map((e: { node: { caseId: string } }) => e.node).filter((n: { caseId: string }) => n.caseId === id);
    return { id, submit, pending };
  };
  const close = async (caseId: string) => {
    await sendEvent(app, caseId, 'CLOSE_TA', { closedOn: '2026-11-02', withWork: false }, cm);
    await sendEvent(app, caseId, 'RECORD_EXIT_SUMMARY', { enteredOn: '2026-11-02' }, cm);
    await sendEvent(app, caseId, 'CLOSE_WORK_ACTIVITY_RECORD', { closedOn: '2026-11-02' }, cm);
  };

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    supervisor = app.token(app.fixtures.north.supervisor);
    [{ id: secondSupervisorId }] = await app.dataSource.query(`INSERT INTO staff (email, name, role, office_id, active) VALUES ('sup2.north@test', 'Second Supervisor', 'SUPERVISOR', $1, true) RETURNING id`, [app.fixtures.north.officeId]);
    secondSupervisor = app.token(secondSupervisorId);
  });
  afterAll(() => app.close());

  it('two supervisors deciding one request at once: one decision is recorded, the other is a user error, never a 500', async () => {
    const id = await newCase('Race');
    const request = await ask(await draft(id));
    const [a, b] = await whileCaseLocked(id, () => [
      app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Needed for work' } }, supervisor),
      app.gql(DECIDE, { input: { id: request.id, decision: 'DENY', reason: 'Find a cheaper vendor' } }, secondSupervisor),
    ]);
    for (const res of [a, b]) expect(res.errors).toBeUndefined();
    const errors = [a, b].map((res) => res.data.decideApproval.userErrors as Array<{ code: string }>);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.flat().map((e) => e.code)).toEqual([expect.stringMatching(/^(BAD_USER_INPUT|VERSION_CONFLICT)$/)]);
    expect(await decisionsOf(request.id)).toBe(1);
  });

  it('a decision racing the requester\'s withdrawal: one of them wins, the other is a user error, never a 500', async () => {
    const id = await newCase('Withdraw');
    const request = await ask(await draft(id));
    const [a, b] = await whileCaseLocked(id, () => [
      app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Needed for work' } }, supervisor),
      app.gql(WITHDRAW, { input: { id: request.id, reason: 'Client found a ride' } }, cm),
    ]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect([...a.data.decideApproval.userErrors, ...b.data.withdrawApprovalRequest.userErrors]).toHaveLength(1);
    expect(await decisionsOf(request.id)).toBe(1);
  });

  it('a decision is never dated before its request (a clock behind the one that recorded it): BAD_USER_INPUT, nothing written; the database refuses it too', async () => {
    const id = await newCase('Early');
    const request = await ask(await draft(id));
    app.clock.set('2026-11-02T18:59:00Z');
    const before = await decisionsOf(request.id);
    const early = userErrorOf(await app.gql(DECIDE, { input: { id: request.id, decision: 'APPROVE', reason: 'Needed for work' } }, supervisor), 'decideApproval');
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'notBeforeRequest' });
    expect(await decisionsOf(request.id)).toBe(before);
    app.clock.set('2026-11-02T19:00:00Z');
    await expect(app.dataSource.query(`INSERT INTO approval_request (case_id, office_id, kind, rule_id, subject_key, reason, requested_by, requested_at, status, version, decided_at)
      VALUES ($1, $2, 'TRACK_CHANGE', 'TRK-1', '', 'x', $3, '2026-11-02T19:00:00Z', 'DENIED', 2, '2026-11-02T18:00:00Z')`, [id, app.fixtures.north.officeId, app.fixtures.north.caseManager]))
      .rejects.toThrow(/approval_request_decided_after_request_check/);
  });

  it('TRK-1: a track change still pending when TA closes leaves the queue (LAPSED, by the closing event), and the next episode\'s request is a new one its own requester cannot decide', async () => {
    const id = await newCase('Lapse');
    await bringToParticipation(app, id, cm, { reached: '2026-10-27', lastStepReviewDate: '2027-01-29' });
    await sendEvent(app, id, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Barriers found at the EA' }, cm);
    await close(id);
    const queue = async (status: string) => (await app.gql(QUEUE, { filter: { kind: 'TRACK_CHANGE', status } }, supervisor)).data.approvals.edges
      .map((e: { node: { caseId: string } }) => e.node).filter((n: { caseId: string }) => n.caseId === id);
    expect(await queue('PENDING')).toEqual([]);
    const [lapsed] = await queue('LAPSED');
    const [closing] = await app.dataSource.query(`SELECT version FROM case_history WHERE case_id = $1 AND event = 'CLOSE_TA'`, [id]);
    expect(lapsed).toMatchObject({ status: 'LAPSED', requestedBy: app.fixtures.north.caseManager, decision: { outcome: 'LAPSED', decidedBy: app.fixtures.north.caseManager, historyVersion: closing.version } });

    // The client returns; the supervisor asks a track change: it is their own request, and they may not decide it.
    await sendEvent(app, id, 'REFER_AGAIN', { referralDate: '2026-11-02', track: 'WORK_FIRST', caseManagerId: app.fixtures.north.caseManager, monthsUsed: 3 }, cm);
    await bringToParticipation(app, id, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-01-29' });
    await sendEvent(app, id, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Barriers again' }, supervisor);
    const [pending] = await queue('PENDING');
    expect(pending).toMatchObject({ requestedBy: app.fixtures.north.supervisor });
    const own = await app.gql(`mutation($input: DecideTrackChangeInput!) { result: decideTrackChange(input: $input) { ${USER_ERRORS} } }`,
      { input: { caseId: id, expectedVersion: await versionOf(app, id), approved: true, reason: 'Approving my own' } }, supervisor);
    expect(userErrorOf(own)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('TRK-1, SS-2: requests left PENDING by a closing before the fix are lapsed by the migration, by the closing event\'s actor; the consultation open now gets its own request', async () => {
    const closed = await newCase('Migrated');
    const open = await newCase('StillOpen');
    for (const id of [closed, open]) {
      await bringToParticipation(app, id, cm, { reached: '2026-10-27', lastStepReviewDate: '2027-01-29' });
      await sendEvent(app, id, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Barriers found at the EA' }, cm);
    }
    await ask(await draft(closed));
    await close(closed);
    // The client returns and the supervisor asks again: before the fix, the first request stood in for this one.
    await sendEvent(app, closed, 'REFER_AGAIN', { referralDate: '2026-11-02', track: 'WORK_FIRST', caseManagerId: app.fixtures.north.caseManager, monthsUsed: 3 }, cm);
    await bringToParticipation(app, closed, cm, { reached: '2026-11-02', lastStepReviewDate: '2027-01-29' });
    const again = await sendEvent(app, closed, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Barriers again' }, supervisor);
    // As the requests stood before the fix: PENDING, no decision, no second request (the owner bypasses the guards for this).
    await app.dataSource.query(`ALTER TABLE approval_request DISABLE TRIGGER approval_request_guard; ALTER TABLE approval_decision DISABLE TRIGGER approval_decision_append_only`);
    await app.dataSource.query(`DELETE FROM approval_decision d USING approval_request r WHERE r.id = d.request_id AND r.case_id = $1`, [closed]);
    await app.dataSource.query(`DELETE FROM approval_request WHERE case_id = $1 AND requested_by = $2`, [closed, app.fixtures.north.supervisor]);
    await app.dataSource.query(`UPDATE approval_request SET status = 'PENDING', version = 1, decided_at = NULL WHERE case_id = $1`, [closed]);
    await app.dataSource.query(`ALTER TABLE approval_request ENABLE TRIGGER approval_request_guard; ALTER TABLE approval_decision ENABLE TRIGGER approval_decision_append_only`);
    for (let run = 0; run < 2; run++) {
      for (const sql of [LAPSE_CLOSED_PENDING_SQL, SETTLE_LAPSED_SQL, BACKFILL_PENDING_SQL]) await app.dataSource.query(sql);
    }
    const versions = Object.fromEntries((await app.dataSource.query(`SELECT event, min(version) AS version FROM case_history WHERE case_id = $1 GROUP BY 1`, [closed]))
      .map((h: { event: string; version: number }) => [h.event, h.version]));
    const rows = await app.dataSource.query(`SELECT r.case_id AS "caseId", r.kind, r.status, r.requested_by AS "requestedBy", d.decided_by AS "decidedBy", d.history_version AS "historyVersion", d.reason
      FROM approval_request r LEFT JOIN approval_decision d ON d.request_id = r.id WHERE r.case_id = ANY($1) ORDER BY r.case_id = $2 DESC, r.kind DESC, r.requested_at`, [[closed, open], closed]);
    const { caseManager: byCm, supervisor: bySupervisor } = app.fixtures.north;
    const lapsed = { caseId: closed, status: 'LAPSED', requestedBy: byCm, decidedBy: byCm };
    expect(rows).toEqual([
      { ...lapsed, kind: 'TRACK_CHANGE', historyVersion: versions.CLOSE_TA, reason: 'TA closed on 2026-11-02 before it was decided' },
      { caseId: closed, kind: 'TRACK_CHANGE', status: 'PENDING', requestedBy: bySupervisor, decidedBy: null, historyVersion: null, reason: null },
      { ...lapsed, kind: 'SUPPORTIVE_SERVICE', historyVersion: versions.CLOSE_WORK_ACTIVITY_RECORD, reason: 'The case closed (CLOSE_WORK_ACTIVITY_RECORD) before it was decided' },
      { caseId: open, kind: 'TRACK_CHANGE', status: 'PENDING', requestedBy: byCm, decidedBy: null, historyVersion: null, reason: null },
    ]);
    const [backfilled] = await app.dataSource.query(`SELECT history_version AS "historyVersion" FROM approval_request WHERE case_id = $1 AND status = 'PENDING'`, [closed]);
    expect(backfilled.historyVersion).toBe(again.case.version);
  });

  it('TL-2: a staffing form submitted again supersedes the pending request (LAPSED): a decision on the request as it was seen is refused, and the new one names the new form', async () => {
    const { id, submit, pending } = await staffed('Again');
    await submit(['MEDICAL_INABILITY_TA10']);
    const [seen] = await pending();
    const second = await submit(['UNREASONABLE_HARDSHIP']);
    app.clock.set('2026-11-20T20:00:00Z');
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor);
    const stale = userErrorOf(await app.gql(DECIDE, { input: { id: seen.id, decision: 'APPROVE', reason: 'TA10 supports it', expectedVersion: seen.version } }, supervisor), 'decideApproval');
    expect(stale).toMatchObject({ code: expect.stringMatching(/^(BAD_USER_INPUT|VERSION_CONFLICT)$/) });
    const [last] = await app.dataSource.query(`SELECT event FROM case_history WHERE case_id = $1 ORDER BY version DESC LIMIT 1`, [id]);
    expect(last.event).toBe('SUBMIT_STAFFING_FORM');
    const [current] = await pending();
    expect(current).toMatchObject({ requestedBy: app.fixtures.north.caseManager });
    expect(current.id).not.toBe(seen.id);
    const [row] = await app.dataSource.query(`SELECT r.history_version AS "historyVersion", r.evidence, d.outcome FROM approval_request r LEFT JOIN approval_decision d ON d.request_id = r.id WHERE r.id = $1`, [seen.id]);
    expect(row.outcome).toBe('LAPSED');
    const [fresh] = await app.dataSource.query(`SELECT history_version AS "historyVersion", evidence FROM approval_request WHERE id = $1`, [current.id]);
    expect(fresh).toEqual({ historyVersion: second, evidence: expect.stringContaining(`version ${second}`) });
    // Submitted once more without its content (the deprecated submitExtensionStaffingForm): the request carries no form content, so
    // decideApproval does not approve it on the earlier form's criteria (staffingFormOnFile); nothing is written.
    await sendEvent(app, id, 'SUBMIT_STAFFING_FORM', { submittedOn: '2026-11-20' }, cm);
    const [bare] = await pending();
    const version = await versionOf(app, id);
    const refused = userErrorOf(await app.gql(DECIDE, { input: { id: bare.id, decision: 'APPROVE', reason: 'TA10 supports it', expectedVersion: bare.version } }, supervisor), 'decideApproval');
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'staffingFormOnFile' });
    expect(await versionOf(app, id)).toBe(version);
    app.clock.set('2026-11-02T19:00:00Z');
  });

  it('TL-2: the supervisor who submitted the form does not decide the extension after a case manager submits it again (requestersOf), by either path', async () => {
    const { id, submit, pending } = await staffed('Author');
    await submit(['MEDICAL_INABILITY_TA10'], supervisor);
    await submit(['MEDICAL_INABILITY_TA10']);
    const [current] = await pending();
    expect(current).toMatchObject({ requestedBy: app.fixtures.north.caseManager });
    app.clock.set('2026-11-20T20:00:00Z');
    await addCaseNote(app, id, 'EXTENSION_DECISION', supervisor);
    const version = await versionOf(app, id);
    expect(userErrorOf(await app.gql(DECIDE, { input: { id: current.id, decision: 'APPROVE', reason: 'TA10 supports it' } }, supervisor), 'decideApproval')).toMatchObject({ code: 'FORBIDDEN' });
    const direct = await app.gql(`mutation($input: DecideExtensionInput!) { result: decideExtension(input: $input) { ${USER_ERRORS} } }`,
      { input: { caseId: id, expectedVersion: version, approved: false, reason: 'Criteria not met' } }, supervisor);
    expect(userErrorOf(direct)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await versionOf(app, id)).toBe(version);
    const action = async (token: string) => (await app.gql(`query($id: ID!) { case(id: $id) { actions { event allowed } } }`, { id }, token)).data.case.actions
      .find((a: { event: string }) => a.event === 'DECIDE_EXTENSION');
    expect([await action(supervisor), await action(secondSupervisor)]).toEqual([{ event: 'DECIDE_EXTENSION', allowed: false }, { event: 'DECIDE_EXTENSION', allowed: true }]);
    const res = await app.gql(DECIDE, { input: { id: current.id, decision: 'APPROVE', reason: 'TA10 supports it' } }, secondSupervisor);
    expect(res.data.decideApproval.approvalRequest).toMatchObject({ status: 'APPROVED' });
    app.clock.set('2026-11-02T19:00:00Z');
  });
});
