import { Client as PgClient } from 'pg';
import { LISTENER_APPLICATION_NAME } from '../../src/subscriptions/change-listener';
import { LiveFeedRepository } from '../../src/subscriptions/live-feed.repository';
import { referClient } from '../support/referrals';
import { sendEvent } from '../support/api';
import { startInstance, startTestApp, type TestApp, type TestInstance } from '../support/test-app';
import { feedOf, joined, liveClients, referralsInFeed, WORKLIST, type Event, type Subscription } from '../support/live-client';

/**
 * Issue 14 item 4, "Done when": a subscriber on instance B receives a transition made on instance
 * A (LISTEN/NOTIFY fans it out; each instance reads the feed itself); worklists; and a dropped
 * connection resumes from its last position with no gap and no repeat, in feed order, even when
 * transactions commit out of the order they took their positions.
 */
describe('live updates across replicas (graphql-ws, LISTEN/NOTIFY)', () => {
  let app: TestApp;
  let replica: TestInstance;
  let cm: string;
  let partner: string;
  /** Cases referred up front, their referrals already in the feed, so each test counts only its own changes. */
  const ids: Record<'b' | 'mine' | 'theirs' | 'resume' | 'other' | 'reconnect', string> = { b: '', mine: '', theirs: '', resume: '', other: '', reconnect: '' };
  const live = liveClients();
  const feed = () => feedOf(app, partner);
  const contact = (caseId: string, token = cm) =>
    sendEvent(app, caseId, 'RECORD_CONTACT_ATTEMPT', { on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED' }, token);
  const events = async (sub: Subscription, n: number): Promise<Event[]> => {
    const got: Event[] = [];
    while (got.length < n) got.push(await sub.event());
    return got;
  };

  beforeAll(async () => {
    app = await startTestApp();
    replica = await startInstance(app);
    cm = app.token(app.fixtures.north.caseManager);
    partner = app.token(app.fixtures.north.partner);
    for (const key of Object.keys(ids) as Array<keyof typeof ids>) {
      ids[key] = (await referClient(app, key === 'theirs' ? app.token(app.fixtures.north.otherCaseManager) : cm)).id;
    }
    await referralsInFeed(app, partner, Object.values(ids));
  });
  afterAll(async () => {
    await live.close();
    await replica.close();
    await app.close();
  });

  it('a subscriber on instance B receives a transition made on instance A, as the feed\'s thin entry whose position is a feed cursor', async () => {
    const id = ids.b;
    const sub = live.watch(replica.running, partner);
    await joined(replica.running, 1, sub);
    await contact(id);
    const first = await sub.event();
    expect(first).toMatchObject({ caseEvent: 'RECORD_CONTACT_ATTEMPT', caseId: id, subjectId: id, officeId: app.fixtures.north.officeId, topics: ['CASE_TRANSITION'] });
    await contact(id);
    const second = await sub.event();
    // Its position is the feed's own cursor: the feed after the first entry starts with the second.
    expect((await feed().after(first.position))[0]).toBe(second.position);
    // No client data in an event: not the name, the birth date, the phone or the community.
    expect(JSON.stringify([first, second])).not.toMatch(/Kuzmin|1994-05-17|907-555-0101|Bethel/);
    await sub.client.dispose();
  });

  it('worklistChanged: a case manager sees the changes of their own cases only; their supervisor watches the same worklist', async () => {
    const other = app.token(app.fixtures.north.otherCaseManager);
    const [mine, theirs] = [{ id: ids.mine }, { id: ids.theirs }];
    const own = live.watch(app.running, cm, {}, WORKLIST);
    const supervised = live.watch(replica.running, app.token(app.fixtures.north.supervisor), { caseManagerId: app.fixtures.north.caseManager }, WORKLIST);
    await Promise.all([joined(app.running, 1, own), joined(replica.running, 1, supervised)]);
    // The other case manager's change comes first in the feed: had it been delivered, it would arrive first.
    await contact(theirs.id, other);
    await contact(mine.id);
    for (const sub of [own, supervised]) expect(await sub.event()).toMatchObject({ caseId: mine.id, caseEvent: 'RECORD_CONTACT_ATTEMPT' });
    await Promise.all([own.client.dispose(), supervised.client.dispose()]);
  });

  it('a dropped connection resumes from its last position: the changes made while away, then live, with no gap or repeat', async () => {
    const [id, other] = [ids.resume, { id: ids.other }];
    const start = await feed().end();
    const before = live.watch(app.running, partner, { after: start });
    await contact(id);
    await contact(id);
    const [, last] = await events(before, 2);
    await before.client.dispose();
    // Away: two changes.
    await contact(id);
    await contact(id);
    // Back on the other instance, from the last position received; two more changes race the catch-up.
    const resumed = live.watch(replica.running, partner, { after: last.position });
    await Promise.all([contact(id), contact(other.id)]);
    const got = await events(resumed, 4);
    expect(got.map((e) => e.position)).toEqual((await feed().after(last.position)).slice(0, 4));
    // Nothing is repeated after them: the next event is the next change.
    await contact(id);
    const next = await resumed.event();
    expect(await feed().after(got[3].position)).toEqual([next.position]);
    await resumed.client.dispose();
  });

  it('in feed order although transactions commit out of it: a row waits for the older transaction, then both come, oldest first', async () => {
    const start = await feed().end();
    // Live only (no after): what it receives comes through the hub, not a catch-up read.
    const sub = live.watch(replica.running, partner);
    await joined(replica.running, 1, sub);
    const insert = (c: PgClient, n: number) => c.query(`INSERT INTO change_event (occurred_at, office_id, topics, event, subject_type, subject_id, payload)
      VALUES (now(), $1, ARRAY['CASE_TRANSITION'], 'RECORD_CONTACT_ATTEMPT', 'Case', $2, '{}')`, [app.fixtures.north.officeId, `probe-${n}`]);
    const slow = new PgClient({ connectionString: app.urls.app });
    const fast = new PgClient({ connectionString: app.urls.app });
    await Promise.all([slow.connect(), fast.connect()]);
    try {
      await slow.query('BEGIN');
      await insert(slow, 1);
      await fast.query('BEGIN');
      await insert(fast, 2);
      // probe-2 commits (and is notified) first: committed, but not in the feed while the older transaction runs.
      await fast.query('COMMIT');
      const tail = await new LiveFeedRepository(app.appDataSource.manager).tail(null, 10_000);
      expect(tail.filter((r) => r.subjectId.startsWith('probe-')).map((r) => [r.subjectId, r.stable])).toEqual([['probe-2', false]]);
      // probe-1's transaction is older: once it commits, probe-1 comes first (the hold-back itself: test/unit/subscriptions/change-hub.test.ts).
      await slow.query('COMMIT');
      const got = await events(sub, 2);
      expect(got.map((e) => e.subjectId)).toEqual(['probe-1', 'probe-2']);
      expect(got.map((e) => e.position)).toEqual(await feed().after(start));
    } finally {
      await Promise.all([slow.end(), fast.end()]);
    }
    await sub.client.dispose();
  });

  it('the LISTEN connection reconnects when it is cut, and what was committed meanwhile is delivered', async () => {
    const id = ids.reconnect;
    const sub = live.watch(app.running, partner);
    await joined(app.running, 1, sub);
    const cut = await app.dataSource.query(`SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [LISTENER_APPLICATION_NAME]);
    expect(cut.length).toBeGreaterThan(0);
    await contact(id);
    expect(await sub.event()).toMatchObject({ caseId: id });
    await contact(id);
    expect(await sub.event()).toMatchObject({ caseId: id });
    await sub.client.dispose();
  });

  it('stops cleanly: stop() closes the subscriptions, the WebSocket server and the LISTEN connection without hanging', async () => {
    const third = await startInstance(app);
    const sub = live.watch(third.running, partner);
    await joined(third.running, 1, sub);
    await third.close();
    expect(third.running.live.subscriptions).toBe(0);
    expect(await sub.end()).toMatchObject({ code: 1001 });
  });
});
