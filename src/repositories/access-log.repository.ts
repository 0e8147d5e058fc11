import type { EntityManager } from 'typeorm';
import { AccessLogEntity } from '../entities';
import type { AccessRead } from '../access-log/collector';
import { entityColumns, execute, EXACT_INSTANT, selectRow, selectRows } from './sql';

/** An access log entry as read back; `cursorAt` is accessed_at to the microsecond, for keyset cursors. */
export type AccessLogRow = AccessLogEntity & { cursorAt: string };

export interface AccessLogWho { staffId: string; staffRole: string; operationName: string | null; accessedAt: Date }
export interface AccessLogFilter { clientId?: string | null; staffId?: string | null }

/**
 * Who viewed whom (access_log). Only inserts and reads: the table refuses UPDATE, DELETE and
 * TRUNCATE (trigger), except access_log_purge() on rows older than 6 years.
 */
export class AccessLogRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * One INSERT for all the reads of a request: one row per client, with the cases and groups read.
   * Reads keyed by a case (a note, an obligation) find their client in the same statement.
   */
  async write(who: AccessLogWho, reads: readonly AccessRead[]): Promise<number> {
    if (reads.length === 0) return 0;
    return execute(this.db, `
      INSERT INTO access_log (staff_id, staff_role, client_id, case_ids, field_groups, operation_name, accessed_at)
      SELECT $1, $2, coalesce(x.client_id, c.client_id),
             coalesce(array_agg(DISTINCT x.case_id) FILTER (WHERE x.case_id IS NOT NULL), '{}'),
             array_agg(DISTINCT x.grp), $3, $4
        FROM unnest($5::uuid[], $6::uuid[], $7::text[]) AS x(client_id, case_id, grp)
        LEFT JOIN work_case c ON c.id = x.case_id
       WHERE coalesce(x.client_id, c.client_id) IS NOT NULL
       GROUP BY coalesce(x.client_id, c.client_id)`,
    [who.staffId, who.staffRole, who.operationName, who.accessedAt,
      reads.map((r) => r.clientId), reads.map((r) => r.caseId), reads.map((r) => r.group)]);
  }

  private where(filter: AccessLogFilter, from: number): { sql: string; params: unknown[] } {
    return {
      sql: `($${from}::uuid IS NULL OR a.client_id = $${from}) AND ($${from + 1}::uuid IS NULL OR a.staff_id = $${from + 1})`,
      params: [filter.clientId ?? null, filter.staffId ?? null],
    };
  }

  /** Newest first, keyset-paged strictly before `after` (access_log_client_idx / access_log_staff_idx). */
  list(filter: AccessLogFilter, first: number, after: { accessedAt: string; id: string } | null): Promise<AccessLogRow[]> {
    const where = this.where(filter, 4);
    return selectRows<AccessLogRow>(this.db, `
      SELECT ${entityColumns(this.db, AccessLogEntity, 'a')}, ${EXACT_INSTANT('a.accessed_at')} AS "cursorAt"
        FROM access_log a
       WHERE ${where.sql} AND ($2::timestamptz IS NULL OR (a.accessed_at, a.id) < ($2::timestamptz, $3::bigint))
       ORDER BY a.accessed_at DESC, a.id DESC LIMIT $1`, [first, after?.accessedAt ?? null, after?.id ?? null, ...where.params]);
  }

  async count(filter: AccessLogFilter): Promise<number> {
    const where = this.where(filter, 1);
    const row = await selectRow<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM access_log a WHERE ${where.sql}`, where.params);
    return row?.n ?? 0;
  }

  /** 45 CFR 164.316(b)(2)(i): deletes the rows older than 6 years (by the database clock), never a younger one. */
  async purgeExpired(): Promise<number> {
    const row = await selectRow<{ purged: string }>(this.db, 'SELECT access_log_purge() AS purged');
    return Number(row?.purged ?? 0);
  }
}
