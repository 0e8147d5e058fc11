import type { EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import type { ApprovalKind, ApprovalStatus } from '../approvals/approval-rules';
import { ApprovalDecisionEntity, ApprovalRequestEntity } from '../entities';
import { badInput } from '../errors';
import { entityColumns, EXACT_INSTANT, execute, selectRow, selectRows } from './sql';

/** The decision on a request, with the request's case (the access log keys every read by it). */
export type ApprovalDecisionRow = ApprovalDecisionEntity & { caseId: string };

/** A request with its decision (null while PENDING); `cursorAt` is requested_at to the microsecond, for the queue's cursor. */
export type ApprovalRow = ApprovalRequestEntity & { decision: ApprovalDecisionRow | null; cursorAt: string };

export type NewApprovalRequest = Omit<ApprovalRequestEntity, 'id' | 'status' | 'version' | 'decidedAt'>;
export type NewApprovalDecision = Omit<ApprovalDecisionEntity, 'id' | 'requestId' | 'requestedBy'>;

export interface ApprovalQueueQuery {
  /** null: every office (WSTA). */
  officeId: string | null;
  kind?: ApprovalKind | null;
  status?: ApprovalStatus | null;
  requestedBy?: string | null;
}

/** The pending requests of an office by who asked and whose caseload the case is on (the supervisor's view). */
export interface PendingApprovalCount { requestedBy: string; caseManagerId: string; kind: ApprovalKind; count: number }

/**
 * Pending approvals of an office (all offices when null), per requester, case manager and kind, in
 * one statement (approval_request_queue_idx): what a supervisor's view shows as "pending approvals
 * per CM / office". Sum `count` by requestedBy or caseManagerId as the view needs.
 *
 * @example
 * await pendingApprovalCounts(manager, officeId) // [{ requestedBy: 'cm-1', caseManagerId: 'cm-1', kind: 'SUPPORTIVE_SERVICE', count: 2 }]
 */
export function pendingApprovalCounts(db: EntityManager, officeId: string | null): Promise<PendingApprovalCount[]> {
  return selectRows<PendingApprovalCount>(db, `
    SELECT r.requested_by AS "requestedBy", w.case_manager_id AS "caseManagerId", r.kind, count(*)::int AS count
      FROM approval_request r JOIN work_case w ON w.id = r.case_id
     WHERE r.status = 'PENDING' AND ($1::uuid IS NULL OR r.office_id = $1)
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`, [officeId]);
}

const ONE_PENDING = 'approval_request_one_pending_key';

function hydrate(row: ApprovalRow): ApprovalRow {
  const d = row.decision;
  return { ...row, decision: d ? { ...d, decidedAt: new Date(d.decidedAt) } : null };
}

/**
 * Approval requests (versioned: only their status changes, once) and their decisions
 * (append-only), the supervisors' queue, and the notes a request may cite as evidence.
 */
export class ApprovalRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, ApprovalRequestEntity, 'r')}, ${EXACT_INSTANT('r.requested_at')} AS "cursorAt",
        (SELECT json_build_object('id', d.id, 'requestId', d.request_id, 'requestedBy', d.requested_by, 'outcome', d.outcome, 'reason', d.reason,
           'decidedBy', d.decided_by, 'decidedAt', d.decided_at, 'historyVersion', d.history_version, 'caseId', r.case_id)
           FROM approval_decision d WHERE d.request_id = r.id) AS decision
      FROM approval_request r WHERE ${where}`;
  }

  /**
   * Opens a request. A second PENDING one for the same case, kind and subject is refused
   * (BAD_USER_INPUT onePendingPerAction), by the check and, for a racing twin, by the index.
   */
  async open(request: NewApprovalRequest): Promise<ApprovalRow> {
    const pending = await this.pendingFor(request.caseId, request.kind, request.subjectKey);
    if (pending) throw onePending(request.kind, pending.id);
    try {
      const id = (await this.db.insert(ApprovalRequestEntity, { ...request, status: 'PENDING', version: 1, decidedAt: null })).identifiers[0]?.id as string;
      return (await this.byIds([id]))[0];
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === ONE_PENDING) throw onePending(request.kind, null);
      throw error;
    }
  }

  async byIds(ids: readonly string[]): Promise<ApprovalRow[]> {
    return (await selectRows<ApprovalRow>(this.db, this.select('r.id = ANY($1::uuid[])'), [ids])).map(hydrate);
  }

  async byId(id: string): Promise<ApprovalRow | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  async pendingFor(caseId: string, kind: ApprovalKind, subjectKey: string): Promise<ApprovalRow | null> {
    const row = await selectRow<ApprovalRow>(this.db, this.select(`r.case_id = $1 AND r.kind = $2 AND r.subject_key = $3 AND r.status = 'PENDING'`), [caseId, kind, subjectKey]);
    return row ? hydrate(row) : null;
  }

  /** The case's PENDING requests of these kinds (a chart event lapsing them), in one statement (approval_request_one_pending_key). */
  async pendingOfKinds(caseId: string, kinds: readonly ApprovalKind[]): Promise<ApprovalRow[]> {
    const rows = await selectRows<ApprovalRow>(this.db, `${this.select(`r.case_id = $1 AND r.kind = ANY($2::text[]) AND r.status = 'PENDING'`)} ORDER BY r.requested_at, r.id`, [caseId, kinds]);
    return rows.map(hydrate);
  }

  /** The requests of several cases, oldest first, in one statement (approval_request_case_idx). */
  async ofCases(caseIds: readonly string[]): Promise<ApprovalRow[]> {
    const rows = await selectRows<ApprovalRow>(this.db, `${this.select('r.case_id = ANY($1::uuid[])')} ORDER BY r.requested_at, r.id`, [caseIds]);
    return rows.map(hydrate);
  }

  /**
   * Records the decision, then settles the request from PENDING to its outcome if it is still at
   * the version read (approval_request_guard requires the decision first); false when it moved.
   */
  async settle(request: ApprovalRow, decision: NewApprovalDecision): Promise<boolean> {
    // A request already decided keeps its one decision (approval_decision_request_id_key): no row, and false below.
    const recorded = await execute(this.db, `INSERT INTO approval_decision (request_id, requested_by, outcome, reason, decided_by, decided_at, history_version)
      VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (request_id) DO NOTHING`,
    [request.id, request.requestedBy, decision.outcome, decision.reason, decision.decidedBy, decision.decidedAt, decision.historyVersion]);
    if (recorded !== 1) return false;
    const settled = await execute(this.db, `UPDATE approval_request SET status = $3, version = version + 1, decided_at = $4
      WHERE id = $1 AND version = $2 AND status = 'PENDING'`, [request.id, request.version, decision.outcome, decision.decidedAt]);
    return settled === 1;
  }

  /** The supervisors' queue: oldest first (requested_at, id), keyset-paged after `after`, one row more than asked. */
  queue(q: ApprovalQueueQuery & { after: { requestedAt: string; id: string } | null; limit: number }): Promise<ApprovalRow[]> {
    return selectRows<ApprovalRow>(this.db, `${this.select(`${QUEUE_WHERE} AND ($5::timestamptz IS NULL OR (r.requested_at, r.id) > ($5::timestamptz, $6::uuid))`)}
      ORDER BY r.requested_at, r.id LIMIT $7`, [...queueParams(q), q.after?.requestedAt ?? null, q.after?.id ?? null, q.limit]).then((rows) => rows.map(hydrate));
  }

  async countQueue(q: ApprovalQueueQuery): Promise<number> {
    const row = await selectRow<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM approval_request r WHERE ${QUEUE_WHERE}`, queueParams(q));
    return row?.n ?? 0;
  }

  /** A note a request cites as evidence: a CLNO or a CANO, with its case. */
  evidenceNote(noteId: string): Promise<{ kind: 'CLNO' | 'CANO'; caseId: string } | null> {
    return selectRow(this.db, `SELECT 'CLNO' AS kind, case_id AS "caseId" FROM client_note WHERE id = $1
      UNION ALL SELECT 'CANO', case_id FROM case_note WHERE id = $1`, [noteId]);
  }
}

const QUEUE_WHERE = `($1::uuid IS NULL OR r.office_id = $1) AND ($2::text IS NULL OR r.kind = $2) AND ($3::text IS NULL OR r.status = $3)
  AND ($4::uuid IS NULL OR r.requested_by = $4)`;
const queueParams = (q: ApprovalQueueQuery) => [q.officeId, q.kind ?? null, q.status ?? null, q.requestedBy ?? null];

function onePending(kind: ApprovalKind, id: string | null) {
  return badInput(`A ${kind} request is already pending for this case and subject${id ? ` (${id})` : ''}: one pending request per action and case; it is decided or withdrawn first`,
    'caseId', 'onePendingPerAction');
}
