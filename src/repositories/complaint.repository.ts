import type { EntityManager } from 'typeorm';
import { ClientNoteEntity, ComplaintEntity, ComplaintHistoryEntity } from '../entities';
import type { ComplaintSource, ComplaintStatus } from '../machines/complaint.types';
import { EXACT_INSTANT, entityColumns, execute, selectRow, selectRows, writeReturning } from './sql';

/** A complaint as read, with its receipt to the microsecond for keyset cursors. */
export type ComplaintRow = ComplaintEntity & { cursorAt: string };

/** What an event changes on a complaint: the chart's snapshot and the status kept from it. */
export type ComplaintChange = Pick<ComplaintEntity, 'snapshot' | 'status' | 'machineVersion' | 'updatedAt'>;

/** One applied event for the append-only history. */
export type NewComplaintHistoryEntry = Omit<ComplaintHistoryEntity, 'id' | 'recordedAt'>;

/** The complaints list's filter, already scoped to the offices the user reads (null: every office). */
export interface ComplaintListQuery {
  officeId: string | null;
  status?: ComplaintStatus | null;
  source?: ComplaintSource | null;
}

/** The CLNO a resolution names, as the service checks it: its case, subject and when it was entered. */
export type ComplaintNoteFacts = Pick<ClientNoteEntity, 'id' | 'caseId' | 'subject' | 'enteredAt'>;

/**
 * MGT-4: the case's complaints with their chart context (complaint.snapshot), as a JSON array: a
 * column of the obligation record query (ObligationRepository.recordOf; $1 is the case).
 */
export const COMPLAINT_FACTS_SQL = `,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'context', c.snapshot->'context') ORDER BY c.received_at, c.id), '[]')
         FROM complaint c WHERE c.case_id = $1) AS complaints`;

/**
 * Complaints (complaint) and their append-only history (complaint_history). Construct it with the
 * transaction's EntityManager: the conditional UPDATE and the history row of one event share it.
 */
export class ComplaintRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, ComplaintEntity, 'c')}, ${EXACT_INSTANT('c.received_at')} AS "cursorAt" FROM complaint c WHERE ${where}`;
  }

  async insert(complaint: Omit<ComplaintEntity, 'id'>): Promise<ComplaintRow> {
    const [row] = await writeReturning<{ id: string }>(this.db,
      `INSERT INTO complaint (case_id, office_id, source, status, received_at, snapshot, machine_version, version, received_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [complaint.caseId, complaint.officeId, complaint.source, complaint.status, complaint.receivedAt, complaint.snapshot, complaint.machineVersion,
        complaint.version, complaint.receivedBy, complaint.createdAt, complaint.updatedAt]);
    return (await this.byIds([row.id]))[0];
  }

  /**
   * The conditional UPDATE ... WHERE version = $expected: the change and the next version only if
   * nobody moved the complaint since it was read (null otherwise), as CaseRepository.updateIfVersion.
   */
  async updateIfVersion(id: string, expectedVersion: number, change: ComplaintChange): Promise<ComplaintRow | null> {
    const [row] = await writeReturning<ComplaintRow>(this.db,
      `UPDATE complaint c SET snapshot = $3, status = $4, machine_version = $5, updated_at = $6, version = version + 1
        WHERE c.id = $1 AND c.version = $2
        RETURNING ${entityColumns(this.db, ComplaintEntity, 'c')}, ${EXACT_INSTANT('c.received_at')} AS "cursorAt"`,
      [id, expectedVersion, change.snapshot, change.status, change.machineVersion, change.updatedAt]);
    return row ?? null;
  }

  /** Appends one event to the history; the database refuses to change it afterwards. */
  async appendHistory(entry: NewComplaintHistoryEntry): Promise<void> {
    await execute(this.db, `INSERT INTO complaint_history (complaint_id, case_id, version, event, payload, status_before, status_after, actor_id, actor_role, occurred_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [entry.complaintId, entry.caseId, entry.version, entry.event, entry.payload, entry.statusBefore, entry.statusAfter, entry.actorId, entry.actorRole, entry.occurredAt]);
  }

  byIds(ids: readonly string[]): Promise<ComplaintRow[]> {
    return selectRows<ComplaintRow>(this.db, this.select('c.id = ANY($1::uuid[])'), [ids]);
  }

  /** The complaints of several cases, oldest received first, in one statement (complaint_case_idx). */
  ofCases(caseIds: readonly string[]): Promise<ComplaintRow[]> {
    return selectRows<ComplaintRow>(this.db, `${this.select('c.case_id = ANY($1::uuid[])')} ORDER BY c.received_at, c.id`, [caseIds]);
  }

  /** The histories of several complaints, oldest event first, in one statement. */
  historyOf(complaintIds: readonly string[]): Promise<ComplaintHistoryEntity[]> {
    return selectRows<ComplaintHistoryEntity>(this.db, `SELECT ${entityColumns(this.db, ComplaintHistoryEntity, 'h')} FROM complaint_history h
      WHERE h.complaint_id = ANY($1::uuid[]) ORDER BY h.complaint_id, h.version`, [complaintIds]);
  }

  private where(q: ComplaintListQuery, params: unknown[]): string[] {
    const where: string[] = [];
    if (q.officeId) { params.push(q.officeId); where.push(`c.office_id = $${params.length}`); }
    if (q.status) { params.push(q.status); where.push(`c.status = $${params.length}`); }
    if (q.source) { params.push(q.source); where.push(`c.source = $${params.length}`); }
    return where;
  }

  /** A page of complaints, oldest received first, keyset-paged after `after`; one row more than asked tells if there is a next page. */
  page(q: ComplaintListQuery, after: { receivedAt: string; id: string } | null, limit: number): Promise<ComplaintRow[]> {
    const params: unknown[] = [];
    const where = this.where(q, params);
    if (after) {
      params.push(after.receivedAt, after.id);
      where.push(`(c.received_at, c.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return selectRows<ComplaintRow>(this.db, `${this.select(where.length ? where.join(' AND ') : 'true')} ORDER BY c.received_at, c.id LIMIT $${params.length}`, params);
  }

  async count(q: ComplaintListQuery): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(q, params);
    const row = await selectRow<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM complaint c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params);
    return row?.n ?? 0;
  }

  /** The client note a resolution names (null when there is none). */
  note(noteId: string): Promise<ComplaintNoteFacts | null> {
    return selectRow<ComplaintNoteFacts>(this.db, `SELECT ${entityColumns(this.db, ClientNoteEntity, 'n', ['id', 'caseId', 'subject', 'enteredAt'])}
      FROM client_note n WHERE n.id = $1`, [noteId]);
  }
}
