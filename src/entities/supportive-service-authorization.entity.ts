import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import { ApprovalRequestEntity } from './approval.entity';
import { CaseEntity } from './case.entity';
import { ClientNoteEntity } from './client-note.entity';
import { StaffEntity } from './staff.entity';
import { SupportiveServiceEntity } from './supportive-service.entity';

/**
 * A supportive service authorized, once (SS-1: with its same-day justification CLNO; SS-2: with
 * the approved request it rests on, which trigger supportive_service_authorization_approved
 * requires when the service is over $1,500 or non-typical). Append-only (trigger).
 */
@Entity('supportive_service_authorization')
@Index('supportive_service_authorization_case_idx', ['caseId'])
export class SupportiveServiceAuthorizationEntity {
  @PrimaryColumn({ name: 'supportive_service_id', type: 'uuid', primaryKeyConstraintName: 'supportive_service_authorization_pkey' })
  @ForeignKey(() => SupportiveServiceEntity, { name: 'supportive_service_authorization_supportive_service_id_fkey' })
  supportiveServiceId: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'supportive_service_authorization_case_id_fkey' })
  caseId: string;
  @Column({ name: 'client_note_id', type: 'uuid' })
  @ForeignKey(() => ClientNoteEntity, { name: 'supportive_service_authorization_client_note_id_fkey' })
  clientNoteId: string;
  @Column({ name: 'approval_request_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ApprovalRequestEntity, { name: 'supportive_service_authorization_approval_request_id_fkey' })
  approvalRequestId: string | null;
  @Column({ name: 'authorized_on', type: 'date' }) authorizedOn: PlainDate;
  @Column({ name: 'authorized_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'supportive_service_authorization_authorized_by_fkey' })
  authorizedBy: string;
  @Column({ name: 'authorized_at', type: 'timestamptz' }) authorizedAt: Date;
}
