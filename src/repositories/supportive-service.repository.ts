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
  latestApproval: { id: string; status: ApprovalStatus } | null;
};

function hydrate(row: SupportiveServiceRow): SupportiveServiceRow {
  const a = row.authorization;
  return { ...row, authorization: a ? { ...a, authorizedAt: new Date(a.authorizedAt) } : null };
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
        (SELECT json_build_object('id', r.id, 'status', r.status) FROM approval_request r
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

  /** The CLNO an authorization names (SS-1): its case, subject, Alaska day of entry and sections. */
  justificationNote(noteId: string): Promise<JustificationNote | null> {
    return selectRow<JustificationNote>(this.db, `
      SELECT case_id AS "caseId", subject, to_char((entered_at AT TIME ZONE 'America/Anchorage')::date, 'YYYY-MM-DD') AS "enteredOn", sections
        FROM client_note WHERE id = $1`, [noteId]);
  }
}
