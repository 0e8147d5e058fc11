import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import type { ReleaseScope, ReleaseType } from '../releases/release-rules';
import { CaseEntity } from './case.entity';
import { ClientEntity } from './client.entity';
import { ClientNoteEntity } from './client-note.entity';
import { PartnerAgencyEntity } from './partner-agency.entity';
import { StaffEntity } from './staff.entity';

/**
 * A release of information the client signed (ROI-1), entered on a case with the CLNO that
 * documents it. What was signed never changes (trigger); the one change is a revocation, once.
 */
@Entity('release_of_information')
@Index('release_of_information_client_idx', ['clientId', 'signedOn'])
@Index('release_of_information_case_idx', ['caseId', 'signedOn'])
@Check('release_of_information_type_check', `type IN ('GENERAL', 'AGENCY_SPECIFIC', 'HIPAA')`)
@Check('release_of_information_scope_check', 'cardinality(scope) > 0')
@Check('release_of_information_medical_check', `type = 'HIPAA' OR NOT ('MEDICAL' = ANY(scope))`)
@Check('release_of_information_expires_check', 'expires_on IS NULL OR expires_on > signed_on')
@Check('release_of_information_revoked_check', 'revoked_on IS NULL OR revoked_on >= signed_on')
@Check('release_of_information_revocation_check', '(revoked_on IS NULL) = (revocation_note_id IS NULL)')
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'release_of_information_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'release_of_information_case_id_fkey' })
  caseId: string;
  /** The person who signed: a release follows the client, not one case of theirs. */
  @Column({ name: 'client_id', type: 'uuid' })
  @ForeignKey(() => ClientEntity, { name: 'release_of_information_client_id_fkey' })
  clientId: string;
  @Column({ type: 'text' }) type: ReleaseType;
  @Column({ type: 'text', array: true }) scope: ReleaseScope[];
  @Column({ name: 'signed_on', type: 'date' }) signedOn: PlainDate;
  @Column({ name: 'expires_on', type: 'date', nullable: true }) expiresOn: PlainDate | null;
  @Column({ name: 'note_id', type: 'uuid' })
  @ForeignKey(() => ClientNoteEntity, { name: 'release_of_information_note_id_fkey' })
  noteId: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'release_of_information_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
  @Column({ name: 'revoked_on', type: 'date', nullable: true }) revokedOn: PlainDate | null;
  @Column({ name: 'revocation_note_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ClientNoteEntity, { name: 'release_of_information_revocation_note_id_fkey' })
  revocationNoteId: string | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  @ForeignKey(() => StaffEntity, { name: 'release_of_information_revoked_by_fkey' })
  revokedBy: string | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}

/** An agency a release names (its parties); written with the release, never changed. */
@Entity('release_party')
@Index('release_party_agency_idx', ['agencyId'])
export class ReleasePartyEntity {
  @PrimaryColumn({ name: 'release_id', type: 'uuid', primaryKeyConstraintName: 'release_party_pkey' })
  @ForeignKey(() => ReleaseEntity, { name: 'release_party_release_id_fkey' })
  releaseId: string;
  @PrimaryColumn({ name: 'agency_id', type: 'uuid', primaryKeyConstraintName: 'release_party_pkey' })
  @ForeignKey(() => PartnerAgencyEntity, { name: 'release_party_agency_id_fkey' })
  agencyId: string;
}
