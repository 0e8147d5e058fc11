import type { EntityManager } from 'typeorm';
import type { ApprovalStatus } from '../approvals/approval-rules';
import { SupportiveServiceAuthorizationEntity, SupportiveServiceEntity } from '../entities';
import type { JustificationNote } from '../supportive-services/supportive-service-rules';
import { entityColumns, selectRow, selectRows } from './sql';

/**
 * A supportive service with its authorization (null until authorized) and its latest approval
 * request (null when none was asked for), read in one statement.
 */
export type SupportiveServiceRow = SupportiveServiceEntity & {
  authorization: SupportiveServiceAuthorizationEntity | null;
  latestApproval: { id: string; status: ApprovalStatus; decidedAt: Date | null } | null;
};

function hydrate(row: SupportiveServiceRow): SupportiveServiceRow {
  const a = row.authorization;
  const r = row.latestApproval;
  return {
    ...row, authorization: a ? { ...a, authorizedAt: new Date(a.authorizedAt) } : null,
    latestApproval: r ? { ...r, decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt) } : null,
  };
}

/** Supportive services (SS-1..3) and their authorizations, both append-only. */
export class SupportiveServiceRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, SupportiveServiceEntity, 's')},
        (SELECT json_build_object('supportiveServiceId', a.supportive_service_id, 'caseId', a.case_id, 'clientNoteId', a.client_note_id,
           'approvalRequestId', a.approval_request_id, 'authorizedOn', to_char(a.authorized_on, 'YYYY-MM-DD'), 'authorizedBy', a.authorized_by,
           'authorizedAt', a.authorized_at)
           FROM supportive_service_authorization a WHERE a.supportive_service_id = s.id) AS authorization,
        (SELECT json_build_object('id', r.id, 'status', r.status, 'decidedAt', r.decided_at) FROM approval_request r
           WHERE r.kind = 'SUPPORTIVE_SERVICE' AND r.supportive_service_id = s.id ORDER BY r.requested_at DESC, r.id DESC LIMIT 1) AS "latestApproval"
      FROM supportive_service s WHERE ${where}`;
  }

  async add(service: Omit<SupportiveServiceEntity, 'id'>): Promise<SupportiveServiceRow> {
    const id = (await this.db.insert(SupportiveServiceEntity, service)).identifiers[0]?.id as string;
    return (await this.byIds([id]))[0];
  }

  async authorize(authorization: SupportiveServiceAuthorizationEntity): Promise<SupportiveServiceRow> {
    await this.db.insert(SupportiveServiceAuthorizationEntity, authorization);
    return (await this.byIds([authorization.supportiveServiceId]))[0];
  }

  async byIds(ids: readonly string[]): Promise<SupportiveServiceRow[]> {
    return (await selectRows<SupportiveServiceRow>(this.db, this.select('s.id = ANY($1::uuid[])'), [ids])).map(hydrate);
  }

  /** The services of several cases, oldest first, in one statement (supportive_service_case_idx). */
  async ofCases(caseIds: readonly string[]): Promise<SupportiveServiceRow[]> {
    return (await selectRows<SupportiveServiceRow>(this.db, `${this.select('s.case_id = ANY($1::uuid[])')} ORDER BY s.requested_at, s.id`, [caseIds])).map(hydrate);
  }

  /** The supportive service of the case whose authorization names this CLNO, if any (SS-1: one note, one service; supportive_service_authorization_case_idx). */
  async justifiedBy(caseId: string, noteId: string): Promise<string | null> {
    const row = await selectRow<{ id: string }>(this.db,
      'SELECT supportive_service_id AS id FROM supportive_service_authorization WHERE case_id = $1 AND client_note_id = $2 LIMIT 1', [caseId, noteId]);
    return row?.id ?? null;
  }

  /** The CLNO an authorization names (SS-1): its case, subject, instant and Alaska day of entry, and sections. */
  justificationNote(noteId: string): Promise<JustificationNote | null> {
    return selectRow<JustificationNote>(this.db, `
      SELECT case_id AS "caseId", subject, entered_at AS "enteredAt", to_char((entered_at AT TIME ZONE 'America/Anchorage')::date, 'YYYY-MM-DD') AS "enteredOn", sections
        FROM client_note WHERE id = $1`, [noteId]);
  }
}
