import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ChangeEventEntity } from '../entities/change-event.entity';
import { entityColumns, selectRows } from './sql';

export type NewChangeEvent = Omit<ChangeEventEntity, 'position' | 'txId'>;

/** A place in the feed: the writing transaction's id, then the row's position. */
export interface FeedCursor { txId: string; position: string }

export interface FeedQuery {
  /** null: every office (WSTA). */
  officeId: string | null;
  /** The topics the reader may read; a row is read when it carries one of them. */
  topics: readonly string[];
  after: FeedCursor | null;
  limit: number;
}

/** The change feed's rows: appended in the change's transaction, read in feed order. */
export class ChangeEventRepository {
  constructor(private readonly db: EntityManager) {}

  async append(row: NewChangeEvent): Promise<void> {
    // QueryDeepPartialEntity cannot map the jsonb payload's `unknown` values; the row is whole.
    await this.db.insert(ChangeEventEntity, row as QueryDeepPartialEntity<ChangeEventEntity>);
  }

  /**
   * The next rows after a cursor, in (txId, position) order, only of transactions older than every
   * one still running: that set no longer grows below the cursor, so paging never skips a row a
   * slower transaction commits later (migration ChangeFeed1765310000000).
   */
  page(query: FeedQuery): Promise<ChangeEventEntity[]> {
    return selectRows<ChangeEventEntity>(this.db,
      `SELECT ${entityColumns(this.db, ChangeEventEntity, 'e')} FROM change_event e
       WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
         AND ($1::uuid IS NULL OR e.office_id = $1::uuid)
         AND e.topics && $2::text[]
         AND ($3::bigint IS NULL OR (e.tx_id, e.position) > ($3::bigint, $4::bigint))
       ORDER BY e.tx_id, e.position LIMIT $5`,
      [query.officeId, [...query.topics], query.after?.txId ?? null, query.after?.position ?? null, query.limit]);
  }
}
