import type { EntityManager } from 'typeorm';
import { ChangeEventEntity } from '../entities/change-event.entity';
import { WebhookEndpointEntity, WebhookSecretEntity } from '../entities/webhook.entity';
import type { FeedCursor } from './change-event.repository';
import { entityColumns, execute, selectRow, selectRows } from './sql';

/** A secret as reads show it: never its value. */
export type WebhookSecretInfo = Omit<WebhookSecretEntity, 'secret'>;

/** An endpoint with what the dispatcher needs of its owner (the feed follows the owner's rights). */
export type DispatchEndpoint = WebhookEndpointEntity & { ownerRole: string; ownerOfficeId: string; ownerActive: boolean };

/** Which endpoints a list reads: one owner's, one office's, or all (null, null). */
export interface EndpointScope { ownerId: string | null; officeId: string | null }

/** After every position of every transaction below the oldest running one: the largest bigint. */
export const FEED_POSITION_END = '9223372036854775807';

/**
 * Webhook endpoints and their secrets (issue 14 item 3), and the change feed as each endpoint's
 * dispatcher reads it.
 */
export class WebhookEndpointRepository {
  constructor(private readonly db: EntityManager) {}

  private columns(alias = 'w'): string {
    return entityColumns(this.db, WebhookEndpointEntity, alias);
  }

  /**
   * Where a new endpoint starts in the feed: after every entry of every transaction older than
   * the oldest one running (pg_snapshot_xmin), which no later entry can precede; an entry of a
   * transaction still running is delivered.
   */
  async feedHead(): Promise<FeedCursor> {
    const row = await selectRow<{ txId: string }>(this.db, `SELECT (pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1)::text AS "txId"`);
    return { txId: row!.txId, position: FEED_POSITION_END };
  }

  async insert(endpoint: Omit<WebhookEndpointEntity, 'id'>, secret: Omit<WebhookSecretEntity, 'id' | 'endpointId'>): Promise<WebhookEndpointEntity> {
    const id = (await this.db.insert(WebhookEndpointEntity, endpoint)).identifiers[0]?.id as string;
    await this.db.insert(WebhookSecretEntity, { ...secret, endpointId: id });
    return (await this.byIds([id]))[0];
  }

  async byIds(ids: readonly string[]): Promise<WebhookEndpointEntity[]> {
    return selectRows<WebhookEndpointEntity>(this.db, `SELECT ${this.columns()} FROM webhook_endpoint w WHERE w.id = ANY($1::uuid[])`, [ids]);
  }

  /** The endpoint, locked until the transaction ends (the writes on one endpoint go one at a time). */
  forUpdate(id: string): Promise<WebhookEndpointEntity | null> {
    return selectRow<WebhookEndpointEntity>(this.db, `SELECT ${this.columns()} FROM webhook_endpoint w WHERE w.id = $1 FOR UPDATE`, [id]);
  }

  /** How many endpoints an owner has that are not disabled by them (a limit per partner). */
  async countOwned(ownerId: string): Promise<number> {
    const row = await selectRow<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM webhook_endpoint WHERE owner_id = $1 AND disabled_cause IS DISTINCT FROM 'BY_OWNER'`, [ownerId]);
    return row?.n ?? 0;
  }

  /** A page of endpoints in creation order, after a (createdAt, id) cursor. */
  page(scope: EndpointScope, after: { createdAt: string; id: string } | null, limit: number): Promise<Array<WebhookEndpointEntity & { cursorAt: string }>> {
    return selectRows(this.db, `SELECT ${this.columns()}, to_char(w.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
      FROM webhook_endpoint w
      WHERE ($1::uuid IS NULL OR w.owner_id = $1) AND ($2::uuid IS NULL OR w.office_id = $2)
        AND ($3::timestamptz IS NULL OR (w.created_at, w.id) > ($3::timestamptz, $4::uuid))
      ORDER BY w.created_at, w.id LIMIT $5`, [scope.ownerId, scope.officeId, after?.createdAt ?? null, after?.id ?? null, limit]);
  }

  async count(scope: EndpointScope): Promise<number> {
    const row = await selectRow<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM webhook_endpoint w
      WHERE ($1::uuid IS NULL OR w.owner_id = $1) AND ($2::uuid IS NULL OR w.office_id = $2)`, [scope.ownerId, scope.officeId]);
    return row?.n ?? 0;
  }

  /** The secrets of several endpoints, newest first, without their values. */
  secretsOf(endpointIds: readonly string[]): Promise<WebhookSecretInfo[]> {
    return selectRows<WebhookSecretInfo>(this.db, `SELECT ${entityColumns(this.db, WebhookSecretEntity, 's', ['id', 'endpointId', 'createdAt', 'expiresAt'])}
      FROM webhook_secret s WHERE s.endpoint_id = ANY($1::uuid[]) ORDER BY s.endpoint_id, s.expires_at DESC NULLS FIRST, s.created_at DESC, s.id`, [endpointIds]);
  }

  /** The values of the secrets that sign at `now`: the current one, and a rotated one until it expires; newest first. */
  async signingSecrets(endpointId: string, now: Date): Promise<string[]> {
    const rows = await selectRows<{ secret: string }>(this.db, `SELECT s.secret FROM webhook_secret s
      WHERE s.endpoint_id = $1 AND (s.expires_at IS NULL OR s.expires_at > $2) ORDER BY s.expires_at DESC NULLS FIRST, s.created_at DESC, s.id`, [endpointId, now]);
    return rows.map((r) => r.secret);
  }

  /**
   * A rotation: every secret still valid after `previousUntil` now expires by then (at most one
   * old secret signs beside the new one), the current one expires at `previousUntil`, and the
   * new one becomes current.
   */
  async rotate(endpointId: string, secret: string, now: Date, previousUntil: Date): Promise<void> {
    await execute(this.db, `UPDATE webhook_secret SET expires_at = $3 WHERE endpoint_id = $1 AND expires_at IS NOT NULL AND expires_at > $2`, [endpointId, now, now]);
    await execute(this.db, `UPDATE webhook_secret SET expires_at = $2 WHERE endpoint_id = $1 AND expires_at IS NULL`, [endpointId, previousUntil]);
    await this.db.insert(WebhookSecretEntity, { endpointId, secret, createdAt: now, expiresAt: null });
  }

  async setStatus(endpointId: string, status: 'ACTIVE' | 'DISABLED', cause: 'BY_OWNER' | 'GONE' | null, now: Date): Promise<void> {
    await execute(this.db, `UPDATE webhook_endpoint SET status = $2, disabled_cause = $3, disabled_at = CASE WHEN $2 = 'DISABLED' THEN $4::timestamptz END, updated_at = $4
      WHERE id = $1`, [endpointId, status, cause, now]);
  }

  /** Moves the dispatcher's place back (a replay from a feed position); never forward. */
  async rewindCursor(endpointId: string, to: FeedCursor, now: Date): Promise<void> {
    await execute(this.db, `UPDATE webhook_endpoint SET cursor_tx_id = $2, cursor_position = $3, updated_at = $4
      WHERE id = $1 AND (cursor_tx_id, cursor_position) > ($2::bigint, $3::bigint)`, [endpointId, to.txId, to.position, now]);
  }

  /** The active endpoints, for a dispatcher to go through. */
  async activeIds(): Promise<string[]> {
    return (await selectRows<{ id: string }>(this.db, `SELECT id FROM webhook_endpoint WHERE status = 'ACTIVE' ORDER BY updated_at, id`)).map((r) => r.id);
  }

  /** An active endpoint with its owner, locked for this dispatcher; null when another has it (SKIP LOCKED) or it is not active. */
  lockForDispatch(id: string): Promise<DispatchEndpoint | null> {
    return selectRow<DispatchEndpoint>(this.db, `SELECT ${this.columns()}, o.role AS "ownerRole", o.office_id AS "ownerOfficeId", o.active AS "ownerActive"
      FROM webhook_endpoint w JOIN staff o ON o.id = w.owner_id WHERE w.id = $1 AND w.status = 'ACTIVE' FOR UPDATE OF w SKIP LOCKED`, [id]);
  }

  /**
   * The next feed entries an endpoint reads, in feed order, and the feed's visible end in the same
   * snapshot (pg_snapshot_xmin): when fewer than `limit` come back, every entry before that end
   * has been read, so the cursor may move to it (ChangeFeed1765310000000 says why nothing can
   * appear below it later).
   */
  async feedPage(officeId: string, topics: readonly string[], after: FeedCursor, limit: number): Promise<{ rows: ChangeEventEntity[]; end: FeedCursor }> {
    const rows = await selectRows<ChangeEventEntity & { feedEnd: string }>(this.db,
      `WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
       SELECT ${entityColumns(this.db, ChangeEventEntity, 'e')}, (s.xmin - 1)::text AS "feedEnd"
       FROM s LEFT JOIN LATERAL (SELECT c.* FROM change_event c
         WHERE c.tx_id < s.xmin AND c.office_id = $1 AND c.topics && $2::text[] AND (c.tx_id, c.position) > ($3::bigint, $4::bigint)
         ORDER BY c.tx_id, c.position LIMIT $5) e ON true
       ORDER BY e.tx_id, e.position`,
      [officeId, [...topics], after.txId, after.position, limit]);
    const end = { txId: rows[0]?.feedEnd ?? after.txId, position: FEED_POSITION_END };
    return { rows: rows.filter((r) => r.position !== null).map(({ feedEnd: _end, ...row }) => row), end };
  }

  async advanceCursor(endpointId: string, to: FeedCursor): Promise<void> {
    await execute(this.db, `UPDATE webhook_endpoint SET cursor_tx_id = $2, cursor_position = $3
      WHERE id = $1 AND (cursor_tx_id, cursor_position) < ($2::bigint, $3::bigint)`, [endpointId, to.txId, to.position]);
  }
}
