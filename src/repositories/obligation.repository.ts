import type { EntityManager, EntityTarget } from 'typeorm';
import type { PlainDate } from '../dates';
import { CaseHistoryEntity, ChildCareAuthorizationEntity, ClientNoteEntity, MonthVerificationEntity, ObligationEntity, ObligationWaiverEntity } from '../entities';
import type { CaseRecord, Obligation } from '../obligations';
import { entityColumns, execute, selectRow, selectRows } from './sql';
import { TRACK_RECORD_FACTS_SQL } from './track-record.repository';
import { FSSP_RECORD_FACTS_SQL } from './fssp.repository';
import { FILE_REVIEW_FACTS_SQL } from './file-review.repository';
import { COMPLAINT_FACTS_SQL } from './complaint.repository';

/** A stored obligation with its status as of the day it is read. */
export interface ObligationRow extends Obligation { id: string; caseId: string; officeId: string; caseManagerId: string }

/** The parts of a case's record the derivation reads besides the case row itself. */
export type ObligationRecordRows = Pick<CaseRecord, 'history' | 'notes' | 'waivers'> & {
  verifications: NonNullable<CaseRecord['verifications']>; childCareChanges: NonNullable<CaseRecord['childCareChanges']>;
} & Pick<CaseRecord, 'agencyReferrals' | 'assignmentFollowUps' | 'contacts' | 'trackRecords' | 'fsspUpdateAppointments' | 'fsspMailings' | 'fileReviews' | 'complaints'>;

/**
 * EA-3, EA-5, ENG-7: referrals with their outcomes, assignments with their follow-ups, contacts
 * with their responses, as JSON arrays (columns of the record query below; $1 is the case).
 */
const CASEWORK_FACTS_SQL = `,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'householdMemberId', r.household_member_id,
          'referredOn', to_char(r.referred_on, 'YYYY-MM-DD'), 'followUpOn', to_char(r.follow_up_on, 'YYYY-MM-DD'),
          'outcomes', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'outcomeOn', to_char(o.outcome_on, 'YYYY-MM-DD'))), '[]')
                         FROM referral_outcome o WHERE o.referral_id = r.id))), '[]')
         FROM agency_referral r WHERE r.case_id = $1) AS "agencyReferrals",
      (SELECT coalesce(json_agg(json_build_object('assignmentId', a.id, 'startDate', to_char(a.start_date, 'YYYY-MM-DD'),
          'endDate', to_char(a.end_date, 'YYYY-MM-DD'), 'timesheetFrequency', a.timesheet_frequency,
          'followUps', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'followedUpOn', to_char(f.followed_up_on, 'YYYY-MM-DD'),
                          'nextFollowUpOn', to_char(f.next_follow_up_on, 'YYYY-MM-DD'))), '[]')
                          FROM assignment_follow_up f WHERE f.case_id = $1 AND f.assignment_id = a.id))), '[]')
         FROM activity_assignment a WHERE a.case_id = $1) AS "assignmentFollowUps",
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'direction', c.direction, 'fromParty', c.from_party,
          'receivedAt', c.received_at, 'emergent', c.emergent, 'respondedAt', cr.responded_at)), '[]')
         FROM contact_log c LEFT JOIN contact_response cr ON cr.contact_id = c.id WHERE c.case_id = $1) AS contacts`;

/** The worklist's filter, already scoped to what the user may see. */
export interface WorklistQuery {
  today: PlainDate;
  officeId: string | null;
  caseManagerId?: string | null;
  dueBefore?: PlainDate | null;
  ruleIds?: readonly string[] | null;
  status?: 'OPEN' | 'MET' | 'OVERDUE' | 'WAIVED' | null;
  /** OPEN or OVERDUE: neither met nor waived. */
  unresolved?: boolean | null;
  /** Keyset: rows strictly after this (due date, id). */
  after?: { dueDate: PlainDate; id: string } | null;
  limit: number;
}

/** OPEN and OVERDUE depend on today ($1), so they are decided at read time, never stored. */
const STATUS_SQL = `CASE WHEN o.resolution IS NOT NULL THEN o.resolution WHEN o.due_date < $1::date THEN 'OVERDUE' ELSE 'OPEN' END`;
const ROW_PROPERTIES = ['id', 'caseId', 'officeId', 'caseManagerId', 'key', 'ruleId', 'description', 'dueDate', 'metBy', 'metOn', 'waiverReason', 'waiverReasonCode'] as const;

/** JSON aggregates render timestamps as text; the derivation takes ISO instants. */
const iso = (instant: string) => new Date(instant).toISOString();

/**
 * A case's obligations (kept in indexed columns, replaced whenever the case changes) and the
 * supervisors' waivers. The record load and the replacement are hand-written SQL: each is one
 * statement inside every transition.
 */
export class ObligationRepository {
  constructor(private readonly db: EntityManager) {}

  private columns(): string {
    return `${entityColumns(this.db, ObligationEntity, 'o', [...ROW_PROPERTIES])}, ${STATUS_SQL} AS status`;
  }

  /** A case's history, client notes, waivers and verified months, as JSON arrays in one row. */
  async recordOf(caseId: string): Promise<ObligationRecordRows> {
    const cols = <T extends object>(entity: EntityTarget<T>, alias: string, only: ReadonlyArray<keyof T & string>) => entityColumns(this.db, entity, alias, only);
    const row = await selectRow<ObligationRecordRows>(this.db, `SELECT
      (SELECT coalesce(json_agg(h ORDER BY h.version), '[]') FROM (SELECT ${cols(CaseHistoryEntity, 'x', ['version', 'event', 'payload', 'occurredAt', 'stateAfter'])}
         FROM case_history x WHERE x.case_id = $1) h) AS history,
      (SELECT coalesce(json_agg(n ORDER BY n."enteredAt"), '[]') FROM (SELECT ${cols(ClientNoteEntity, 'x', ['id', 'subject', 'enteredAt', 'contactMethod'])}
         FROM client_note x WHERE x.case_id = $1) n) AS notes,
      (SELECT coalesce(json_agg(w), '[]') FROM (SELECT ${cols(ObligationWaiverEntity, 'x', ['obligationKey', 'reasonCode', 'reason', 'waivedAt', 'waivedBy'])}
         FROM obligation_waiver x WHERE x.case_id = $1) w) AS waivers,
      (SELECT coalesce(json_agg(v), '[]') FROM (SELECT ${cols(MonthVerificationEntity, 'x', ['month', 'verifiedAt'])}
         FROM month_verification x WHERE x.case_id = $1) v) AS verifications,
      (SELECT coalesce(json_agg(cc ORDER BY cc."effectiveOn", cc.id), '[]') FROM (SELECT x.id, ${cols(ChildCareAuthorizationEntity, 'x', ['effectiveOn', 'authorized'])}
         FROM child_care_authorization x WHERE x.case_id = $1) cc) AS "childCareChanges"${CASEWORK_FACTS_SQL}${TRACK_RECORD_FACTS_SQL}${FSSP_RECORD_FACTS_SQL}${FILE_REVIEW_FACTS_SQL}${COMPLAINT_FACTS_SQL}`,
    [caseId]);
    if (!row) throw new Error('the record query returns one row');
    return {
      history: row.history.map((h) => ({ ...h, occurredAt: iso(h.occurredAt) })),
      notes: row.notes.map((n) => ({ ...n, enteredAt: iso(n.enteredAt) })),
      waivers: row.waivers.map((w) => ({ ...w, waivedAt: iso(w.waivedAt) })),
      verifications: row.verifications.map((v) => ({ month: v.month, verifiedAt: iso(v.verifiedAt) })),
      childCareChanges: row.childCareChanges.map((c) => ({ effectiveOn: c.effectiveOn, authorized: c.authorized })),
      agencyReferrals: row.agencyReferrals ?? [],
      assignmentFollowUps: row.assignmentFollowUps ?? [],
      contacts: (row.contacts ?? []).map((c) => ({ ...c, receivedAt: iso(c.receivedAt), respondedAt: c.respondedAt === null ? null : iso(c.respondedAt) })),
      trackRecords: row.trackRecords,
      fsspUpdateAppointments: row.fsspUpdateAppointments ?? [],
      fsspMailings: row.fsspMailings ?? [],
      fileReviews: row.fileReviews ?? [],
      complaints: row.complaints ?? [],
    };
  }

  /**
   * Replaces a case's obligations with the derived ones in one statement: upserts them (by the
   * case's key), deletes the rest, and stamps the case with the day they were derived on.
   */
  async replaceForCase(kase: { id: string; officeId: string; caseManagerId: string }, obligations: readonly Obligation[], derivedOn: PlainDate): Promise<void> {
    await execute(this.db,
      `WITH derived AS (
         SELECT * FROM jsonb_to_recordset($4::jsonb)
           AS o(key text, "ruleId" text, description text, "dueDate" text, status text, "metBy" text, "metOn" text, "waiverReason" text, "waiverReasonCode" text)
       ), gone AS (
         DELETE FROM obligation WHERE case_id = $1 AND key NOT IN (SELECT key FROM derived)
       ), stamped AS (
         UPDATE work_case SET obligations_derived_on = $5::date WHERE id = $1
       )
       INSERT INTO obligation (case_id, office_id, case_manager_id, key, rule_id, description, due_date, resolution, met_by, met_on, waiver_reason, waiver_reason_code)
       SELECT $1, $2, $3, d.key, d."ruleId", d.description, d."dueDate"::date,
              CASE WHEN d.status IN ('MET', 'WAIVED') THEN d.status END, d."metBy", d."metOn"::date, d."waiverReason", d."waiverReasonCode"
         FROM derived d
       ON CONFLICT (case_id, key) DO UPDATE SET
         office_id = EXCLUDED.office_id, case_manager_id = EXCLUDED.case_manager_id, rule_id = EXCLUDED.rule_id,
         description = EXCLUDED.description, due_date = EXCLUDED.due_date, resolution = EXCLUDED.resolution,
         met_by = EXCLUDED.met_by, met_on = EXCLUDED.met_on, waiver_reason = EXCLUDED.waiver_reason,
         waiver_reason_code = EXCLUDED.waiver_reason_code`,
      [kase.id, kase.officeId, kase.caseManagerId, JSON.stringify(obligations), derivedOn]);
  }

  forCase(today: PlainDate, caseId: string): Promise<ObligationRow[]> {
    return selectRows<ObligationRow>(this.db, `SELECT ${this.columns()} FROM obligation o WHERE o.case_id = $2 ORDER BY o.due_date, o.id`, [today, caseId]);
  }

  /** The obligations of several cases by due date, in one statement (obligation_case_idx). */
  forCases(today: PlainDate, caseIds: readonly string[]): Promise<ObligationRow[]> {
    return selectRows<ObligationRow>(this.db, `SELECT ${this.columns()} FROM obligation o WHERE o.case_id = ANY($2::uuid[]) ORDER BY o.due_date, o.id`, [today, caseIds]);
  }

  byIds(today: PlainDate, ids: readonly string[]): Promise<ObligationRow[]> {
    return selectRows<ObligationRow>(this.db, `SELECT ${this.columns()} FROM obligation o WHERE o.id = ANY($2::bigint[])`, [today, ids]);
  }

  one(today: PlainDate, caseId: string, key: string): Promise<ObligationRow | null> {
    return selectRow<ObligationRow>(this.db, `SELECT ${this.columns()} FROM obligation o WHERE o.case_id = $2 AND o.key = $3`, [today, caseId, key]);
  }

  /** The rule and resolution of one obligation of a case: undefined when the case has no such obligation. */
  async ruleAndResolutionOf(caseId: string, key: string): Promise<Pick<ObligationEntity, 'ruleId' | 'resolution'> | undefined> {
    const row = await this.db.findOne(ObligationEntity, { select: { id: true, ruleId: true, resolution: true }, where: { caseId, key } });
    // TypeORM leaves a NULL column's property unset on a partial select.
    return row ? { ruleId: row.ruleId, resolution: row.resolution ?? null } : undefined;
  }

  /** The resolution of one obligation of a case: undefined when the case has no such obligation. */
  async resolutionOf(caseId: string, key: string): Promise<ObligationEntity['resolution'] | undefined> {
    return (await this.ruleAndResolutionOf(caseId, key))?.resolution;
  }

  async addWaiver(waiver: Omit<ObligationWaiverEntity, 'id'>): Promise<void> {
    await this.db.insert(ObligationWaiverEntity, waiver);
  }

  /** The worklist page by due date then id (an index range scan), one row more than asked to tell if there is a next page. */
  worklist(q: WorklistQuery): Promise<ObligationRow[]> {
    const { where, params } = this.worklistWhere(q);
    if (q.after) {
      params.push(q.after.dueDate, q.after.id);
      where.push(`(o.due_date, o.id) > ($${params.length - 1}::date, $${params.length}::bigint)`);
    }
    params.push(q.limit);
    return selectRows<ObligationRow>(this.db,
      `SELECT ${this.columns()} FROM obligation o ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY o.due_date, o.id LIMIT $${params.length}`, params);
  }

  /** How many obligations the worklist's filter matches (totalCount, only when asked for). */
  async countWorklist(q: Omit<WorklistQuery, 'after' | 'limit'>): Promise<number> {
    const { where, params } = this.worklistWhere(q);
    const [row] = await selectRows<{ count: number }>(this.db,
      `SELECT count(*)::int AS count, $1::date AS today FROM obligation o ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`, params);
    return row?.count ?? 0;
  }

  private worklistWhere(q: Omit<WorklistQuery, 'after' | 'limit'>): { where: string[]; params: unknown[] } {
    const params: unknown[] = [q.today];
    const where: string[] = [];
    if (q.officeId) { params.push(q.officeId); where.push(`o.office_id = $${params.length}`); }
    if (q.caseManagerId) { params.push(q.caseManagerId); where.push(`o.case_manager_id = $${params.length}`); }
    if (q.dueBefore) { params.push(q.dueBefore); where.push(`o.due_date < $${params.length}::date`); }
    if (q.ruleIds?.length) { params.push(q.ruleIds); where.push(`o.rule_id = ANY($${params.length})`); }
    if (q.unresolved) where.push('o.resolution IS NULL');
    switch (q.status) {
      case 'OPEN': where.push('o.resolution IS NULL AND o.due_date >= $1::date'); break;
      case 'OVERDUE': where.push('o.resolution IS NULL AND o.due_date < $1::date'); break;
      case 'MET': case 'WAIVED': params.push(q.status); where.push(`o.resolution = $${params.length}`); break;
      default: break;
    }
    return { where, params };
  }
}
