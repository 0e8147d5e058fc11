import type { EntityManager } from 'typeorm';
import { ChangeEventEntity } from '../entities/change-event.entity';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from '../entities/webhook.entity';
import type { FeedCursor } from './change-event.repository';
import { entityColumns, execute, selectRow, selectRows, writeReturning } from './sql';

export type NewWebhookDelivery = Pick<WebhookDeliveryEntity, 'webhookId' | 'endpointId' | 'changePosition' | 'changeTxId' | 'eventType' | 'body' | 'createdAt'>;

/** A delivery a sender has claimed: what it needs to send it. */
export type ClaimedDelivery = WebhookDeliveryEntity & { url: string };

export type DeliveryStatus = WebhookDeliveryEntity['status'];

/** How an attempt changes its delivery (decided in src/webhooks/retry-schedule.ts). */
export type DeliveryUpdate =
  | { status: 'DELIVERED' }
  | { status: 'PENDING'; nextAttemptAt: Date; retryStep: number }
  | { status: 'DEAD' };

/** Deliveries (one per endpoint and feed entry) and their append-only attempt log (issue 14 item 3). */
export class WebhookDeliveryRepository {
  constructor(private readonly db: EntityManager) {}

  private columns(alias = 'd'): string {
    return entityColumns(this.db, WebhookDeliveryEntity, alias);
  }

  /**
   * New deliveries, each due now; an (endpoint, feed entry) that already has one is left alone
   * (UNIQUE: a second dispatcher creates nothing twice). Answers how many were created.
   */
  async insertDue(rows: readonly NewWebhookDelivery[], now: Date): Promise<number> {
    if (rows.length === 0) return 0;
    return execute(this.db, `INSERT INTO webhook_delivery (webhook_id, endpoint_id, change_position, change_tx_id, event_type, body, status, attempt_count, retry_step, next_attempt_at, next_trigger, created_at)
      SELECT w, e, p, t, y, b, 'PENDING', 0, 0, $7, 'SCHEDULE', $7
      FROM unnest($1::text[], $2::uuid[], $3::bigint[], $4::bigint[], $5::text[], $6::text[]) AS r(w, e, p, t, y, b)
      ON CONFLICT (endpoint_id, change_position) DO NOTHING`,
    [rows.map((r) => r.webhookId), rows.map((r) => r.endpointId), rows.map((r) => r.changePosition), rows.map((r) => r.changeTxId),
      rows.map((r) => r.eventType), rows.map((r) => r.body), now]);
  }

  /**
   * Claims up to `limit` due deliveries of active endpoints for one sender: due by `now`, not
   * held by another sender's lease (an expired lease is a sender that died: its delivery is
   * claimed again, same webhook-id). SKIP LOCKED: two senders never claim one delivery. Only
   * endpoints whose owner is active and still of a role in `ownerRoles` (who read the feed).
   */
  claimDue(now: Date, leaseUntil: Date, token: string, limit: number, ownerRoles: readonly string[]): Promise<ClaimedDelivery[]> {
    return writeReturning<ClaimedDelivery>(this.db, `WITH due AS (
        SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint w ON w.id = d.endpoint_id JOIN staff o ON o.id = w.owner_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND (d.claimed_until IS NULL OR d.claimed_until <= $1) AND w.status = 'ACTIVE'
          AND o.active AND o.role = ANY($5::text[])
        ORDER BY d.next_attempt_at, d.id LIMIT $4 FOR UPDATE OF d SKIP LOCKED)
      UPDATE webhook_delivery d SET claimed_until = $2, claim_token = $3 FROM due, webhook_endpoint w
      WHERE d.id = due.id AND w.id = d.endpoint_id
      RETURNING ${this.columns()}, w.url`, [now, leaseUntil, token, limit, [...ownerRoles]]);
  }

  /** The delivery locked for recording an attempt or a replay; null when there is none. */
  forUpdate(id: string): Promise<WebhookDeliveryEntity | null> {
    return selectRow<WebhookDeliveryEntity>(this.db, `SELECT ${this.columns()} FROM webhook_delivery d WHERE d.id = $1 FOR UPDATE`, [id]);
  }

  async appendAttempt(attempt: Omit<WebhookAttemptEntity, 'id' | 'number'>): Promise<void> {
    await execute(this.db, `INSERT INTO webhook_attempt (delivery_id, endpoint_id, number, trigger, attempted_at, outcome, http_status, error_class, latency_ms)
      SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6, $7, $8 FROM webhook_attempt WHERE delivery_id = $1`,
    [attempt.deliveryId, attempt.endpointId, attempt.trigger, attempt.attemptedAt, attempt.outcome, attempt.httpStatus, attempt.errorClass, attempt.latencyMs]);
  }

  /** The delivery after an attempt; its claim is released when it is still this sender's (`token`). */
  async applyAttempt(id: string, token: string, update: DeliveryUpdate, now: Date): Promise<void> {
    const release = 'claimed_until = CASE WHEN claim_token = $2 THEN NULL ELSE claimed_until END, claim_token = CASE WHEN claim_token = $2 THEN NULL ELSE claim_token END';
    const count = 'attempt_count = attempt_count + 1, next_trigger = \'SCHEDULE\'';
    if (update.status === 'DELIVERED') {
      await execute(this.db, `UPDATE webhook_delivery SET status = 'DELIVERED', next_attempt_at = NULL, delivered_at = $3, dead_at = NULL, ${count}, ${release} WHERE id = $1`, [id, token, now]);
    } else if (update.status === 'DEAD') {
      await execute(this.db, `UPDATE webhook_delivery SET status = 'DEAD', next_attempt_at = NULL, dead_at = $3, retry_step = retry_step + 1, ${count}, ${release} WHERE id = $1`, [id, token, now]);
    } else {
      await execute(this.db, `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = $3, retry_step = $4, ${count}, ${release} WHERE id = $1`, [id, token, update.nextAttemptAt, update.retryStep]);
    }
  }

  /** A replay: a new attempt now on a fresh schedule, with the same webhook-id and body. */
  async requeue(id: string, now: Date): Promise<void> {
    await execute(this.db, `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = $2, retry_step = 0, next_trigger = 'REPLAY', dead_at = NULL WHERE id = $1`, [id, now]);
  }

  /** Every delivery of an endpoint after a feed position, requeued now; answers how many. */
  requeueAfter(endpointId: string, after: FeedCursor, now: Date): Promise<number> {
    return execute(this.db, `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = $4, retry_step = 0, next_trigger = 'REPLAY', dead_at = NULL
      WHERE endpoint_id = $1 AND (change_tx_id, change_position) > ($2::bigint, $3::bigint)`, [endpointId, after.txId, after.position, now]);
  }

  /** Deliveries waiting for an endpoint that was disabled go as soon as it is enabled again. */
  async dueNow(endpointId: string, now: Date): Promise<void> {
    await execute(this.db, `UPDATE webhook_delivery SET next_attempt_at = $2 WHERE endpoint_id = $1 AND status = 'PENDING' AND next_attempt_at > $2`, [endpointId, now]);
  }

  byIds(ids: readonly string[]): Promise<WebhookDeliveryEntity[]> {
    return selectRows<WebhookDeliveryEntity>(this.db, `SELECT ${this.columns()} FROM webhook_delivery d WHERE d.id = ANY($1::uuid[])`, [ids]);
  }

  /** A page of an endpoint's deliveries in feed order, optionally of one status, after a (txId, position) cursor. */
  page(endpointId: string, status: DeliveryStatus | null, after: FeedCursor | null, limit: number): Promise<WebhookDeliveryEntity[]> {
    return selectRows<WebhookDeliveryEntity>(this.db, `SELECT ${this.columns()} FROM webhook_delivery d
      WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2)
        AND ($3::bigint IS NULL OR (d.change_tx_id, d.change_position) > ($3::bigint, $4::bigint))
      ORDER BY d.change_tx_id, d.change_position LIMIT $5`, [endpointId, status, after?.txId ?? null, after?.position ?? null, limit]);
  }

  async count(endpointId: string, status: DeliveryStatus | null): Promise<number> {
    const row = await selectRow<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM webhook_delivery d WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2)`, [endpointId, status]);
    return row?.n ?? 0;
  }

  /** The attempts of several deliveries, oldest first. */
  attemptsOf(deliveryIds: readonly string[]): Promise<WebhookAttemptEntity[]> {
    return selectRows<WebhookAttemptEntity>(this.db, `SELECT ${entityColumns(this.db, WebhookAttemptEntity, 'a')} FROM webhook_attempt a
      WHERE a.delivery_id = ANY($1::uuid[]) ORDER BY a.delivery_id, a.number`, [deliveryIds]);
  }

  /** The feed entries of several deliveries. */
  changesAt(positions: readonly string[]): Promise<ChangeEventEntity[]> {
    return selectRows<ChangeEventEntity>(this.db, `SELECT ${entityColumns(this.db, ChangeEventEntity, 'c')} FROM change_event c WHERE c.position = ANY($1::bigint[])`, [positions]);
  }
}
