import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { COMPLAINT_SOURCES, COMPLAINT_STATUSES, type ComplaintHistoryEvent, type ComplaintSource, type ComplaintStatus } from '../machines/complaint.types';
import { sqlList } from './sql-list';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/**
 * MGT-4: a client complaint. Its chart lives in `snapshot` (complaint.machine.ts) and `status`
 * (the chart's state, kept in a column for lists). `version` is bumped by the conditional UPDATE
 * in ComplaintService, never by TypeORM's save().
 */
@Entity('complaint')
@Index('complaint_case_idx', ['caseId', 'receivedAt'])
@Index('complaint_office_order_idx', ['officeId', 'receivedAt', 'id'])
@Index('complaint_order_idx', ['receivedAt', 'id'])
@Check('complaint_source_check', `source IN (${sqlList(COMPLAINT_SOURCES)})`)
@Check('complaint_status_check', `status IN (${sqlList(COMPLAINT_STATUSES)})`)
@Check('complaint_version_check', 'version >= 1')
export class ComplaintEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'complaint_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'complaint_case_id_fkey' })
  caseId: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'complaint_office_id_fkey' })
  officeId: string;
  @Column({ type: 'text' }) source: ComplaintSource;
  @Column({ type: 'text' }) status: ComplaintStatus;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
  @Column({ type: 'jsonb' }) snapshot: unknown;
  @Column({ name: 'machine_version', type: 'integer' }) machineVersion: number;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'received_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'complaint_received_by_fkey' })
  receivedBy: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One event of a complaint (its receipt, then each transition). Append-only: a trigger refuses UPDATE and DELETE. */
@Entity('complaint_history')
@Unique('complaint_history_complaint_id_version_key', ['complaintId', 'version'])
@Index('complaint_history_case_idx', ['caseId'])
@Check('complaint_history_event_check', `event IN ('RECEIVE', 'RETURN_CALL', 'RESOLVE', 'NOTIFY_WSTA', 'FORWARD_TO_WSTA',
          'RESOLVE_FORWARDED', 'RECORD_CASE_REVIEW', 'IMPLEMENT_RECOMMENDATIONS')`)
export class ComplaintHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'complaint_history_pkey' }) id: string;
  @Column({ name: 'complaint_id', type: 'uuid' })
  @ForeignKey(() => ComplaintEntity, { name: 'complaint_history_complaint_id_fkey' })
  complaintId: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'complaint_history_case_id_fkey' })
  caseId: string;
  /** The complaint version this event produced (1: its receipt). */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) event: ComplaintHistoryEvent;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ name: 'status_before', type: 'text', nullable: true }) statusBefore: ComplaintStatus | null;
  @Column({ name: 'status_after', type: 'text' }) statusAfter: ComplaintStatus;
  @Column({ name: 'actor_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'complaint_history_actor_id_fkey' })
  actorId: string;
  @Column({ name: 'actor_role', type: 'text' }) actorRole: string;
  /** When the server accepted the event. */
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
