import { createHmac } from 'node:crypto';
import type { ChangeEventEntity } from '../../../src/entities/change-event.entity';
import { newWebhookId, newWebhookSecret, signatureHeader, webhookBody, webhookEventType, webhookHeaders } from '../../../src/webhooks/webhook-signing';

/** The spec's algorithm, written out here (not the package): base64(HMAC-SHA256(secret bytes, `${id}.${timestamp}.${body}`)). */
const expected = (secret: string, id: string, seconds: number, body: string) =>
  `v1,${createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(`${id}.${seconds}.${body}`).digest('base64')}`;

const row: ChangeEventEntity = {
  position: '42', txId: '1001', occurredAt: new Date('2026-11-02T18:00:00.000Z'), officeId: 'o-1', caseId: 'c-1', caseManagerId: 'cm-1', caseVersion: 7,
  topics: ['CASE_TRANSITION', 'EXEMPTION'], event: 'START_EXEMPTION', ruleId: 'EXM-1', subjectType: 'Case', subjectId: 'c-1',
  payload: { stateBefore: 'open.participating', stateAfter: 'open.exempt', phase: 'PARTICIPATING' },
};

describe('Standard Webhooks messages (issue 14 item 3)', () => {
  it('secrets are whsec_ and 32 random bytes; webhook-ids are msg_ and never contain a full stop', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
    const ids = Array.from({ length: 50 }, newWebhookId);
    for (const id of ids) expect(id).toMatch(/^msg_[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(50);
  });

  it('the signature is the spec\'s HMAC-SHA256 over id.timestamp.body, one v1 per valid secret, space-separated (rotation)', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const at = new Date('2026-11-02T18:00:00.900Z');
    const body = webhookBody(row);
    expect(signatureHeader([current], 'msg_1', at, body)).toBe(expected(current, 'msg_1', 1793642400, body));
    expect(signatureHeader([current, previous], 'msg_1', at, body)).toBe(`${expected(current, 'msg_1', 1793642400, body)} ${expected(previous, 'msg_1', 1793642400, body)}`);
    const headers = webhookHeaders('msg_1', at, [current], body);
    expect(headers).toEqual({
      'content-type': 'application/json', 'user-agent': 'work-services-webhooks/1', 'webhook-id': 'msg_1', 'webhook-timestamp': '1793642400',
      'webhook-signature': expected(current, 'msg_1', 1793642400, body),
    });
    // Another body, id or second is another signature.
    expect(signatureHeader([current], 'msg_2', at, body)).not.toBe(headers['webhook-signature']);
    expect(signatureHeader([current], 'msg_1', new Date('2026-11-02T18:00:01Z'), body)).not.toBe(headers['webhook-signature']);
  });

  it('EXM-1: the body is thin, { type, timestamp, data } with data as changes shows it; no client data can be in it', () => {
    const body = JSON.parse(webhookBody(row));
    expect(body).toEqual({
      type: 'case.transition', timestamp: '2026-11-02T18:00:00.000Z',
      data: expect.objectContaining({ topics: ['CASE_TRANSITION', 'EXEMPTION'], caseEvent: 'START_EXEMPTION', subjectType: 'Case', subjectId: 'c-1', caseId: 'c-1', caseVersion: 7, ruleId: 'EXM-1', officeId: 'o-1', state: { nodes: ['open.exempt'] } }),
    });
    expect(typeof body.data.position).toBe('string');
    // Only the change feed's thin fields: never the payload's other keys, a name, a note.
    expect(Object.keys(body.data).sort()).toEqual(['caseEvent', 'caseId', 'caseVersion', 'complaintEvent', 'occurredAt', 'officeId', 'penalty', 'position', 'ruleId', 'state', 'subjectId', 'subjectType', 'topics']);
    expect(webhookEventType('Complaint')).toBe('complaint.resolution');
    expect(webhookBody(row)).toBe(webhookBody(row));
  });
});
