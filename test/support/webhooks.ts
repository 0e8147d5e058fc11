import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataSource } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import type { Clock } from '../../src/services/clock';
import type { WebhookConfig } from '../../src/webhooks/webhook-config';
import { WebhookDeliveries } from '../../src/webhooks/webhook-deliveries';
import { WebhookService } from '../../src/webhooks/webhook.service';
import { dataOf } from './api';
import type { TestApp } from './test-app';

/** Loopback receivers over http: what the webhook tests allow (never a production setting). */
export const LOOPBACK_WEBHOOKS: WebhookConfig = { allowedHosts: ['127.0.0.1', 'localhost'], allowHttp: true, allowPrivateNetworks: true };

/**
 * Gives the running app's GraphQL a webhook configuration (the app's services are built with none,
 * so nothing can be registered until main.ts passes WEBHOOK_*): the same object the resolvers use.
 */
export function useWebhookConfig(app: TestApp, config: WebhookConfig): void {
  app.running.services.webhooks = new WebhookService(app.appDataSource, app.clock, config);
}

/** A webhook sender and dispatcher of their own (their own pool, as another process would have). */
export async function startSender(app: TestApp, options: { config?: WebhookConfig; random?: () => number; clock?: Clock } = {}) {
  const dataSource = createDataSource({ url: app.urls.app, log: createLogger('silent'), poolSize: 4 });
  await dataSource.initialize();
  const deliveries = new WebhookDeliveries(dataSource, options.clock ?? app.clock, { config: options.config ?? LOOPBACK_WEBHOOKS, random: options.random ?? (() => 0.5) });
  return {
    deliveries,
    /** As if the process died: attempts in flight are dropped unrecorded, the pool is gone. */
    async kill() {
      deliveries.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

export interface ReceivedRequest { headers: http.IncomingHttpHeaders; body: string; webhookId: string }

/**
 * A receiver on loopback that records every request and answers what `respond` says: a status,
 * or 'hang' (no answer until the sender gives up or dies).
 */
export async function startReceiver(respond: (req: ReceivedRequest, seenBefore: number) => number | 'hang' = () => 204) {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), webhookId: String(req.headers['webhook-id']) };
      const seenBefore = received.filter((r) => r.webhookId === entry.webhookId).length;
      received.push(entry);
      const answer = respond(entry, seenBefore);
      if (answer !== 'hang') res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * The Standard Webhooks check written out, independent of the `standardwebhooks` package:
 * HMAC-SHA256 with the secret's bytes (base64 after whsec_) over `${id}.${timestamp}.${body}`,
 * base64, compared in constant time with each `v1,` signature of the header. Answers how many
 * of the header's signatures this secret makes.
 */
export function matchingSignatures(secret: string, headers: http.IncomingHttpHeaders, body: string): number {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(createHmac('sha256', key).update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`).digest('base64'));
  return String(headers['webhook-signature'] ?? '').split(' ').filter((entry) => {
    const [version, signature = ''] = entry.split(',');
    const given = Buffer.from(signature);
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  }).length;
}

/** Polls (bounded: at most `attempts` checks, 5 ms apart) until `done` holds; no fixed wait. */
export async function until(done: () => boolean | Promise<boolean>, what: string, attempts = 2000): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Dispatches until `expected` deliveries were created (bounded). The feed shows an entry once
 * every older transaction of the PostgreSQL cluster has ended (pg_snapshot_xmin), another test
 * database's too, so on a shared test server an entry may show a moment late.
 */
export async function dispatchAll(deliveries: WebhookDeliveries, expected: number): Promise<number> {
  let created = 0;
  await until(async () => (created += await deliveries.dispatchDue()) >= expected, `${expected} deliveries dispatched`);
  return created;
}

export const REGISTER = `mutation Register($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) { endpoint { id url topics status feedPosition signingSecrets { expiresAt } } secret userErrors { code message ... on InputError { field constraint } } } }`;

export const ENDPOINTS = `query Endpoints($status: WebhookDeliveryStatus) { webhookEndpoints(first: 10) { totalCount edges { node {
  id url topics status disabledAt disabledCause ownerId officeId feedPosition signingSecrets { createdAt expiresAt }
  deliveries(first: 20, status: $status) { totalCount edges { node { id webhookId status attemptCount nextAttemptAt deliveredAt deadAt
    change { position caseEvent topics caseId caseVersion subjectId ruleId state { nodes } }
    attempts(first: 12) { edges { node { number attemptedAt trigger outcome httpStatus errorClass latencyMs } } } } } } } } } }`;

/** Registers an endpoint as a partner and answers its id and secret. */
export async function registerEndpoint(app: TestApp, token: string, url: string, topics: string[] = ['CASE_TRANSITION']) {
  const result = (await dataOf(app, REGISTER, { input: { url, topics } }, token)).registerWebhookEndpoint;
  return { id: result.endpoint.id as string, secret: result.secret as string, endpoint: result.endpoint };
}

/** Disables an endpoint as its partner (a test's endpoint, so the next test's changes do not go to it). */
export async function disableEndpoint(app: TestApp, token: string, endpointId: string): Promise<void> {
  await dataOf(app, `mutation($input: WebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { endpoint { id } userErrors { code } } }`, { input: { endpointId } }, token);
}

/** A feed entry written as a transition would write it (thin), for tests that need many; answers its position. */
export async function appendChange(app: TestApp, officeId: string, subjectId: string, topics: string[] = ['CASE_TRANSITION']): Promise<string> {
  const [row] = await app.dataSource.query(`INSERT INTO change_event (occurred_at, office_id, topics, event, subject_type, subject_id, payload)
    VALUES ($1, $2, $3, 'RECORD_CONTACT_ATTEMPT', 'Case', $4, '{}') RETURNING position::text AS position`, [app.clock.now(), officeId, topics, subjectId]);
  return row.position as string;
}

/** A delivery row of an endpoint, as stored (for the schedule a test drives). */
export async function deliveriesOf(app: TestApp, endpointId: string): Promise<Array<{ id: string; webhookId: string; status: string; nextAttemptAt: Date | null; attemptCount: number; changePosition: string }>> {
  return app.dataSource.query(`SELECT id, webhook_id AS "webhookId", status, next_attempt_at AS "nextAttemptAt", attempt_count AS "attemptCount", change_position::text AS "changePosition"
    FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY change_tx_id, change_position`, [endpointId]);
}
