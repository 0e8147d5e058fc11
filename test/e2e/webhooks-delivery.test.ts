import { dataOf } from '../support/api';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  appendChange, deliveriesOf, disableEndpoint, dispatchAll, ENDPOINTS, LOOPBACK_WEBHOOKS, matchingSignatures, registerEndpoint, startReceiver, startSender,
  until, useWebhookConfig,
} from '../support/webhooks';
import { DEFAULT_LEASE_MS } from '../../src/webhooks/webhook-sender';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const at = (d: Date | string, ms: number) => new Date(new Date(d).getTime() + ms);

/**
 * Issue 14 "Done when": a webhook receiver on loopback gets each change exactly once per
 * webhook-id, although the sender is killed mid-delivery and restarted and two dispatchers
 * (replicas) run at once; every signature verifies with the spec's algorithm (written out in
 * test/support/webhooks.ts, not the package's); a 500 is retried with growing delays by the
 * injected clock until it succeeds; a schedule spent is DEAD, and a replay sends it again.
 */
describe('webhook delivery', () => {
  let app: TestApp;
  let partner: string;
  let office: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    useWebhookConfig(app, LOOPBACK_WEBHOOKS);
    partner = app.token(app.fixtures.north.partner);
    office = app.fixtures.north.officeId;
  });
  afterAll(() => app.close());

  it('each change reaches the receiver once per webhook-id: two dispatchers create one delivery each; a killed sender\'s delivery is sent again after its lease, same webhook-id', async () => {
    let hung = false;
    // The first request is never answered: its sender is killed while it waits.
    const receiver = await startReceiver(() => (hung ? 204 : ((hung = true), 'hang')));
    const { id, secret } = await registerEndpoint(app, partner, receiver.url);
    const positions: string[] = [];
    for (let i = 0; i < 20; i += 1) positions.push(await appendChange(app, office, `once-${i}`));
    const [a, b] = [await startSender(app), await startSender(app)];
    try {
      // Two replicas dispatch at once, round after round: each entry gets one delivery.
      await until(async () => {
        await Promise.all([a.deliveries.dispatchDue(), b.deliveries.dispatchDue()]);
        return (await deliveriesOf(app, id)).length === 20;
      }, 'every entry dispatched');
      expect(await Promise.all([a.deliveries.dispatchDue(), b.deliveries.dispatchDue()])).toEqual([0, 0]);
      const rows = await deliveriesOf(app, id);
      expect(rows.map((r) => r.changePosition)).toEqual(positions);
      expect(new Set(rows.map((r) => r.webhookId)).size).toBe(20);

      // Sender A sends them all; one hangs; A is killed while it waits (its attempt is never recorded).
      const sending = a.deliveries.deliverDue({ concurrency: 4 });
      await until(async () => receiver.received.length === 20 && (await deliveriesOf(app, id)).filter((r) => r.status === 'DELIVERED').length === 19, '19 delivered, 1 hanging');
      a.deliveries.stop();
      expect(await sending).toMatchObject({ DELIVERED: 19, ABANDONED: 1 });
      await a.kill();

      // Restarted (a new process): the claim holds until its lease has passed by the clock, then the delivery goes again.
      const restarted = await startSender(app);
      try {
        expect(await restarted.deliveries.deliverDue()).toMatchObject({ DELIVERED: 0 });
        app.clock.set(at(app.clock.now(), DEFAULT_LEASE_MS));
        expect(await restarted.deliveries.deliverDue()).toMatchObject({ DELIVERED: 1 });
      } finally {
        await restarted.kill();
      }
    } finally {
      await a.kill();
      await b.kill();
      await receiver.close();
      await disableEndpoint(app, partner, id);
    }
    // The receiver: 21 requests, 20 webhook-ids, each one feed entry; the repeated one identical but for its timestamp.
    expect(receiver.received).toHaveLength(21);
    const byId = new Map<string, typeof receiver.received>();
    for (const r of receiver.received) byId.set(r.webhookId, [...(byId.get(r.webhookId) ?? []), r]);
    expect(byId.size).toBe(20);
    const twice = [...byId.values()].filter((list) => list.length === 2);
    expect(twice).toHaveLength(1);
    expect(twice[0][0].body).toBe(twice[0][1].body);
    expect(Number(twice[0][1].headers['webhook-timestamp']) - Number(twice[0][0].headers['webhook-timestamp'])).toBe(DEFAULT_LEASE_MS / 1000);
    const feedPositions = [...byId.values()].map((list) => JSON.parse(list[0].body).data.position as string);
    expect(new Set(feedPositions).size).toBe(20);
    for (const r of receiver.received) expect(matchingSignatures(secret, r.headers, r.body)).toBe(1);
    expect((await deliveriesOf(app, id)).every((r) => r.status === 'DELIVERED' && r.attemptCount === 1)).toBe(true);
  });

  it('a 500 is retried with growing delays by the injected clock (5 s, 5 min, 30 min, 2 h, jitter from the injected random) until it succeeds', async () => {
    const receiver = await startReceiver((_req, seenBefore) => (seenBefore < 4 ? 500 : 204));
    const { id, secret } = await registerEndpoint(app, partner, receiver.url);
    await appendChange(app, office, 'retried');
    const sender = await startSender(app, { random: () => 0.5 });
    const delays: number[] = [];
    try {
      await dispatchAll(sender.deliveries, 1);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const summary = await sender.deliveries.deliverDue();
        const [row] = await deliveriesOf(app, id);
        if (row.status === 'DELIVERED') {
          expect(summary).toMatchObject({ DELIVERED: 1 });
          break;
        }
        expect(summary).toMatchObject({ RETRY: 1 });
        delays.push(row.nextAttemptAt!.getTime() - app.clock.now().getTime());
        // Not a millisecond early: nothing is due before nextAttemptAt.
        app.clock.set(at(row.nextAttemptAt!, -1));
        expect(await sender.deliveries.deliverDue()).toMatchObject({ RETRY: 0, DELIVERED: 0 });
        app.clock.set(row.nextAttemptAt!);
      }
    } finally {
      await sender.kill();
      await receiver.close();
      await disableEndpoint(app, partner, id);
    }
    expect(delays).toEqual([5 * SECOND, 5 * 60 * SECOND, 30 * 60 * SECOND, 2 * HOUR]);
    expect(receiver.received.map((r) => r.webhookId)).toEqual(Array(5).fill(receiver.received[0].webhookId));
    for (const r of receiver.received) expect(matchingSignatures(secret, r.headers, r.body)).toBe(1);
    const endpoint = ((await dataOf(app, ENDPOINTS, {}, partner)).webhookEndpoints.edges as any[]).find((e) => e.node.id === id).node;
    const attempts = endpoint.deliveries.edges[0].node.attempts.edges.map((e: any) => e.node);
    expect(attempts.map((x: any) => [x.number, x.httpStatus, x.outcome, x.trigger])).toEqual([
      [1, 500, 'RETRY', 'SCHEDULE'], [2, 500, 'RETRY', 'SCHEDULE'], [3, 500, 'RETRY', 'SCHEDULE'], [4, 500, 'RETRY', 'SCHEDULE'], [5, 204, 'DELIVERED', 'SCHEDULE'],
    ]);
    expect(attempts.every((x: any) => Number.isInteger(x.latencyMs) && x.latencyMs >= 0 && x.errorClass === null)).toBe(true);
    const gaps = attempts.slice(1).map((x: any, i: number) => new Date(x.attemptedAt).getTime() - new Date(attempts[i].attemptedAt).getTime());
    expect(gaps).toEqual(delays);
    expect(endpoint.deliveries.edges[0].node).toMatchObject({ status: 'DELIVERED', attemptCount: 5, nextAttemptAt: null, deliveredAt: attempts[4].attemptedAt });
  });

  it('past the schedule (10 attempts over about 3 days) a delivery is DEAD; replayWebhookDelivery sends it again now with the same webhook-id', async () => {
    let answer = 503;
    const receiver = await startReceiver(() => answer);
    const { id } = await registerEndpoint(app, partner, receiver.url);
    await appendChange(app, office, 'dead');
    const sender = await startSender(app, { random: () => 0.5 });
    try {
      await dispatchAll(sender.deliveries, 1);
      const first = app.clock.now();
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        expect(await sender.deliveries.deliverDue()).toMatchObject(attempt < 10 ? { RETRY: 1 } : { DEAD: 1 });
        const [row] = await deliveriesOf(app, id);
        if (row.nextAttemptAt) app.clock.set(row.nextAttemptAt);
      }
      // Ten attempts, the last 75 h 35 min 5 s after the first (the spec's schedule).
      expect(app.clock.now().getTime() - first.getTime()).toBe(75 * HOUR + 35 * 60 * SECOND + 5 * SECOND);
      const [dead] = await deliveriesOf(app, id);
      expect(dead).toMatchObject({ status: 'DEAD', nextAttemptAt: null, attemptCount: 10 });
      expect(await sender.deliveries.deliverDue()).toMatchObject({ RETRY: 0, DEAD: 0 });

      answer = 200;
      const replay = await dataOf(app, `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) {
        delivery { id webhookId status nextAttemptAt } userErrors { code } } }`, { input: { deliveryId: dead.id } }, partner);
      expect(replay.replayWebhookDelivery.delivery).toEqual({ id: dead.id, webhookId: dead.webhookId, status: 'PENDING', nextAttemptAt: app.clock.now().toISOString() });
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 1 });
      const [attempt] = await app.dataSource.query(`SELECT number, trigger, outcome, http_status FROM webhook_attempt WHERE delivery_id = $1 ORDER BY number DESC LIMIT 1`, [dead.id]);
      expect(attempt).toEqual({ number: 11, trigger: 'REPLAY', outcome: 'DELIVERED', http_status: 200 });
      expect(new Set(receiver.received.map((r) => r.webhookId))).toEqual(new Set([dead.webhookId]));
      const node = await dataOf(app, `query($id: ID!) { node(id: $id) { ... on WebhookDelivery { webhookId status attemptCount } } }`, { id: dead.id }, app.token(app.fixtures.north.supervisor));
      expect(node.node).toEqual({ webhookId: dead.webhookId, status: 'DELIVERED', attemptCount: 11 });
      // Only the owner replays: a supervisor reads the log but may not.
      const refused = await app.gql(`mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { userErrors { code } } }`,
        { input: { deliveryId: dead.id } }, app.token(app.fixtures.north.supervisor));
      expect(refused.data.replayWebhookDelivery.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    } finally {
      await sender.kill();
      await receiver.close();
      await disableEndpoint(app, partner, id);
      app.clock.set('2026-11-02T18:00:00Z');
    }
  });

  it('the attempt log is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(app.dataSource.query(`UPDATE webhook_attempt SET http_status = 200`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM webhook_attempt')).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('TRUNCATE webhook_attempt')).rejects.toThrow(/append-only/);
  });
});
