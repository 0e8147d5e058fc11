import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { dataOf } from '../support/api';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  appendChange, deliveriesOf, disableEndpoint, dispatchAll, ENDPOINTS, LOOPBACK_WEBHOOKS, matchingSignatures, registerEndpoint, startReceiver,
  startSender, until, useWebhookConfig,
} from '../support/webhooks';

const ENABLE = `mutation($input: WebhookEndpointInput!) { enableWebhookEndpoint(input: $input) { endpoint { status disabledAt disabledCause } userErrors { code } } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret userErrors { code } } }`;
const REPLAY_FROM = `mutation($input: ReplayWebhookDeliveriesInput!) { replayWebhookDeliveries(input: $input) { requeued endpoint { feedPosition } userErrors { code ... on InputError { field constraint } } } }`;

const endpointOf = async (app: TestApp, token: string, id: string) =>
  ((await dataOf(app, ENDPOINTS, {}, token)).webhookEndpoints.edges as any[]).find((e) => e.node.id === id).node;

/** A port free a moment ago, for a receiver whose URL is registered before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * Issue 14 item 3: the endpoint's life. A 410 disables it (when and why recorded) and nothing is
 * sent until its partner enables it, when what waited and what came meanwhile is delivered;
 * during a rotation both secrets sign, after the expiry only the new one; the example receiver
 * (docs/examples/webhook-receiver.mjs) verifies and dedupes a replay from a feed position.
 */
describe('webhook endpoints over time: 410, rotation, replay, the example receiver', () => {
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

  it('410 Gone disables the endpoint (recorded with when and why); nothing is sent until it is enabled, then all of it is', async () => {
    let answer = 410;
    const receiver = await startReceiver(() => answer);
    const { id } = await registerEndpoint(app, partner, receiver.url);
    await appendChange(app, office, 'gone-1');
    const sender = await startSender(app);
    try {
      await dispatchAll(sender.deliveries, 1);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ ENDPOINT_GONE: 1 });
      const gone = await endpointOf(app, partner, id);
      expect(gone).toMatchObject({ status: 'DISABLED', disabledCause: 'GONE', disabledAt: app.clock.now().toISOString() });
      expect(gone.deliveries.edges[0].node).toMatchObject({ status: 'PENDING', attempts: { edges: [{ node: { httpStatus: 410, outcome: 'ENDPOINT_GONE' } }] } });
      // Disabled: a new change is not dispatched to it, and what waits is not sent.
      await appendChange(app, office, 'gone-2');
      app.clock.set(new Date(app.clock.now().getTime() + 3600_000));
      await sender.deliveries.dispatchDue();
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 0, RETRY: 0, ENDPOINT_GONE: 0 });
      expect(await deliveriesOf(app, id)).toHaveLength(1);
      expect(receiver.received).toHaveLength(1);

      answer = 204;
      const enabled = (await dataOf(app, ENABLE, { input: { endpointId: id } }, partner)).enableWebhookEndpoint.endpoint;
      expect(enabled).toEqual({ status: 'ACTIVE', disabledAt: null, disabledCause: null });
      await dispatchAll(sender.deliveries, 1);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 2 });
      expect((await deliveriesOf(app, id)).map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
    } finally {
      await sender.kill();
      await receiver.close();
      await disableEndpoint(app, partner, id);
    }
  });

  it('an endpoint of a partner who was deactivated is sent nothing, not even what was already dispatched, until the partner is active again', async () => {
    const receiver = await startReceiver();
    const { id } = await registerEndpoint(app, partner, receiver.url);
    await appendChange(app, office, 'deactivated');
    const sender = await startSender(app);
    try {
      await dispatchAll(sender.deliveries, 1);
      await app.dataSource.query('UPDATE staff SET active = false WHERE id = $1', [app.fixtures.north.partner]);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 0 });
      await appendChange(app, office, 'deactivated-2');
      expect(await sender.deliveries.dispatchDue()).toBe(0);
      expect(receiver.received).toEqual([]);
      await app.dataSource.query('UPDATE staff SET active = true WHERE id = $1', [app.fixtures.north.partner]);
      await dispatchAll(sender.deliveries, 1);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 2 });
    } finally {
      await app.dataSource.query('UPDATE staff SET active = true WHERE id = $1', [app.fixtures.north.partner]);
      await sender.kill();
      await receiver.close();
      await disableEndpoint(app, partner, id);
    }
  });

  it('during a rotation\'s overlap both secrets verify a delivery; after the old one expires only the new one does', async () => {
    const receiver = await startReceiver();
    const { id, secret: old } = await registerEndpoint(app, partner, receiver.url);
    const sender = await startSender(app);
    try {
      const fresh = (await dataOf(app, ROTATE, { input: { endpointId: id, previousSecretValidForHours: 24 } }, partner)).rotateWebhookSecret.secret as string;
      expect(fresh).not.toBe(old);
      await appendChange(app, office, 'rotation-1');
      await dispatchAll(sender.deliveries, 1);
      await sender.deliveries.deliverDue();
      const during = receiver.received[0];
      expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
      expect([matchingSignatures(fresh, during.headers, during.body), matchingSignatures(old, during.headers, during.body)]).toEqual([1, 1]);

      app.clock.set(new Date(app.clock.now().getTime() + 24 * 3600_000));
      await appendChange(app, office, 'rotation-2');
      await dispatchAll(sender.deliveries, 1);
      await sender.deliveries.deliverDue();
      const after = receiver.received[1];
      expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
      expect([matchingSignatures(fresh, after.headers, after.body), matchingSignatures(old, after.headers, after.body)]).toEqual([1, 0]);
    } finally {
      await sender.kill();
      await receiver.close();
      await disableEndpoint(app, partner, id);
    }
  });

  it('the example receiver verifies, processes each webhook-id once and dedupes a replay from a feed position; a backfill reaches entries from before registration', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/hooks`;
    const first = await registerEndpoint(app, partner, url);
    const lines: Array<Record<string, any>> = [];
    let child: ChildProcess | undefined;
    const sender = await startSender(app);
    let second: { id: string; secret: string } | undefined;
    try {
      for (const n of [1, 2, 3]) await appendChange(app, office, `example-${n}`);
      await dispatchAll(sender.deliveries, 3);
      // Registered after the three changes: it starts after them.
      second = await registerEndpoint(app, partner, url);
      // The receiver holds both endpoints' secrets (as it would during a rotation); no timestamp check: the sender runs on the test clock.
      child = spawn(process.execPath, [resolve(__dirname, '../../docs/examples/webhook-receiver.mjs')], {
        env: { PATH: process.env.PATH, WEBHOOK_SECRET: `${first.secret} ${second.secret}`, PORT: String(port), WEBHOOK_TOLERANCE_SECONDS: '0' }, stdio: ['ignore', 'pipe', 'inherit'],
      });
      createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line)));
      await until(() => lines.some((l) => l.event === 'listening'), 'the example receiver listening');

      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 3 });
      const ids = (await deliveriesOf(app, first.id)).map((d) => d.webhookId);
      await until(() => lines.filter((l) => l.event === 'processed').length === 3, 'three processed');

      // Everything after the place the endpoint started from, again: same webhook-ids, acknowledged, not processed twice.
      const replay = (await dataOf(app, REPLAY_FROM, { input: { endpointId: first.id, after: first.endpoint.feedPosition } }, partner)).replayWebhookDeliveries;
      expect(replay.requeued).toBe(3);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 3 });
      await until(() => lines.filter((l) => l.event === 'duplicate').length === 3, 'three duplicates');

      // The second endpoint was registered after the three changes: a replay from the first one's start reaches them (a backfill).
      expect((await dataOf(app, REPLAY_FROM, { input: { endpointId: second.id, after: first.endpoint.feedPosition } }, partner)).replayWebhookDeliveries.requeued).toBe(0);
      await dispatchAll(sender.deliveries, 3);
      expect(await sender.deliveries.deliverDue()).toMatchObject({ DELIVERED: 3 });
      await until(() => lines.filter((l) => l.event === 'processed').length === 6, 'six processed');

      // A request with a signature of another secret is refused (401) and not processed.
      const status = await new Promise<number>((done, fail) => {
        const req = request(url, { method: 'POST', headers: { 'webhook-id': 'msg_forged', 'webhook-timestamp': '1793642400', 'webhook-signature': 'v1,AAAA' } }, (res) => { res.resume(); done(res.statusCode ?? 0); });
        req.on('error', fail);
        req.end('{"type":"case.transition"}');
      });
      expect(status).toBe(401);
      await until(() => lines.some((l) => l.event === 'rejected'), 'the forged request rejected');

      const processed = lines.filter((l) => l.event === 'processed');
      const secondIds = (await deliveriesOf(app, second.id)).map((d) => d.webhookId);
      expect(processed.map((l) => l.webhookId).sort()).toEqual([...ids, ...secondIds].sort());
      expect(lines.filter((l) => l.event === 'duplicate').map((l) => l.webhookId).sort()).toEqual([...ids].sort());
      expect(processed[0]).toMatchObject({ type: 'case.transition', subjectType: 'Case', change: 'RECORD_CONTACT_ATTEMPT', topics: ['CASE_TRANSITION'] });
      expect(lines.find((l) => l.event === 'rejected')).toMatchObject({ webhookId: 'msg_forged', reason: 'no signature matches' });

      const forged = await app.gql(REPLAY_FROM, { input: { endpointId: first.id, after: 'bogus' } }, partner);
      expect(forged.data.replayWebhookDeliveries.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: 'after', constraint: 'isCursor' }]);
    } finally {
      child?.kill('SIGTERM');
      await sender.kill();
      await disableEndpoint(app, partner, first.id);
      if (second) await disableEndpoint(app, partner, second.id);
    }
  });
});
