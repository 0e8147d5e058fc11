import { randomUUID } from 'node:crypto';
import { referClient } from '../support/referrals';
import { sendEvent } from '../support/api';
import { startTestApp, TEST_APP_ROLE, type TestApp } from '../support/test-app';
import { CASE_CHANGED, joined, liveClients, referralsInFeed, WORKLIST } from '../support/live-client';

/**
 * Issue 14 item 4: subscriptions are authorized like queries (the same bearer authentication,
 * role permissions and office scope; refusals are GraphQL errors with the API's codes), an
 * account deactivated while connected stops receiving, and every event delivered is in the
 * access log (one entry per event, written before it is sent, or the event is withheld).
 */
describe('live updates: authentication, authorization and the access log', () => {
  let app: TestApp;
  let cm: string;
  let cases: { leaving: string; audited: string };
  const live = liveClients();
  const contact = (caseId: string) =>
    sendEvent(app, caseId, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED' }, cm);

  beforeAll(async () => {
    app = await startTestApp();
    cm = app.token(app.fixtures.north.caseManager);
    // Referred up front, their referrals already in the feed, so each test counts only its own changes.
    cases = { leaving: (await referClient(app, cm)).id, audited: (await referClient(app, cm)).id };
    await referralsInFeed(app, app.token(app.fixtures.north.partner), Object.values(cases));
  });
  afterAll(async () => {
    await live.close();
    await app.close();
  });

  it('refuses, before streaming anything, what the same reader could not query: another office, another worklist, a PARTNER\'s worklist', async () => {
    const { north, south, wsta } = app.fixtures;
    const cases: Array<[string, string, string, Record<string, unknown>, string]> = [
      ['a case manager (no readChanges)', north.caseManager, CASE_CHANGED, {}, 'FORBIDDEN'],
      ['a partner, another office', north.partner, CASE_CHANGED, { officeId: south.officeId }, 'FORBIDDEN'],
      ['a supervisor, another office\'s worklist', north.supervisor, WORKLIST, { caseManagerId: south.caseManager }, 'FORBIDDEN'],
      ['a case manager, a colleague\'s worklist', north.caseManager, WORKLIST, { caseManagerId: north.otherCaseManager }, 'FORBIDDEN'],
      ['a PARTNER, any worklist', north.partner, WORKLIST, { caseManagerId: north.caseManager }, 'FORBIDDEN'],
      ['a supervisor naming a partner as the case manager', north.supervisor, WORKLIST, { caseManagerId: north.partner }, 'BAD_USER_INPUT'],
      ['a supervisor naming no one', north.supervisor, WORKLIST, {}, 'BAD_USER_INPUT'],
      ['WSTA, an office that does not exist', wsta, CASE_CHANGED, { officeId: randomUUID() }, 'NOT_FOUND'],
      ['a forged cursor', north.partner, CASE_CHANGED, { after: Buffer.from('["ChangeEvent","1","x"]').toString('base64url') }, 'BAD_USER_INPUT'],
    ];
    for (const [who, staff, query, variables, code] of cases) {
      const sub = live.watch(app.running, app.token(staff), variables, query);
      expect({ who, code: (await sub.refusal()).extensions.code }).toEqual({ who, code });
      expect(await sub.end()).toBe('complete');
    }
    // WSTA reads any office; the supervisor any worklist of their office.
    const fine = [live.watch(app.running, app.token(wsta), { officeId: south.officeId }), live.watch(app.running, app.token(north.supervisor), { caseManagerId: north.caseManager }, WORKLIST)];
    await joined(app.running, 2, ...fine);
    await Promise.all(fine.map(async (s) => { await s.client.dispose(); }));
  });

  it('UNAUTHENTICATED: without a token every subscription is refused; a forged token, or an inactive account\'s, closes the connection (4401)', async () => {
    const anonymous = live.watch(app.running, undefined);
    expect((await anonymous.refusal()).extensions.code).toBe('UNAUTHENTICATED');
    for (const token of ['not-a-token', app.token(app.fixtures.inactiveCaseManager)]) {
      const sub = live.watch(app.running, token);
      expect(await sub.end()).toMatchObject({ code: 4401, reason: expect.stringMatching(/^UNAUTHENTICATED/) });
    }
  });

  it('an account deactivated while connected gets UNAUTHENTICATED instead of the next event, and nothing of it', async () => {
    const id = cases.leaving;
    const [{ id: staffId }] = await app.dataSource.query(`INSERT INTO staff (email, name, role, office_id) VALUES ('leaving@test', 'Leaving', 'SUPERVISOR', $1) RETURNING id`, [app.fixtures.north.officeId]);
    const sub = live.watch(app.running, app.token(staffId));
    await joined(app.running, 1, sub);
    await app.dataSource.query('UPDATE staff SET active = false WHERE id = $1', [staffId]);
    await contact(id);
    // The operation ends with an error message (graphql-ws `error`), and no `next` carried the event.
    expect(await sub.end()).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(sub.queued).toBe(0);
    await sub.client.dispose();
  });

  it('each event delivered is an access-log entry of its own (the reader, the case, NOTICES); when the log cannot be written, the event is withheld', async () => {
    const id = cases.audited;
    const supervisor = app.fixtures.north.supervisor;
    const sub = live.watch(app.running, app.token(supervisor), { caseManagerId: app.fixtures.north.caseManager }, WORKLIST.replace('Worklist', 'AuditedWorklist'));
    await joined(app.running, 1, sub);
    await contact(id);
    await contact(id);
    const got = [await sub.event(), await sub.event()];
    expect(got.map((e) => e.caseId)).toEqual([id, id]);
    const rows = await app.dataSource.query(`SELECT staff_id, case_ids, field_groups FROM access_log WHERE operation_name = 'AuditedWorklist'`);
    expect(rows).toEqual([1, 2].map(() => ({ staff_id: supervisor, case_ids: [id], field_groups: ['NOTICES'] })));
    await app.dataSource.query(`REVOKE INSERT ON access_log FROM ${TEST_APP_ROLE}`);
    try {
      // Written as the transition's own row would be (an HTTP mutation would fail closed on the log too).
      await app.dataSource.query(`INSERT INTO change_event (occurred_at, office_id, case_id, case_manager_id, topics, event, subject_type, subject_id, payload)
        VALUES (now(), $1, $2::uuid, $3, ARRAY['CASE_TRANSITION'], 'RECORD_CONTACT_ATTEMPT', 'Case', $2::text, '{}')`, [app.fixtures.north.officeId, id, app.fixtures.north.caseManager]);
      expect(await sub.next()).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    } finally {
      await app.dataSource.query(`GRANT INSERT ON access_log TO ${TEST_APP_ROLE}`);
    }
    await contact(id);
    expect((await sub.event()).caseId).toBe(id);
    await sub.client.dispose();
  });
});
