import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import {
  CONTACT_CHANNELS, CONTACT_DIRECTIONS, CONTACT_PARTIES, VISIT_KINDS, VISIT_PURPOSES,
  type ContactChannel, type ContactDirection, type ContactParty, type VisitKind, type VisitPurpose,
} from '../contacts/contact-rules';
import { sqlList } from './sql-list';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** ENG-7: a call, e-mail or partner request on a case; its response is a later row (contact_response). */
@Entity('contact_log')
@Index('contact_log_case_idx', ['caseId', 'receivedAt'])
@Check('contact_log_direction_check', `direction IN (${sqlList(CONTACT_DIRECTIONS)})`)
@Check('contact_log_channel_check', `channel IN (${sqlList(CONTACT_CHANNELS)})`)
@Check('contact_log_from_party_check', `from_party IN (${sqlList(CONTACT_PARTIES)})`)
export class ContactLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'contact_log_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'contact_log_case_id_fkey' })
  caseId: string;
  @Column({ type: 'text' }) direction: ContactDirection;
  @Column({ type: 'text' }) channel: ContactChannel;
  @Column({ name: 'from_party', type: 'text' }) fromParty: ContactParty;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
  @Column({ type: 'boolean' }) emergent: boolean;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'contact_log_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** ENG-7: the answer to one logged contact (at most one). */
@Entity('contact_response')
@Check('contact_response_channel_check', `channel IN (${sqlList(CONTACT_CHANNELS)})`)
export class ContactResponseEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'uuid', primaryKeyConstraintName: 'contact_response_pkey' })
  @ForeignKey(() => ContactLogEntity, { name: 'contact_response_contact_id_fkey' })
  contactId: string;
  @Column({ name: 'responded_at', type: 'timestamptz' }) respondedAt: Date;
  @Column({ type: 'text' }) channel: ContactChannel;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'contact_response_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** ENG-8: a home, community or village visit, recorded with its purpose and outcome. */
@Entity('case_visit')
@Index('case_visit_case_idx', ['caseId', 'visitedOn'])
@Check('case_visit_kind_check', `kind IN (${sqlList(VISIT_KINDS)})`)
@Check('case_visit_purpose_check', `purpose IN (${sqlList(VISIT_PURPOSES)})`)
export class CaseVisitEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_visit_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'case_visit_case_id_fkey' })
  caseId: string;
  @Column({ name: 'visited_on', type: 'date' }) visitedOn: PlainDate;
  @Column({ type: 'text' }) kind: VisitKind;
  @Column({ type: 'text' }) purpose: VisitPurpose;
  @Column({ type: 'text' }) outcome: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'case_visit_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
