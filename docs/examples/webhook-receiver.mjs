#!/usr/bin/env node
// A webhook receiver for the Work Services API, in plain Node (no packages): it verifies each
// delivery's signature with the Standard Webhooks algorithm and processes each webhook-id once.
//
//   WEBHOOK_SECRET=whsec_... PORT=8787 node docs/examples/webhook-receiver.mjs
//
// WEBHOOK_SECRET   the endpoint's secret (registerWebhookEndpoint / rotateWebhookSecret answer it);
//                  several, space-separated, while you switch to a rotated one
// PORT, HOST       where to listen (default 8787 on 127.0.0.1; PORT=0 picks a free port)
// WEBHOOK_TOLERANCE_SECONDS  how far webhook-timestamp may be from this machine's clock
//                  (default 300, against replayed requests; 0 turns the check off: only for a
//                  sender on a test clock)
//
// It prints one JSON line per request on stdout: {"event":"listening","port":...} first, then
// "processed" (a new webhook-id, answered 204), "duplicate" (a webhook-id seen before, answered
// 204 without processing it again) or "rejected" (answered 401 or 400). Replace `process` below
// with your work: fetch the record through the API (node(id: data.subjectId)), where reads are
// audited. Keep the seen ids in a durable store (a table with a unique key) for longer than the
// retry window (about 3 days) and your replays; this example keeps them in memory.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secrets = (process.env.WEBHOOK_SECRET ?? '').split(/\s+/).filter(Boolean);
if (secrets.length === 0) {
  console.error('Set WEBHOOK_SECRET to the endpoint\'s secret (whsec_...)');
  process.exit(1);
}
const keys = secrets.map((s) => Buffer.from(s.startsWith('whsec_') ? s.slice('whsec_'.length) : s, 'base64'));
const tolerance = Number(process.env.WEBHOOK_TOLERANCE_SECONDS ?? 300);
const MAX_BODY = 1024 * 1024;
const seen = new Set();

const log = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

/**
 * Standard Webhooks verification: HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${body}`
 * with the secret's bytes (base64 after `whsec_`), base64; webhook-signature holds one or more
 * `v1,<signature>` separated by spaces (two while the sender rotates): one match is enough.
 * Compared in constant time. The body must be the raw bytes received, never re-serialized JSON.
 */
export function verify(headers, body, now = Date.now()) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return 'missing webhook headers';
  if (!/^\d{1,12}$/.test(timestamp)) return 'bad webhook-timestamp';
  if (tolerance > 0 && Math.abs(now / 1000 - Number(timestamp)) > tolerance) return 'webhook-timestamp outside the tolerance';
  const signed = Buffer.concat([Buffer.from(`${id}.${timestamp}.`), body]);
  for (const key of keys) {
    const expected = Buffer.from(createHmac('sha256', key).update(signed).digest('base64'));
    for (const entry of signatures.split(' ')) {
      const [version, signature] = entry.split(',');
      if (version !== 'v1' || !signature) continue;
      const given = Buffer.from(signature);
      if (given.length === expected.length && timingSafeEqual(given, expected)) return null;
    }
  }
  return 'no signature matches';
}

/** Your work, once per webhook-id. Here: print the thin event (ids, event, version, rule). */
function processEvent(id, event) {
  const { data } = event;
  log({ event: 'processed', webhookId: id, type: event.type, timestamp: event.timestamp, position: data.position, topics: data.topics,
    change: data.caseEvent ?? data.complaintEvent, subjectType: data.subjectType, subjectId: data.subjectId, caseId: data.caseId, caseVersion: data.caseVersion, ruleId: data.ruleId });
}

const server = createServer((req, res) => {
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const id = req.headers['webhook-id'];
    const problem = verify(req.headers, body);
    if (problem) {
      log({ event: 'rejected', webhookId: id ?? null, reason: problem });
      res.writeHead(401).end();
      return;
    }
    if (seen.has(id)) {
      // Already processed (a retry after a lost answer, or a replay): acknowledge, do nothing.
      log({ event: 'duplicate', webhookId: id });
      res.writeHead(204).end();
      return;
    }
    let event;
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch {
      log({ event: 'rejected', webhookId: id, reason: 'body is not JSON' });
      res.writeHead(400).end();
      return;
    }
    processEvent(id, event);
    seen.add(id);
    res.writeHead(204).end();
  });
});

server.listen(Number(process.env.PORT ?? 8787), process.env.HOST ?? '127.0.0.1', () => {
  log({ event: 'listening', port: server.address().port });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
