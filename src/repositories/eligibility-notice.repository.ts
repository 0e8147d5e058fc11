import { IsNull, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { EligibilityNoticeEntity } from '../entities';
import { entityColumns, EXACT_INSTANT, selectRows, writeReturning } from './sql';

/** A notice as Eligibility reads it: the payload without free-text reasons (ROI-1); `cursorAt` for keyset cursors. */
export type EligibilityNoticeRow = Omit<EligibilityNoticeEntity, 'officeId'> & { cursorAt: string };

export type NewEligibilityNotice = Omit<EligibilityNoticeEntity, 'id' | 'acknowledgedAt' | 'acknowledgedBy'>;

const PROPERTIES = ['id', 'caseId', 'caseVersion', 'event', 'ruleId', 'createdAt', 'dueOn', 'acknowledgedAt', 'acknowledgedBy'] as const;

/**
 * The Eligibility outbox (EXM-1, MGT-5). Notices are written in the transition's transaction, so
 * a notice commits with its change or not at all, and pulled and acknowledged by the PARTNER.
 */
export class EligibilityNoticeRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Free-text reasons (good cause, extension decisions) stay in the case record: Eligibility needs
   * the change, not what was said (ROI-1). An exemption's `reason` is its coded reason (EXM-1) and goes.
   */
  private columns(alias: string): string {
    return `${entityColumns(this.db, EligibilityNoticeEntity, alias, [...PROPERTIES])},
      CASE WHEN ${alias}.rule_id = 'EXM-1' THEN ${alias}.payload ELSE ${alias}.payload - 'reason' END AS payload,
      ${EXACT_INSTANT(`${alias}.created_at`)} AS "cursorAt"`;
  }

  async add(notice: NewEligibilityNotice): Promise<void> {
    // QueryDeepPartialEntity cannot map the jsonb payload's `unknown` values; the notice is a full row.
    await this.db.insert(EligibilityNoticeEntity, notice as QueryDeepPartialEntity<EligibilityNoticeEntity>);
  }

  /** Notices of one office (all offices when null), oldest first, keyset-paged after `after`; `pending`: only unacknowledged ones. */
  list(officeId: string | null, pending: boolean, first: number, after: { createdAt: string; id: string } | null = null): Promise<EligibilityNoticeRow[]> {
    return selectRows<EligibilityNoticeRow>(this.db,
      `SELECT ${this.columns('n')} FROM eligibility_notice n
        WHERE ($1::uuid IS NULL OR n.office_id = $1) AND ($2::boolean IS FALSE OR n.acknowledged_at IS NULL)
          AND ($4::timestamptz IS NULL OR (n.created_at, n.id) > ($4::timestamptz, $5::bigint))
        ORDER BY n.created_at, n.id LIMIT $3`, [officeId, pending, first, after?.createdAt ?? null, after?.id ?? null]);
  }

  async count(officeId: string | null, pending: boolean): Promise<number> {
    return this.db.count(EligibilityNoticeEntity, {
      where: { ...(officeId ? { officeId } : {}), ...(pending ? { acknowledgedAt: IsNull() } : {}) },
    });
  }

  /** Notices by their ids, in one statement (node lookups), with the office they belong to. */
  byIds(ids: readonly string[]): Promise<Array<EligibilityNoticeRow & { officeId: string }>> {
    return selectRows<EligibilityNoticeRow & { officeId: string }>(this.db,
      `SELECT ${this.columns('n')}, n.office_id AS "officeId" FROM eligibility_notice n WHERE n.id = ANY($1::bigint[])`, [ids]);
  }

  /** Whose notice it is (its office), or null when there is none with that id. */
  async officeOf(id: string): Promise<string | null> {
    const notice = await this.db.findOne(EligibilityNoticeEntity, { select: { officeId: true }, where: { id } });
    return notice?.officeId ?? null;
  }

  /** Acknowledges a notice once: null when it was already acknowledged (or does not exist). */
  async acknowledge(id: string, at: Date, by: string): Promise<EligibilityNoticeRow | null> {
    const [row] = await writeReturning<EligibilityNoticeRow>(this.db,
      `WITH acknowledged AS (
         UPDATE eligibility_notice SET acknowledged_at = $2, acknowledged_by = $3 WHERE id = $1 AND acknowledged_at IS NULL RETURNING *
       ) SELECT ${this.columns('n')} FROM acknowledged n`, [id, at, by]);
    return row ?? null;
  }
}
