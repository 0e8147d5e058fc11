import { In, type EntityManager } from 'typeorm';
import { PartnerAgencyEntity, PartnerAgencyMemberEntity, ReleaseEntity, ReleasePartyEntity } from '../entities';
import type { PlainDate } from '../dates';
import type { ReleaseFacts } from '../releases/release-rules';
import { entityColumns, selectRow, selectRows, writeReturning } from './sql';

/** A release with the agencies it names. */
export type ReleaseRow = ReleaseEntity & { partyAgencyIds: string[] };
/** A release's facts for the ROI-1 rules, with the case it was read for. */
export type CaseReleaseFacts = ReleaseFacts & { caseId: string };
export type NewRelease = Omit<ReleaseEntity, 'id' | 'revokedOn' | 'revocationNoteId' | 'revokedBy' | 'revokedAt'>;

/** A client note as a release's documenting CLNO is checked: its case, subject and Alaska entry date. */
export interface DocumentingNote { caseId: string; subject: string; enteredOn: PlainDate }

/**
 * Releases of information (ROI-1), their parties, and the partner agencies. What was signed is
 * never updated (trigger); the one UPDATE is a revocation, conditional on none before it.
 */
export class ReleaseRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, ReleaseEntity, 'r')},
        coalesce((SELECT array_agg(p.agency_id::text ORDER BY p.agency_id) FROM release_party p WHERE p.release_id = r.id), '{}') AS "partyAgencyIds"
      FROM release_of_information r WHERE ${where}`;
  }

  async add(release: NewRelease, partyAgencyIds: readonly string[]): Promise<ReleaseRow> {
    const id = (await this.db.insert(ReleaseEntity, release)).identifiers[0]?.id as string;
    await this.db.insert(ReleasePartyEntity, partyAgencyIds.map((agencyId) => ({ releaseId: id, agencyId })));
    return (await this.byIds([id]))[0];
  }

  byIds(ids: readonly string[]): Promise<ReleaseRow[]> {
    return selectRows<ReleaseRow>(this.db, this.select('r.id = ANY($1::uuid[])'), [ids]);
  }

  /** The release, locked for its revocation (two revocations at once: the second sees the first). */
  lockById(id: string): Promise<ReleaseRow | null> {
    return selectRow<ReleaseRow>(this.db, `${this.select('r.id = $1')} FOR UPDATE OF r`, [id]);
  }

  /** The releases entered on several cases, oldest signature first, in one statement. */
  ofCases(caseIds: readonly string[]): Promise<ReleaseRow[]> {
    return selectRows<ReleaseRow>(this.db, `${this.select('r.case_id = ANY($1::uuid[])')} ORDER BY r.signed_on, r.recorded_at, r.id`, [caseIds]);
  }

  /**
   * Every release the clients of these cases signed (a release follows the person, whichever case
   * it was entered on), keyed by the case asked about, in one statement.
   */
  factsForCases(caseIds: readonly string[]): Promise<CaseReleaseFacts[]> {
    return selectRows<CaseReleaseFacts>(this.db, `
      SELECT w.id AS "caseId", r.type, r.scope, to_char(r.signed_on, 'YYYY-MM-DD') AS "signedOn",
             to_char(r.expires_on, 'YYYY-MM-DD') AS "expiresOn", to_char(r.revoked_on, 'YYYY-MM-DD') AS "revokedOn",
             coalesce((SELECT array_agg(p.agency_id::text) FROM release_party p WHERE p.release_id = r.id), '{}') AS "partyAgencyIds"
        FROM work_case w JOIN release_of_information r ON r.client_id = w.client_id
       WHERE w.id = ANY($1::uuid[])`, [caseIds]);
  }

  /** Revokes once: null when it was already revoked. */
  async revoke(id: string, change: { revokedOn: PlainDate; revocationNoteId: string; revokedBy: string; revokedAt: Date }): Promise<boolean> {
    const rows = await writeReturning<{ id: string }>(this.db, `
      UPDATE release_of_information SET revoked_on = $2, revocation_note_id = $3, revoked_by = $4, revoked_at = $5
       WHERE id = $1 AND revoked_on IS NULL RETURNING id`, [id, change.revokedOn, change.revocationNoteId, change.revokedBy, change.revokedAt]);
    return rows.length === 1;
  }

  /** The CLNO a release names, with its Alaska entry date (the day it documents must not follow it). */
  documentingNote(noteId: string): Promise<DocumentingNote | null> {
    return selectRow<DocumentingNote>(this.db, `
      SELECT case_id AS "caseId", subject, to_char((entered_at AT TIME ZONE 'America/Anchorage')::date, 'YYYY-MM-DD') AS "enteredOn"
        FROM client_note WHERE id = $1`, [noteId]);
  }

  agencies(): Promise<PartnerAgencyEntity[]> {
    return this.db.find(PartnerAgencyEntity, { order: { name: 'ASC', id: 'ASC' } });
  }

  agenciesByIds(ids: readonly string[]): Promise<PartnerAgencyEntity[]> {
    return this.db.findBy(PartnerAgencyEntity, { id: In([...ids]) });
  }

  /** The agency a PARTNER account reads for, or null (then it is shown no medical fact). */
  async agencyOf(staffId: string): Promise<string | null> {
    return (await this.db.findOneBy(PartnerAgencyMemberEntity, { staffId }))?.agencyId ?? null;
  }
}
