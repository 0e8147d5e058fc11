import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../calendar/alaska-calendar';
import { badInput, forbidden, notFound } from '../errors';
import type { Clock } from './clock';

// Free-text reasons (good cause, extension decisions) stay in the case record: Eligibility needs
// the change, not what was said (ROI-1). An exemption's `reason` is its coded reason (EXM-1) and goes.
const COLUMNS = `id::text AS id, case_id AS "caseId", case_version AS "caseVersion", event, rule_id AS "ruleId",
  CASE WHEN rule_id = 'EXM-1' THEN payload ELSE payload - 'reason' END AS payload,
  created_at AS "createdAt", to_char(due_on, 'YYYY-MM-DD') AS "dueOn", acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy"`;

/** The Eligibility outbox: what an integration partner pulls and acknowledges (EXM-1, MGT-5). */
export class EligibilityNoticeService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** Notices of the user's office (all offices for WSTA), oldest first; `pending` ones not yet acknowledged. */
  async list(user: CurrentUser, pending: boolean, first: number) {
    const office = AccessPolicy.officeScope(user, null);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM eligibility_notice
        WHERE ($1::uuid IS NULL OR office_id = $1) AND ($2::boolean IS FALSE OR acknowledged_at IS NULL)
        ORDER BY eligibility_notice.created_at, eligibility_notice.id LIMIT $3`, [office, pending, first]);
    const today = alaskaDateOf(this.clock.now());
    return rows.map((r: { dueOn: string; acknowledgedAt: Date | null }) => ({ ...r, overdue: !r.acknowledgedAt && r.dueOn < today }));
  }

  /** Eligibility (a PARTNER of the office) confirms it received a notice; once only. */
  async acknowledge(user: CurrentUser, id: string) {
    if (user.role !== 'PARTNER') throw forbidden('Only the Eligibility integration (PARTNER) acknowledges notices');
    if (!/^\d{1,18}$/.test(id)) throw notFound('Eligibility notice', id);
    const [notice] = await this.dataSource.query('SELECT office_id, acknowledged_at FROM eligibility_notice WHERE id = $1', [id]);
    if (!notice || notice.office_id !== user.officeId) throw notFound('Eligibility notice', id);
    // Wrapped in a SELECT: TypeORM returns a bare UPDATE ... RETURNING as [rows, count].
    const [row] = await this.dataSource.query(
      `WITH acknowledged AS (
         UPDATE eligibility_notice SET acknowledged_at = $2, acknowledged_by = $3 WHERE id = $1 AND acknowledged_at IS NULL RETURNING *
       ) SELECT ${COLUMNS} FROM acknowledged`,
      [id, this.clock.now(), user.id]);
    if (!row) throw badInput(`Eligibility notice ${id} was already acknowledged`, 'id', 'notAcknowledged');
    return { ...row, overdue: false };
  }
}
