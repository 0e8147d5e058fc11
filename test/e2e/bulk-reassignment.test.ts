import { randomUUID } from 'node:crypto';
import { sendEvent } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const REASSIGN = `mutation Reassign($input: ReassignCaseloadInput!) { reassignCaseload(input: $input) {
  clientMutationId mode committed movedCount refusedCount
  outcomes {
    caseId status version case { id version caseManager { id } }
    error { __typename code message ... on TransitionNotAllowedError { event reason } ... on NotFoundError { id } }
  }
  userErrors { __typename code message ... on InputError { field constraint } }
} }`;

type Outcome = { caseId: string; status: string; version: number | null; case: { id: string; version: number; caseManager: { id: string } } | null; error: Record<string, any> | null };

/**
 * Issue 13 item 5 (ENG-3): a supervisor moves many cases in one request, each through its own
 * CHANGE_CASE_MANAGER (the transition behind reassignCaseManager), reported per case.
 */
describe('bulk caseload reassignment (ENG-3)', () => {
  let app: TestApp;
  let supervisor: string;
  let from: string;
  let to: string;
  const bulk: string[] = [];
  const others: string[] = [];
  let southCase: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    const { north, south } = app.fixtures;
    supervisor = app.token(north.supervisor);
    from = north.caseManager;
    to = north.otherCaseManager;
    const cm = app.token(from);
    for (let i = 0; i < 50; i++) bulk.push((await referClient(app, cm, { client: { firstName: `B${i}`, lastName: 'Bulk', dateOfBirth: '1990-01-01' } })).id);
    for (let i = 0; i < 6; i++) others.push((await referClient(app, cm, { client: { firstName: `O${i}`, lastName: 'Other', dateOfBirth: '1990-01-01' } })).id);
    southCase = (await referClient(app, app.token(south.caseManager), { client: { firstName: 'Sam', lastName: 'South', dateOfBirth: '1990-01-01' } })).id;
    app.clock.set('2026-11-04T19:00:00Z');
  });
  afterAll(() => app.close());

  const reassign = (input: Record<string, unknown>, token = supervisor) => app.gql(REASSIGN, { input: { toCaseManagerId: to, mode: 'ALL_OR_NOTHING', ...input } }, token);
  const history = async (ids: string[]) => (await app.dataSource.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM case_history WHERE event = 'CHANGE_CASE_MANAGER' AND case_id = ANY($1)`, [ids]))[0].n;
  const managers = async (ids: string[]) => (await app.dataSource.query<Array<{ case_manager_id: string }>>(
    'SELECT case_manager_id FROM work_case WHERE id = ANY($1)', [ids])).map((r) => r.case_manager_id);

  it('is a SUPERVISOR\'s: CASE_MANAGER, MANAGER, WSTA and PARTNER are FORBIDDEN and write nothing', async () => {
    const { north, wsta } = app.fixtures;
    for (const staff of [north.caseManager, north.manager, wsta, north.partner]) {
      const res = await reassign({ caseIds: [others[0]] }, app.token(staff));
      expect(res.data.reassignCaseload).toMatchObject({ outcomes: null, committed: null, userErrors: [{ __typename: 'ForbiddenError', code: 'FORBIDDEN' }] });
    }
    expect(await history([others[0]])).toBe(0);
  });

  it('Bulk reassignment of 50 cases writes 50 history rows and restarts 50 ENG-3 clocks in one request', async () => {
    // The same request for one case first: the 50 cost 49 times one case's statements more, no more.
    app.queries.reset();
    const one = await reassign({ caseIds: [others[5]] });
    expect(one.data.reassignCaseload).toMatchObject({ committed: true, movedCount: 1, userErrors: [] });
    const oneCase = app.queries.count;

    app.queries.reset();
    const res = await reassign({ caseIds: bulk, clientMutationId: randomUUID() });
    const payload = res.data.reassignCaseload;
    expect(payload).toMatchObject({ mode: 'ALL_OR_NOTHING', committed: true, movedCount: 50, refusedCount: 0, userErrors: [] });
    expect((payload.outcomes as Outcome[]).map((o) => o.caseId)).toEqual(bulk);
    for (const o of payload.outcomes as Outcome[]) {
      // Referred at version 1; CHANGE_CASE_MANAGER is version 2.
      expect(o).toMatchObject({ status: 'MOVED', version: 2, error: null, case: { id: o.caseId, version: 2, caseManager: { id: to } } });
    }
    // Per case: SAVEPOINT, the case, the case manager named (the chart's precondition), the
    // conditional UPDATE, the history row, the record for the obligations, their replacement, RELEASE;
    // and once, the clientMutationId's lookup, claim and stored response.
    expect(app.queries.count - oneCase).toBe(49 * 9 + 3);
    const perCase = app.queries.statements.filter((s) => /^\s*(SAVEPOINT|RELEASE SAVEPOINT)/.test(s));
    expect(perCase).toHaveLength(100);

    const rows = await app.dataSource.query<Array<{ actor_id: string; actor_role: string; version: number; payload: { caseManagerId: string } }>>(
      `SELECT actor_id, actor_role, version, payload FROM case_history WHERE event = 'CHANGE_CASE_MANAGER' AND case_id = ANY($1)`, [bulk]);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => `${r.actor_id}|${r.actor_role}|${r.version}|${r.payload.caseManagerId}`))).toEqual(new Set([`${app.fixtures.north.supervisor}|SUPERVISOR|2|${to}`]));
    // ENG-3: each case's 30-day clock restarted on the day of the change; the referral's clock was superseded before it fell due.
    const clocks = await app.dataSource.query<Array<{ key: string; due: string; cm: string; n: number }>>(
      `SELECT key, to_char(due_date, 'YYYY-MM-DD') AS due, case_manager_id AS cm, count(*)::int AS n FROM obligation
        WHERE rule_id = 'ENG-3' AND case_id = ANY($1) GROUP BY 1, 2, 3`, [bulk]);
    expect(clocks).toEqual([{ key: 'ENG-3:2026-11-04', due: '2026-12-04', cm: to, n: 50 }]);
    expect(new Set(await managers(bulk))).toEqual(new Set([to]));
  });

  it('ALL_OR_NOTHING with one case it cannot move writes nothing and names that case', async () => {
    // others[5] is already on the receiving caseload: the chart refuses its CHANGE_CASE_MANAGER.
    const ids = [others[0], others[5], others[1]];
    const before = await history(ids);
    const payload = (await reassign({ caseIds: ids })).data.reassignCaseload;
    expect(payload).toMatchObject({ committed: false, movedCount: 0, refusedCount: 1 });
    expect((payload.outcomes as Outcome[]).map((o) => [o.caseId, o.status, o.version, o.case])).toEqual([
      [others[0], 'ROLLED_BACK', null, null], [others[5], 'REFUSED', null, null], [others[1], 'ROLLED_BACK', null, null],
    ]);
    expect(payload.outcomes[1].error).toMatchObject({ __typename: 'TransitionNotAllowedError', code: 'TRANSITION_NOT_ALLOWED', event: 'CHANGE_CASE_MANAGER' });
    expect(payload.userErrors).toEqual([expect.objectContaining({ __typename: 'TransitionNotAllowedError', message: expect.stringContaining(others[5]) })]);
    expect(await history(ids)).toBe(before);
    expect(await managers([others[0], others[1]])).toEqual([from, from]);
  });

  it('refuses another office\'s case (FORBIDDEN) and an unknown one (NOT_FOUND); BEST_EFFORT moves the others and keeps them', async () => {
    const missing = randomUUID();
    const all = (await reassign({ caseIds: [others[0], southCase, others[1]] })).data.reassignCaseload;
    expect(all).toMatchObject({ committed: false, userErrors: [{ __typename: 'ForbiddenError', code: 'FORBIDDEN' }] });
    expect(await history([others[0], others[1], southCase])).toBe(0);

    const key = randomUUID();
    const input = { caseIds: [southCase, others[0], missing, others[1]], mode: 'BEST_EFFORT', clientMutationId: key };
    const res = await reassign(input);
    const payload = res.data.reassignCaseload;
    expect(payload).toMatchObject({ clientMutationId: key, mode: 'BEST_EFFORT', committed: true, movedCount: 2, refusedCount: 2, userErrors: [] });
    expect((payload.outcomes as Outcome[]).map((o) => [o.status, o.error?.__typename ?? null])).toEqual([
      ['REFUSED', 'ForbiddenError'], ['MOVED', null], ['REFUSED', 'NotFoundError'], ['MOVED', null],
    ]);
    expect(payload.outcomes[2].error).toMatchObject({ code: 'NOT_FOUND', id: missing });
    expect(await managers([others[0], others[1]])).toEqual([to, to]);
    expect(await managers([southCase])).toEqual([app.fixtures.south.caseManager]);

    // A retry with the same clientMutationId replays the first response (typed errors too) and writes nothing.
    const count = await history([others[0], others[1]]);
    const replay = await reassign(input);
    expect(replay.data.reassignCaseload).toEqual(payload);
    expect(await history([others[0], others[1]])).toBe(count);
  });

  it('moves a case manager\'s whole open caseload by fromCaseManagerId; a case whose TA is closed stays (the chart refuses it)', async () => {
    const held = (await app.dataSource.query<Array<{ id: string }>>('SELECT id FROM work_case WHERE case_manager_id = $1 ORDER BY id', [to])).map((r) => r.id);
    expect(held.length).toBe(53);
    const back = (await reassign({ fromCaseManagerId: to, toCaseManagerId: from, mode: 'BEST_EFFORT' })).data.reassignCaseload;
    expect(back).toMatchObject({ committed: true, movedCount: 53, refusedCount: 0 });
    expect((back.outcomes as Outcome[]).map((o) => o.caseId)).toEqual(held);
    expect(new Set(await managers(held))).toEqual(new Set([from]));

    const closed = others[3];
    await sendEvent(app, closed, 'CLOSE_TA', { closedOn: '2026-11-04', withWork: false }, app.token(from));
    const open = [...bulk, ...others.filter((id) => id !== closed)].sort();
    const all = (await reassign({ fromCaseManagerId: from })).data.reassignCaseload;
    expect(all).toMatchObject({ committed: true, movedCount: 55 });
    expect((all.outcomes as Outcome[]).map((o) => o.caseId)).toEqual(open);
    expect(await managers([closed])).toEqual([from]);
    const empty = (await reassign({ fromCaseManagerId: from })).data.reassignCaseload;
    expect(empty).toMatchObject({ committed: true, movedCount: 0, outcomes: [] });
    const refused = (await reassign({ caseIds: [closed] })).data.reassignCaseload;
    expect(refused.outcomes[0]).toMatchObject({ status: 'REFUSED', error: { __typename: 'TransitionNotAllowedError', reason: 'TA is closed' } });
  });

  it('two bulk requests over the same cases at once (in opposite orders) neither deadlock nor move a case twice', async () => {
    const ids = bulk.slice(0, 20);
    expect(new Set(await managers(ids))).toEqual(new Set([to]));
    const before = await history(ids);
    const [x, y] = await Promise.all([ids, [...ids].reverse()].map((caseIds) => reassign({ caseIds, toCaseManagerId: from, mode: 'BEST_EFFORT' })));
    const outcomes = [...x.data.reassignCaseload.outcomes, ...y.data.reassignCaseload.outcomes] as Outcome[];
    // Each case moved once; the other request found it moved (the chart) or changed under it (VERSION_CONFLICT).
    expect(outcomes.filter((o) => o.status === 'MOVED').map((o) => o.caseId).sort()).toEqual([...ids].sort());
    for (const o of outcomes.filter((r) => r.status !== 'MOVED')) expect(['TRANSITION_NOT_ALLOWED', 'VERSION_CONFLICT']).toContain(o.error!.code);
    expect(await history(ids)).toBe(before + 20);
    expect(new Set(await managers(ids))).toEqual(new Set([from]));
  });

  it('refuses a malformed request as a whole with BAD_USER_INPUT, writing nothing', async () => {
    const { north, south, inactiveCaseManager } = app.fixtures;
    const before = await history([others[2]]);
    const refusals: Array<[Record<string, unknown>, string, string]> = [
      [{ caseIds: [others[2]], fromCaseManagerId: from }, 'fromCaseManagerId', 'exactlyOneOfCaseIdsOrFromCaseManagerId'],
      [{}, 'caseIds', 'exactlyOneOfCaseIdsOrFromCaseManagerId'],
      [{ caseIds: [] }, 'caseIds', 'arrayNotEmpty'],
      [{ caseIds: [others[2], others[2].toUpperCase()] }, 'caseIds', 'arrayUnique'],
      [{ caseIds: Array.from({ length: 501 }, () => randomUUID()) }, 'caseIds', 'arrayMaxSize'],
      [{ caseIds: [others[2]], toCaseManagerId: inactiveCaseManager }, 'toCaseManagerId', 'isActiveCaseManager'],
      [{ caseIds: [others[2]], toCaseManagerId: south.caseManager }, 'toCaseManagerId', 'isActiveCaseManager'],
      [{ caseIds: [others[2]], toCaseManagerId: north.supervisor }, 'toCaseManagerId', 'isActiveCaseManager'],
      [{ fromCaseManagerId: south.caseManager }, 'fromCaseManagerId', 'isCaseManagerOfOffice'],
      [{ fromCaseManagerId: to, toCaseManagerId: to }, 'toCaseManagerId', 'notTheSameCaseManager'],
    ];
    for (const [input, field, constraint] of refusals) {
      const payload = (await reassign(input)).data.reassignCaseload;
      expect({ input: Object.keys(input), payload }).toMatchObject({ payload: { outcomes: null, userErrors: [{ __typename: 'InputError', code: 'BAD_USER_INPUT', field, constraint }] } });
    }
    const notUuid = await reassign({ caseIds: ['not-a-case'] });
    expect(notUuid.data.reassignCaseload.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds' });
    expect(await history([others[2]])).toBe(before);
  });
});
