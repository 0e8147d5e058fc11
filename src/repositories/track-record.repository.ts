import { In, type EntityManager, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { FamiliesFirstDocumentEntity } from '../entities';
import type { FamiliesFirstDocumentKind } from '../families-first/families-first-rules';
import { selectRow, selectRows } from './sql';

/** A row of one of the track record tables (issue 12): each names its case. */
export type CaseRecordRow = ObjectLiteral & { id: string; caseId: string };

/**
 * TRK-2, TRK-3, TRK-4, TL-3: the facts the obligations read, one JSON object column of the
 * obligation record query ($1 is the case), each list from an index on case_id.
 */
export const TRACK_RECORD_FACTS_SQL = `,
      json_build_object(
        'readinessReviews', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'reviewedOn', to_char(r.reviewed_on, 'YYYY-MM-DD'))), '[]')
           FROM track_readiness_review r WHERE r.case_id = $1),
        'familiesFirstDocuments', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'effectiveOn', to_char(d.effective_on, 'YYYY-MM-DD'))), '[]')
           FROM families_first_document d WHERE d.case_id = $1),
        'readinessItems', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'item', i.item, 'completedOn', to_char(i.completed_on, 'YYYY-MM-DD'))), '[]')
           FROM work_first_readiness_item i WHERE i.case_id = $1),
        'reviewStaffings', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'heldOn', to_char(s.held_on, 'YYYY-MM-DD'),
             'nextStaffingOn', to_char(s.next_staffing_on, 'YYYY-MM-DD'))), '[]')
           FROM case_review_staffing s WHERE s.case_id = $1)
      ) AS "trackRecords"`;

/**
 * The track records and staffings of issue 12 (append-only tables): written once, read per case
 * in one statement per table for a page of cases.
 */
export class TrackRecordRepository {
  constructor(private readonly db: EntityManager) {}

  /** Inserts one record and returns it as stored. */
  async add<T extends CaseRecordRow>(entity: EntityTarget<T>, row: Omit<T, 'id'>): Promise<T> {
    const id = (await this.db.insert(entity, row as never)).identifiers[0]?.id as string;
    return (await this.db.findOneBy(entity, { id } as FindOptionsWhere<T>))!;
  }

  /** The records of several cases in the order given (one statement). */
  ofCases<T extends CaseRecordRow>(entity: EntityTarget<T>, caseIds: readonly string[], order: FindOptionsOrder<T>): Promise<T[]> {
    return this.db.find(entity, { where: { caseId: In([...caseIds]) } as FindOptionsWhere<T>, order });
  }

  byIds<T extends CaseRecordRow>(entity: EntityTarget<T>, ids: readonly string[]): Promise<T[]> {
    return this.db.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
  }

  /** The latest version of a case's Families First document of one kind (null before the first). */
  latestDocument(caseId: string, kind: FamiliesFirstDocumentKind): Promise<FamiliesFirstDocumentEntity | null> {
    return this.db.findOne(FamiliesFirstDocumentEntity, { where: { caseId, kind }, order: { version: 'DESC' } });
  }

  /** The SPOUSE or PARTNER household members of the case's client (the second parents, TL-1). */
  async secondParentsOf(clientId: string): Promise<Set<string>> {
    const rows = await selectRows<{ id: string }>(this.db,
      `SELECT id FROM household_member WHERE client_id = $1 AND relationship IN ('SPOUSE', 'PARTNER')`, [clientId]);
    return new Set(rows.map((r) => r.id));
  }

  /** The history version of the chart's latest event of a type on the case (the form's SUBMIT_STAFFING_FORM). */
  async latestHistoryVersion(caseId: string, event: string): Promise<number | null> {
    const row = await selectRow<{ version: number | null }>(this.db, 'SELECT max(version) AS version FROM case_history WHERE case_id = $1 AND event = $2', [caseId, event]);
    return row?.version ?? null;
  }
}
