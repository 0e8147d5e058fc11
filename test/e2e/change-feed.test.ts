import { Client } from 'pg';
import { referClient } from '../support/referrals';
import { startInstance, startTestApp, type TestApp } from '../support/test-app';
import { bringToParticipation, dataOf, sendEvent } from '../support/api';

const CHANGES = `query($first: Int!, $after: String, $filter: ChangeFilter) { changes(first: $first, after: $after, filter: $filter) {
  edges { cursor node { position topics event: caseEvent subjectType subjectId officeId caseId caseVersion ruleId state { nodes } penalty { stage percentage } } }
  pageInfo { hasNextPage endCursor } } }`;
type Node = { subjectId: string; position: string; topics: string[]; event: string; caseId: string | null; caseVersion: number | null; officeId: string; ruleId: string | null };

/**
 * Issue 14: the change feed. Every case transition writes its row in the transition's transaction;
 * partners page it in feed order with no gap or repeat, across restarts, even when transactions
 * commit out of the order they took their positions; thin entries, office-scoped.
 */
describe('the change feed: changes(after, first)', () => {
  let app: TestApp;
  let cm: string;
  let partner: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
    partner = app.token(app.fixtures.north.partner);
  });
  afterAll(() => app.close());

  /**
   * Until every row written so far shows in the feed: a row shows once every older transaction on
   * the server has ended (other test files share it), normally within milliseconds. Bounded.
   */
  const settled = async () => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM change_event WHERE tx_id >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint`);
      if (n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the feed did not settle within 20 s');
  };
  const page = async (token: string, after: string | null, first = 100, filter?: Record<string, unknown>) =>
    (await dataOf(app, CHANGES, { first, after, filter }, token)).changes as { edges: Array<{ cursor: string; node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

  it('MGT-5: each transition is a thin entry with its version, topics and rule; a closure with work is also CLOSURE and JOB_START; no client data', async () => {
    const { id } = await referClient(app, cm, { referralDate: '2026-10-01' });
    await bringToParticipation(app, id, cm, { reached: '2026-10-01', lastStepReviewDate: '2027-03-31' });
    await sendEvent(app, id, 'CLOSE_TA', { closedOn: '2026-10-01', withWork: true }, cm);
    await settled();
    const res = await app.gql(CHANGES, { first: 100 }, partner);
    const nodes = (res.data!.changes.edges as Array<{ node: Node }>).map((e) => e.node).filter((n) => n.caseId === id);
    expect(nodes.map((n) => [n.event, n.caseVersion, n.topics, n.ruleId])).toEqual([
      ['REFERRED', 1, ['CASE_TRANSITION'], null], ['RECORD_CONTACT_ATTEMPT', 2, ['CASE_TRANSITION'], null], ['COMPLETE_EA', 3, ['CASE_TRANSITION'], null],
      ['RECORD_EA_NOTE', 4, ['CASE_TRANSITION'], null], ['DRAFT_FSSP', 5, ['CASE_TRANSITION'], null], ['SIGN_FSSP', 6, ['CASE_TRANSITION'], null],
      ['CLOSE_TA', 7, ['CASE_TRANSITION', 'CLOSURE', 'JOB_START'], 'MGT-5'],
    ]);
    expect(nodes[6]).toMatchObject({ officeId: app.fixtures.north.officeId, subjectType: 'Case', subjectId: id, state: { nodes: expect.arrayContaining([expect.any(String)]) } });
    // A consumer that wants closures only asks for them.
    const closures = await page(partner, null, 100, { topics: ['CLOSURE'] });
    expect(closures.edges.map((e) => e.node.event)).toEqual(['CLOSE_TA']);
    // No client data in the feed: not the name, the birth date, the phone or the community.
    expect(JSON.stringify(res)).not.toMatch(/Kuzmin|1994-05-17|907-555-0101|Bethel/);
  });

  it('office-scoped: another office\'s partner sees none of it; a case manager may not read the feed; a forged cursor is BAD_USER_INPUT', async () => {
    const south = await page(app.token(app.fixtures.south.partner), null);
    expect(south.edges.filter((e) => e.node.officeId === app.fixtures.north.officeId)).toEqual([]);
    const refused = await app.gql(CHANGES, { first: 10 }, cm);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await app.gql(CHANGES, { first: 10, after: Buffer.from('["ChangeEvent","0","1"]').toString('base64url') }, partner);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a transaction that took its position first but commits last is not skipped: rows show only once every older transaction has ended', async () => {
    await settled();
    const start = (await page(partner, null, 500)).pageInfo.endCursor;
    const insert = (c: Client, n: number) => c.query(`INSERT INTO change_event (occurred_at, office_id, topics, event, subject_type, subject_id, payload)
      VALUES (now(), $1, ARRAY['CASE_TRANSITION'], 'REVIEW_FSSP', 'Case', $2, '{}')`, [app.fixtures.north.officeId, `probe-${n}`]);
    const slow = new Client({ connectionString: app.urls.app });
    const fast = new Client({ connectionString: app.urls.app });
    await Promise.all([slow.connect(), fast.connect()]);
    try {
      await slow.query('BEGIN');
      await insert(slow, 1); // takes the lower position
      await fast.query('BEGIN');
      await insert(fast, 2);
      await fast.query('COMMIT');
      // The fast one committed, but the slow one is older and still running: neither is shown yet.
      const during = await page(partner, start, 500);
      expect(during.edges.map((e) => e.node.subjectId)).toEqual([]);
      expect(during.pageInfo.endCursor).toBe(start);
      await slow.query('COMMIT');
      await settled();
      const after = await page(partner, start, 500);
      expect(after.edges.map((e) => e.node.subjectId).sort()).toEqual(['probe-1', 'probe-2']);
    } finally {
      await Promise.all([slow.end(), fast.end()]);
    }
  });

  it('pages through 1,000 changes in order with no gap or repeat, resuming after a restart from the last cursor', async () => {
    await settled();
    const start = (await page(partner, null, 500)).pageInfo.endCursor;
    // 1,000 changes from 10 writers at once, each its own transaction, committing in whatever order they finish.
    await Promise.all(Array.from({ length: 10 }, async (_, w) => {
      const c = new Client({ connectionString: app.urls.app });
      await c.connect();
      try {
        for (let i = 0; i < 100; i += 1) {
          await c.query(`INSERT INTO change_event (occurred_at, office_id, topics, event, subject_type, subject_id, payload)
            VALUES (now(), $1, ARRAY['CASE_TRANSITION'], 'REVIEW_FSSP', 'Case', $2, '{}')`, [app.fixtures.north.officeId, `w${w}-${i}`]);
        }
      } finally { await c.end(); }
    }));
    await settled();
    const seen: string[] = [];
    let cursor = start;
    // Half through the first instance, then the app "restarts": a new instance goes on from the cursor.
    for (let n = 0; n < 7; n += 1) {
      const p = await page(partner, cursor, 73);
      seen.push(...p.edges.map((e) => e.node.position));
      cursor = p.pageInfo.endCursor;
    }
    const restarted = await startInstance(app);
    try {
      for (;;) {
        const p = (await restarted.gql(CHANGES, { first: 73, after: cursor }, partner)).data!.changes as Awaited<ReturnType<typeof page>>;
        seen.push(...p.edges.map((e) => e.node.position));
        cursor = p.pageInfo.endCursor;
        if (!p.pageInfo.hasNextPage) break;
      }
    } finally { await restarted.close(); }
    expect(seen).toHaveLength(1000);
    expect(new Set(seen).size).toBe(1000);
    // In order: each position sorts after the one before it (the cursor's keys, as the feed orders them).
    const keys = seen.map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as [string, string, string]);
    for (let i = 1; i < keys.length; i += 1) {
      const [, t0, p0] = keys[i - 1];
      const [, t1, p1] = keys[i];
      expect(BigInt(t1) > BigInt(t0) || (t1 === t0 && BigInt(p1) > BigInt(p0))).toBe(true);
    }
  }, 60_000);
});
