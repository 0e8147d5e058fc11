import type { EntityManager } from 'typeorm';
import {
  EmployerEntity, EmployerVersionEntity, PlacementProgressNoteEntity, SiteAgreementEntity, WorksiteEntity, WorksitePlacementEndEntity, WorksitePlacementEntity,
  WorksitePositionEntity, WorksitePositionVersionEntity, WorksiteVersionEntity,
} from '../entities/worksite.entity';
import type { PlainDate } from '../dates';
import type { SiteAgreementDocument } from '../worksites/agreement-documents';
import type { WorksiteKind } from '../worksites/worksite-rules';
import { entityColumns, execute, selectRow, selectRows } from './sql';

/** A position with the facts of its version in force. */
export type PositionRow = WorksitePositionEntity & Omit<WorksitePositionVersionEntity, 'positionId' | 'recordedBy' | 'recordedAt'> & { officeId: string };
/** A placement with its end, if it ended. */
export type PlacementRow = WorksitePlacementEntity & { endedOn: PlainDate | null; endReason: string | null; officeId: string; worksiteKind: WorksiteKind };
/** A progress note with the case of its placement (for the access log). */
export type ProgressNoteRow = PlacementProgressNoteEntity & { caseId: string };
/** A site agreement with the office of its worksite. */
export type SiteAgreementRow = SiteAgreementEntity & { officeId: string };

/** Everything a printed placement agreement names, in one statement. */
export interface PlacementDocumentRow {
  caseId: string; clientId: string; officeId: string; officeName: string; clientFirstName: string; clientLastName: string; worksiteName: string; worksiteKind: string;
  worksiteAddress: string; worksitePhone: string; worksiteContact: string; employerName: string | null; positionTitle: string;
  skills: string[]; startsOn: PlainDate; centiHoursPerWeek: number; supervisorName: string; endedOn: PlainDate | null;
}

/** An employer or worksite as in force: its latest version's name and contact facts, and that version's number. */
export type EmployerRow = EmployerEntity & { number: number };
export type WorksiteRow = WorksiteEntity & { number: number };

const CONTACT_VERSION = (table: 'employer' | 'worksite', alias: string) => `coalesce(v.name, ${alias}.name) AS name, coalesce(v.address, ${alias}.address) AS address,
    coalesce(v.phone, ${alias}.phone) AS phone, coalesce(v.contact_name, ${alias}.contact_name) AS contact_name, coalesce(v.number, 1) AS number
  FROM ${table} ${alias} LEFT JOIN LATERAL (SELECT * FROM ${table}_version x WHERE x.${table}_id = ${alias}.id ORDER BY x.number DESC LIMIT 1) v ON true`;
/** The employers as in force, as a table expression with the employer's own column names (alias it). */
export const CURRENT_EMPLOYER = `(SELECT e0.id, e0.office_id, e0.recorded_by, e0.recorded_at, ${CONTACT_VERSION('employer', 'e0')})`;
/** The worksites as in force, as a table expression with the worksite's own column names (alias it). */
export const CURRENT_WORKSITE = `(SELECT w0.id, w0.office_id, w0.employer_id, w0.kind, w0.recorded_by, w0.recorded_at, ${CONTACT_VERSION('worksite', 'w0')})`;

/** SITE-1: employers, worksites, positions (identity + versions), site agreements, placements and progress notes. */
export class WorksiteRepository {
  constructor(private readonly db: EntityManager) {}

  async insertEmployer(row: Omit<EmployerEntity, 'id'>): Promise<EmployerRow> {
    const id = (await this.db.insert(EmployerEntity, row)).identifiers[0]?.id as string;
    return { ...row, id, number: 1 };
  }

  private employers(where: string): string {
    return `SELECT ${entityColumns(this.db, EmployerEntity, 'e')}, e.number FROM ${CURRENT_EMPLOYER} e WHERE ${where}`;
  }

  employersByIds(ids: readonly string[]): Promise<EmployerRow[]> {
    return selectRows<EmployerRow>(this.db, this.employers('e.id = ANY($1::uuid[])'), [ids]);
  }

  employersOfOffice(officeId: string): Promise<EmployerRow[]> {
    return selectRows<EmployerRow>(this.db, `${this.employers('e.office_id = $1')} ORDER BY e.name, e.id`, [officeId]);
  }

  async addEmployerVersion(version: EmployerVersionEntity): Promise<void> {
    await this.db.insert(EmployerVersionEntity, version);
  }

  async insertWorksite(row: Omit<WorksiteEntity, 'id'>): Promise<WorksiteRow> {
    const id = (await this.db.insert(WorksiteEntity, row)).identifiers[0]?.id as string;
    return { ...row, id, number: 1 };
  }

  private worksites(where: string): string {
    return `SELECT ${entityColumns(this.db, WorksiteEntity, 'w')}, w.number FROM ${CURRENT_WORKSITE} w WHERE ${where}`;
  }

  worksitesByIds(ids: readonly string[]): Promise<WorksiteRow[]> {
    return selectRows<WorksiteRow>(this.db, this.worksites('w.id = ANY($1::uuid[])'), [ids]);
  }

  worksitesOfOffice(officeId: string): Promise<WorksiteRow[]> {
    return selectRows<WorksiteRow>(this.db, `${this.worksites('w.office_id = $1')} ORDER BY w.name, w.id`, [officeId]);
  }

  async addWorksiteVersion(version: WorksiteVersionEntity): Promise<void> {
    await this.db.insert(WorksiteVersionEntity, version);
  }

  /** Serializes changes of one employer's or worksite's versions (the next number is read, then written). */
  async lockRecord(key: string): Promise<void> {
    await execute(this.db, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  private positions(where: string, lock = ''): string {
    return `SELECT ${entityColumns(this.db, WorksitePositionEntity, 'p')}, w.office_id AS "officeId",
        v.number, v.title, v.centi_hours_per_week AS "centiHoursPerWeek", v.skills, v.slots, v.active
      FROM worksite_position p JOIN worksite w ON w.id = p.worksite_id
      JOIN LATERAL (SELECT * FROM worksite_position_version x WHERE x.position_id = p.id ORDER BY x.number DESC LIMIT 1) v ON true
      WHERE ${where} ${lock}`;
  }

  /** A new position and its version 1, in the caller's transaction. */
  async insertPosition(position: Omit<WorksitePositionEntity, 'id'>, facts: Omit<WorksitePositionVersionEntity, 'positionId' | 'number' | 'recordedBy' | 'recordedAt'>): Promise<PositionRow> {
    const id = (await this.db.insert(WorksitePositionEntity, position)).identifiers[0]?.id as string;
    await this.db.insert(WorksitePositionVersionEntity, { ...facts, positionId: id, number: 1, recordedBy: position.recordedBy, recordedAt: position.recordedAt });
    return (await this.positionsByIds([id]))[0];
  }

  async addPositionVersion(version: WorksitePositionVersionEntity): Promise<void> {
    await this.db.insert(WorksitePositionVersionEntity, version);
  }

  positionsByIds(ids: readonly string[]): Promise<PositionRow[]> {
    return selectRows<PositionRow>(this.db, this.positions('p.id = ANY($1::uuid[])'), [ids]);
  }

  positionsOfWorksites(worksiteIds: readonly string[]): Promise<PositionRow[]> {
    return selectRows<PositionRow>(this.db, `${this.positions('p.worksite_id = ANY($1::uuid[])')} ORDER BY p.recorded_at, p.id`, [worksiteIds]);
  }

  /**
   * The position, locked for this transaction (SELECT ... FOR UPDATE of its identity row): two
   * placements into its last slot, or a placement and a change of its slots, queue here.
   */
  async lockPosition(id: string): Promise<PositionRow | null> {
    const locked = await selectRow<{ id: string }>(this.db, 'SELECT id FROM worksite_position WHERE id = $1 FOR UPDATE', [id]);
    return locked ? (await this.positionsByIds([id]))[0] ?? null : null;
  }

  private placements(where: string): string {
    return `SELECT ${entityColumns(this.db, WorksitePlacementEntity, 'pl')}, to_char(e.ended_on, 'YYYY-MM-DD') AS "endedOn", e.reason AS "endReason", c.office_id AS "officeId", w.kind AS "worksiteKind"
      FROM worksite_placement pl JOIN work_case c ON c.id = pl.case_id LEFT JOIN worksite_placement_end e ON e.placement_id = pl.id
      JOIN worksite_position p ON p.id = pl.position_id JOIN worksite w ON w.id = p.worksite_id
      WHERE ${where}`;
  }

  async insertPlacement(row: Omit<WorksitePlacementEntity, 'id'>): Promise<PlacementRow> {
    const id = (await this.db.insert(WorksitePlacementEntity, row)).identifiers[0]?.id as string;
    return (await this.placementsByIds([id]))[0];
  }

  placementsByIds(ids: readonly string[]): Promise<PlacementRow[]> {
    return selectRows<PlacementRow>(this.db, this.placements('pl.id = ANY($1::uuid[])'), [ids]);
  }

  placementsAtPositions(positionIds: readonly string[]): Promise<PlacementRow[]> {
    return selectRows<PlacementRow>(this.db, `${this.placements('pl.position_id = ANY($1::uuid[])')} ORDER BY pl.starts_on, pl.id`, [positionIds]);
  }

  placementsOfCases(caseIds: readonly string[]): Promise<PlacementRow[]> {
    return selectRows<PlacementRow>(this.db, `${this.placements('pl.case_id = ANY($1::uuid[])')} ORDER BY pl.starts_on, pl.recorded_at, pl.id`, [caseIds]);
  }

  async endPlacement(row: WorksitePlacementEndEntity): Promise<void> {
    await this.db.insert(WorksitePlacementEndEntity, row);
  }

  async insertProgressNote(row: Omit<PlacementProgressNoteEntity, 'id'>, caseId: string): Promise<ProgressNoteRow> {
    const id = (await this.db.insert(PlacementProgressNoteEntity, row)).identifiers[0]?.id as string;
    return { ...row, id, caseId };
  }

  private progressNotes(where: string): string {
    return `SELECT ${entityColumns(this.db, PlacementProgressNoteEntity, 'n')}, pl.case_id AS "caseId", c.office_id AS "officeId"
      FROM placement_progress_note n JOIN worksite_placement pl ON pl.id = n.placement_id JOIN work_case c ON c.id = pl.case_id WHERE ${where}`;
  }

  progressNotesOf(placementIds: readonly string[]): Promise<ProgressNoteRow[]> {
    return selectRows<ProgressNoteRow>(this.db, `${this.progressNotes('n.placement_id = ANY($1::uuid[])')} ORDER BY n.noted_on, n.recorded_at, n.id`, [placementIds]);
  }

  progressNoteById(id: string): Promise<(ProgressNoteRow & { officeId: string }) | null> {
    return selectRow<ProgressNoteRow & { officeId: string }>(this.db, this.progressNotes('n.id = $1'), [id]);
  }

  async insertSiteAgreement(row: Omit<SiteAgreementEntity, 'id'>): Promise<SiteAgreementRow> {
    const id = (await this.db.insert(SiteAgreementEntity, row)).identifiers[0]?.id as string;
    return (await this.siteAgreementsByIds([id]))[0];
  }

  private agreements(where: string): string {
    return `SELECT ${entityColumns(this.db, SiteAgreementEntity, 'a')}, w.office_id AS "officeId" FROM site_agreement a JOIN worksite w ON w.id = a.worksite_id WHERE ${where}`;
  }

  siteAgreementsByIds(ids: readonly string[]): Promise<SiteAgreementRow[]> {
    return selectRows<SiteAgreementRow>(this.db, this.agreements('a.id = ANY($1::uuid[])'), [ids]);
  }

  siteAgreementsOfWorksites(worksiteIds: readonly string[]): Promise<SiteAgreementRow[]> {
    return selectRows<SiteAgreementRow>(this.db, `${this.agreements('a.worksite_id = ANY($1::uuid[])')} ORDER BY a.effective_from, a.id`, [worksiteIds]);
  }

  /** The facts a placement agreement prints, or null when there is no such placement. */
  placementDocument(placementId: string): Promise<PlacementDocumentRow | null> {
    return selectRow<PlacementDocumentRow>(this.db, `
      SELECT c.id AS "caseId", c.client_id AS "clientId", c.office_id AS "officeId", o.name AS "officeName", cl.first_name AS "clientFirstName", cl.last_name AS "clientLastName",
             w.name AS "worksiteName", w.kind AS "worksiteKind", w.address AS "worksiteAddress", w.phone AS "worksitePhone",
             w.contact_name AS "worksiteContact", em.name AS "employerName", v.title AS "positionTitle", v.skills,
             to_char(pl.starts_on, 'YYYY-MM-DD') AS "startsOn", pl.centi_hours_per_week AS "centiHoursPerWeek",
             pl.supervisor_name AS "supervisorName", to_char(e.ended_on, 'YYYY-MM-DD') AS "endedOn"
        FROM worksite_placement pl
        JOIN work_case c ON c.id = pl.case_id JOIN office o ON o.id = c.office_id JOIN client cl ON cl.id = c.client_id
        JOIN worksite_position p ON p.id = pl.position_id JOIN ${CURRENT_WORKSITE} w ON w.id = p.worksite_id
        LEFT JOIN ${CURRENT_EMPLOYER} em ON em.id = w.employer_id
        LEFT JOIN worksite_placement_end e ON e.placement_id = pl.id
        JOIN LATERAL (SELECT * FROM worksite_position_version x WHERE x.position_id = p.id AND x.recorded_at <= pl.recorded_at
                      ORDER BY x.number DESC LIMIT 1) v ON true
       WHERE pl.id = $1`, [placementId]);
  }

  /** The facts a printed site agreement names, or null. */
  siteAgreementDocument(agreementId: string): Promise<(SiteAgreementDocument & { officeId: string }) | null> {
    return selectRow<SiteAgreementDocument & { officeId: string }>(this.db, `
      SELECT w.office_id AS "officeId", o.name AS "officeName", w.name AS "worksiteName", w.kind AS "worksiteKind", em.name AS "employerName",
             w.address, w.phone, w.contact_name AS "contactName", to_char(a.signed_on, 'YYYY-MM-DD') AS "signedOn",
             to_char(a.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(a.effective_to, 'YYYY-MM-DD') AS "effectiveTo",
             a.agency_signer AS "agencySigner", a.site_signer AS "siteSigner"
        FROM site_agreement a JOIN ${CURRENT_WORKSITE} w ON w.id = a.worksite_id JOIN office o ON o.id = w.office_id
        LEFT JOIN ${CURRENT_EMPLOYER} em ON em.id = w.employer_id
       WHERE a.id = $1`, [agreementId]);
  }
}
