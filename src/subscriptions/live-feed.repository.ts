import type { EntityManager } from 'typeorm';
import { ChangeEventEntity } from '../entities/change-event.entity';
import type { FeedCursor } from '../repositories/change-event.repository';
import { entityColumns, selectRow, selectRows } from '../repositories/sql';
import type { LiveFilter } from './feed-order';

/** A row of the tail: `stable` when its transaction and every older one have ended (it is in the feed). */
export type TailRow = ChangeEventEntity & { stable: boolean };

/**
 * The change feed as the live subscriptions read it: the same order and visibility rule as
 * ChangeEventRepository.page (migration ChangeFeed1765310000000: (tx_id, position), only below
 * pg_snapshot_xmin), with the two filters a subscription has (office, case manager).
 */
export class LiveFeedRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * The feed's end now: the last row every reader already sees, or null when there is none. A live
   * stream that starts here and receives every later row misses nothing and repeats nothing.
   */
  async end(): Promise<FeedCursor | null> {
    return selectRow<FeedCursor>(this.db,
      `SELECT e.tx_id::text AS "txId", e.position::text AS "position" FROM change_event e
       WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
       ORDER BY e.tx_id DESC, e.position DESC LIMIT 1`);
  }

  /**
   * The committed rows after a cursor, every office, in feed order, each marked stable or not:
   * stable rows come first (a lower tx_id), so the hub delivers that prefix and knows, from an
   * unstable row, that an older transaction still holds the rest back.
   */
  tail(after: FeedCursor | null, limit: number): Promise<TailRow[]> {
    return selectRows<TailRow>(this.db,
      `SELECT ${entityColumns(this.db, ChangeEventEntity, 'e')},
              e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS "stable"
       FROM change_event e
       WHERE ($1::bigint IS NULL OR (e.tx_id, e.position) > ($1::bigint, $2::bigint))
       ORDER BY e.tx_id, e.position LIMIT $3`,
      [after?.txId ?? null, after?.position ?? null, limit]);
  }

  /** A subscription's rows after its cursor, in feed order (what a resumed subscriber catches up on). */
  replay(filter: LiveFilter, after: FeedCursor | null, limit: number): Promise<ChangeEventEntity[]> {
    return selectRows<ChangeEventEntity>(this.db,
      `SELECT ${entityColumns(this.db, ChangeEventEntity, 'e')} FROM change_event e
       WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
         AND ($1::uuid IS NULL OR e.office_id = $1::uuid)
         AND ($2::uuid IS NULL OR e.case_manager_id = $2::uuid)
         AND e.topics && $3::text[]
         AND ($4::bigint IS NULL OR (e.tx_id, e.position) > ($4::bigint, $5::bigint))
       ORDER BY e.tx_id, e.position LIMIT $6`,
      [filter.officeId, filter.caseManagerId, [...filter.topics], after?.txId ?? null, after?.position ?? null, limit]);
  }
}
