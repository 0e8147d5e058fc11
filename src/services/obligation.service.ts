import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { AlaskaCalendar, alaskaDateOf } from '../calendar/alaska-calendar';
import { CaseEntity } from '../entities';
import { badInput, forbidden, notFound } from '../errors';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { deriveObligations, OBLIGATION_RULE_IDS, type Obligation } from '../obligations';
import type { Clock } from './clock';
import { assertRecordId } from './ids';

export interface ObligationFilter {
  officeId?: string | null;
  caseManagerId?: string | null;
  status?: 'OPEN' | 'MET' | 'OVERDUE' | 'WAIVED' | null;
  dueBefore?: string | null;
  ruleIds?: string[] | null;
}

export interface ObligationRow extends Obligation { id: string; caseId: string; officeId: string; caseManagerId: string }

/** A case's history, notes and waivers, as JSON arrays in one row. */
const RECORD_SQL = `SELECT
  (SELECT coalesce(json_agg(h ORDER BY h.version), '[]') FROM (SELECT version, event, payload, occurred_at AS "occurredAt",
     state_after AS "stateAfter" FROM case_history WHERE case_id = $1) h) AS history,
  (SELECT coalesce(json_agg(n ORDER BY n."enteredAt"), '[]') FROM (SELECT id, subject, entered_at AS "enteredAt",
     contact_method AS "contactMethod" FROM client_note WHERE case_id = $1) n) AS notes,
  (SELECT coalesce(json_agg(w), '[]') FROM (SELECT obligation_key AS "obligationKey", reason, waived_at AS "waivedAt",
     waived_by AS "waivedBy" FROM obligation_waiver WHERE case_id = $1) w) AS waivers,
  (SELECT coalesce(json_agg(v), '[]') FROM (SELECT month, verified_at AS "verifiedAt" FROM month_verification WHERE case_id = $1) v) AS verifications`;

/** OPEN and OVERDUE depend on today, so they are decided in SQL at read time, never stored. */
const STATUS_SQL = `CASE WHEN o.resolution IS NOT NULL THEN o.resolution WHEN o.due_date < $1::date THEN 'OVERDUE' ELSE 'OPEN' END`;
const COLUMNS = `o.id::text AS id, o.case_id AS "caseId", o.office_id AS "officeId", o.case_manager_id AS "caseManagerId", o.key, o.rule_id AS "ruleId",
  o.description, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", ${STATUS_SQL} AS status, o.met_by AS "metBy",
  to_char(o.met_on, 'YYYY-MM-DD') AS "metOn", o.waiver_reason AS "waiverReason"`;

/**
 * Keeps each case's obligations in indexed columns, recomputed in the transaction that changes the
 * case (a transition, a note, a waiver), so worklists read an index instead of deriving on read.
 */
export class ObligationService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly calendar: AlaskaCalendar) {}

  today(): string {
    return alaskaDateOf(this.clock.now());
  }

  /** Re-derives one case's obligations from its record and replaces the stored rows. */
  async recompute(manager: EntityManager, caseId: string, known?: CaseEntity): Promise<void> {
    // Without a case row in hand, lock it: the derivation must read the case as it is now.
    const kase = known ?? (await manager.findOneOrFail(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } }));
    // The whole record in one round trip: this runs inside every transition.
    const [record] = await manager.query(RECORD_SQL, [caseId]);
    const iso = (instant: string) => new Date(instant).toISOString();
    const obligations = deriveObligations({
      caseId, context: (kase.snapshot as StoredCaseSnapshot).context, state: kase.state, childCareAuthorized: kase.childCareAuthorized,
      history: record.history.map((h: { occurredAt: string }) => ({ ...h, occurredAt: iso(h.occurredAt) })),
      notes: record.notes.map((n: { enteredAt: string }) => ({ ...n, enteredAt: iso(n.enteredAt) })),
      waivers: record.waivers.map((w: { waivedAt: string }) => ({ ...w, waivedAt: iso(w.waivedAt) })),
      verifications: record.verifications.map((v: { month: string; verifiedAt: string }) => ({ month: v.month, verifiedAt: iso(v.verifiedAt) })),
    }, this.today(), this.calendar);
    // Replace the case's rows in one statement: upsert the derived ones, delete the rest.
    await manager.query(
      `WITH derived AS (
         SELECT * FROM jsonb_to_recordset($4::jsonb)
           AS o(key text, "ruleId" text, description text, "dueDate" text, status text, "metBy" text, "metOn" text, "waiverReason" text)
       ), gone AS (
         DELETE FROM obligation WHERE case_id = $1 AND key NOT IN (SELECT key FROM derived)
       ), stamped AS (
         UPDATE work_case SET obligations_derived_on = $5::date WHERE id = $1
       )
       INSERT INTO obligation (case_id, office_id, case_manager_id, key, rule_id, description, due_date, resolution, met_by, met_on, waiver_reason)
       SELECT $1, $2, $3, d.key, d."ruleId", d.description, d."dueDate"::date,
              CASE WHEN d.status IN ('MET', 'WAIVED') THEN d.status END, d."metBy", d."metOn"::date, d."waiverReason"
         FROM derived d
       ON CONFLICT (case_id, key) DO UPDATE SET
         office_id = EXCLUDED.office_id, case_manager_id = EXCLUDED.case_manager_id, rule_id = EXCLUDED.rule_id,
         description = EXCLUDED.description, due_date = EXCLUDED.due_date, resolution = EXCLUDED.resolution,
         met_by = EXCLUDED.met_by, met_on = EXCLUDED.met_on, waiver_reason = EXCLUDED.waiver_reason`,
      [caseId, kase.officeId, kase.caseManagerId, JSON.stringify(obligations), this.today()],
    );
  }

  /**
   * Re-derives the cases last derived in an earlier month (or never), so monthly obligations
   * appear on the first of the month without waiting for the case to change. Returns how many.
   */
  async refreshStale(batchSize = 500): Promise<number> {
    const monthStart = `${this.today().slice(0, 7)}-01`;
    let done = 0;
    for (;;) {
      const stale: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM work_case WHERE phase <> 'CLOSED' AND (obligations_derived_on IS NULL OR obligations_derived_on < $1::date) LIMIT $2`, [monthStart, batchSize]);
      for (const { id } of stale) await this.dataSource.transaction((m) => this.recompute(m, id));
      done += stale.length;
      if (stale.length < batchSize) return done;
    }
  }

  async forCase(caseId: string): Promise<ObligationRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM obligation o WHERE o.case_id = $2 ORDER BY o.due_date, o.id`, [this.today(), caseId]);
  }

  /** The worklist: an office's (or a caseload's) obligations by due date, keyset-paged. */
  async worklist(user: CurrentUser, filter: ObligationFilter, first: number, after?: string | null): Promise<{ rows: ObligationRow[]; hasNextPage: boolean }> {
    const office = AccessPolicy.officeScope(user, filter.officeId);
    const unknown = (filter.ruleIds ?? []).filter((r) => !OBLIGATION_RULE_IDS.includes(r));
    if (unknown.length) throw badInput(`Unknown rule id(s): ${unknown.join(', ')}; known: ${OBLIGATION_RULE_IDS.join(', ')}`, 'ruleIds', 'isKnownRuleId');
    const params: unknown[] = [this.today()];
    const where: string[] = [];
    if (office) { params.push(office); where.push(`o.office_id = $${params.length}`); }
    if (filter.caseManagerId) { params.push(filter.caseManagerId); where.push(`o.case_manager_id = $${params.length}`); }
    if (filter.dueBefore) { params.push(filter.dueBefore); where.push(`o.due_date < $${params.length}::date`); }
    if (filter.ruleIds?.length) { params.push(filter.ruleIds); where.push(`o.rule_id = ANY($${params.length})`); }
    switch (filter.status) {
      case 'OPEN': where.push('o.resolution IS NULL AND o.due_date >= $1::date'); break;
      case 'OVERDUE': where.push('o.resolution IS NULL AND o.due_date < $1::date'); break;
      case 'MET': case 'WAIVED': params.push(filter.status); where.push(`o.resolution = $${params.length}`); break;
      default: break;
    }
    if (after) {
      const [dueDate, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate ?? '') || !/^\d+$/.test(id ?? '')) throw badInput('after is not a cursor this API issued', 'after', 'isCursor');
      params.push(dueDate, id);
      where.push(`(o.due_date, o.id) > ($${params.length - 1}::date, $${params.length}::bigint)`);
    }
    params.push(first + 1);
    const rows: ObligationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM obligation o ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY o.due_date, o.id LIMIT $${params.length}`, params);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  static cursorOf(row: ObligationRow): string {
    return Buffer.from(`${row.dueDate}|${row.id}`).toString('base64url');
  }

  /** A supervisor waives one obligation with a reason (e.g. EA-2's extenuating circumstances). */
  async waive(user: CurrentUser, caseId: string, key: string, reason: string): Promise<ObligationRow> {
    if (user.role !== 'SUPERVISOR') throw forbidden('Only a SUPERVISOR may waive an obligation');
    assertRecordId('Case', caseId);
    return this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!kase) throw notFound('Case', caseId);
      AccessPolicy.assertCanActOnCase(user, kase);
      const [current] = await manager.query('SELECT resolution FROM obligation WHERE case_id = $1 AND key = $2', [caseId, key]);
      if (!current) throw badInput(`Case ${caseId} has no obligation ${key}`, 'key', 'isObligationKey');
      if (current.resolution) throw badInput(`Obligation ${key} is already ${current.resolution}`, 'key', 'isOpen');
      await manager.query(`INSERT INTO obligation_waiver (case_id, obligation_key, reason, waived_by, waived_at) VALUES ($1, $2, $3, $4, $5)`, [caseId, key, reason, user.id, this.clock.now()]);
      await this.recompute(manager, caseId, kase);
      const [row] = await manager.query(`SELECT ${COLUMNS} FROM obligation o WHERE o.case_id = $2 AND o.key = $3`, [this.today(), caseId, key]);
      return row;
    });
  }
}
