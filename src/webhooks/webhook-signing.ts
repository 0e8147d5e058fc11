import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { ChangeEventEntity } from '../entities/change-event.entity';
import { changeEventOf } from '../change-feed/change-event-view';
import { stateNodesOf } from '../schema/case-state.type';

/**
 * The Standard Webhooks message (issue 14 item 3): its id, body and headers. The `standardwebhooks`
 * package signs: HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${body}` with each valid
 * secret, `v1,<base64>` each, space-separated (rotation: the old and the new secret both sign
 * until the old one expires).
 */

/** Bytes of a new secret: the spec asks for 24 to 64. */
export const SECRET_BYTES = 32;

/**
 * A new endpoint secret as the spec serializes it: `whsec_` and the base64 of 32 random bytes.
 * @example newWebhookSecret() // 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw...'
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/**
 * A new webhook-id: `msg_` and 16 random bytes, base64url (never a `.`, which the signed content uses as its delimiter).
 * @example newWebhookId() // 'msg_3q2-7wEAAAAAAAAAAAAAAA'
 */
export function newWebhookId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}

/**
 * The event type of a feed entry: hierarchical and full-stop delimited, one payload schema per type.
 * @example webhookEventType('Case') // 'case.transition'
 * @example webhookEventType('Complaint') // 'complaint.resolution'
 */
export function webhookEventType(subjectType: string): string {
  if (subjectType === 'Case') return 'case.transition';
  if (subjectType === 'Complaint') return 'complaint.resolution';
  return `${subjectType.toLowerCase()}.change`;
}

/**
 * The body of the delivery of a feed entry: `{ type, timestamp, data }`, minified, with `data` the
 * entry exactly as `changes` shows it (the thin ChangeEvent: ids, event, version, rule, state,
 * penalty stage; no name, no date of birth, no contact detail, no free text). Built once, when
 * the delivery is created, and stored, so every attempt sends (and signs) the same bytes.
 *
 * @example
 * webhookBody(row) // '{"type":"case.transition","timestamp":"2026-11-02T18:00:00.000Z","data":{"position":"WyJDaGFu...","topics":["CASE_TRANSITION"],...}}'
 */
export function webhookBody(row: ChangeEventEntity): string {
  const change = changeEventOf(row);
  const data = { ...change, state: change.state === null ? null : { nodes: stateNodesOf(change.state) } };
  return JSON.stringify({ type: webhookEventType(row.subjectType), timestamp: row.occurredAt.toISOString(), data });
}

/**
 * The webhook-signature header: one `v1,<signature>` per secret, newest secret first.
 * @example signatureHeader(['whsec_new...', 'whsec_old...'], 'msg_1', new Date('2026-11-02T18:00:00Z'), '{}') // 'v1,K5oZ... v1,hnO3...'
 */
export function signatureHeader(secrets: readonly string[], webhookId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(webhookId, timestamp, body)).join(' ');
}

/**
 * The headers of one attempt: webhook-id (the same on every attempt), webhook-timestamp (this
 * attempt's, in Unix seconds), webhook-signature.
 */
export function webhookHeaders(webhookId: string, timestamp: Date, secrets: readonly string[], body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'work-services-webhooks/1',
    'webhook-id': webhookId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatureHeader(secrets, webhookId, timestamp, body),
  };
}
