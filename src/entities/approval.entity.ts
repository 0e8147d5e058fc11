import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { APPROVAL_KINDS, APPROVAL_OUTCOMES, APPROVAL_STATUSES, type ApprovalKind, type ApprovalOutcome, type ApprovalStatus } from '../approvals/approval-rules';
import type { WaiverReasonCode } from '../obligations/waiver-reasons';
import type { Track } from '../machines/case-lifecycle.types';
import { sqlList } from './sql-list';
import { CaseEntity } from './case.entity';
import { CaseNoteEntity } from './case-note.entity';
import { ClientNoteEntity } from './client-note.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';
import { SupportiveServiceEntity } from './supportive-service.entity';

/**
 * A request for a supervisor's decision (TRK-1, TL-2, SS-2, waivers): who asked, what (kind and
 * subject), why and the evidence. Versioned: only its status, version and decided_at change, once,
 * from PENDING to the outcome of its decision (trigger approval_request_guard); never deleted.
 * One PENDING request per case, kind and subject (approval_request_one_pending_key).
 */
@Entity('approval_request')
@Unique('approval_request_id_requested_by_key', ['id', 'requestedBy'])
@Index('approval_request_one_pending_key', ['caseId', 'kind', 'subjectKey'], { unique: true, where: `status = 'PENDING'` })
@Index('approval_request_queue_idx', ['officeId', 'status', 'requestedAt', 'id'])
@Index('approval_request_case_idx', ['caseId', 'requestedAt'])
@Check('approval_request_kind_check', `kind IN (${sqlList(APPROVAL_KINDS)})`)
@Check('approval_request_status_check', `status IN (${sqlList(APPROVAL_STATUSES)})`)
@Check('approval_request_decided_check', `(status = 'PENDING') = (decided_at IS NULL)`)
@Check('approval_request_decided_after_request_check', 'decided_at IS NULL OR decided_at >= requested_at')
@Check('approval_request_subject_check', `(kind = 'SUPPORTIVE_SERVICE' AND supportive_service_id IS NOT NULL AND subject_key = supportive_service_id::text)
  OR (kind = 'OBLIGATION_WAIVER' AND obligation_key IS NOT NULL AND waiver_reason_code IS NOT NULL AND subject_key = obligation_key)
  OR (kind IN ('TRACK_CHANGE', 'EXTENSION') AND subject_key = '')`)
@Check('approval_request_evidence_note_check', 'evidence_client_note_id IS NULL OR evidence_case_note_id IS NULL')
export class ApprovalRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'approval_request_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'approval_request_case_id_fkey' })
  caseId: string;
  /** The case's office, for the office's queue. */
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'approval_request_office_id_fkey' })
  officeId: string;
  @Column({ type: 'text' }) kind: ApprovalKind;
  /** TRK-1, TL-2, SS-2, or the rule of the obligation a waiver settles (EA-2, EXIT-3). */
  @Column({ name: 'rule_id', type: 'text' }) ruleId: string;
  /** What "one pending per action" compares: '' (the case's own decision), the service id, the obligation key. */
  @Column({ name: 'subject_key', type: 'text' }) subjectKey: string;
  @Column({ name: 'supportive_service_id', type: 'uuid', nullable: true })
  @ForeignKey(() => SupportiveServiceEntity, { name: 'approval_request_supportive_service_id_fkey' })
  supportiveServiceId: string | null;
  @Column({ name: 'obligation_key', type: 'text', nullable: true }) obligationKey: string | null;
  @Column({ name: 'waiver_reason_code', type: 'text', nullable: true }) waiverReasonCode: WaiverReasonCode | null;
  /** TRK-1: the track asked for. */
  @Column({ name: 'to_track', type: 'text', nullable: true }) toTrack: Track | null;
  /** The case history version of the chart event that opened it (TRK-1, TL-2). */
  @Column({ name: 'history_version', type: 'integer', nullable: true }) historyVersion: number | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  @Column({ name: 'evidence_client_note_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ClientNoteEntity, { name: 'approval_request_evidence_client_note_id_fkey' })
  evidenceClientNoteId: string | null;
  @Column({ name: 'evidence_case_note_id', type: 'uuid', nullable: true })
  @ForeignKey(() => CaseNoteEntity, { name: 'approval_request_evidence_case_note_id_fkey' })
  evidenceCaseNoteId: string | null;
  @Column({ name: 'requested_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'approval_request_requested_by_fkey' })
  requestedBy: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ type: 'text' }) status: ApprovalStatus;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
}

/**
 * Who records which outcome (1765050000000-ApprovalsReviewFixes): a withdrawal is the requester's,
 * an approval or denial never is, and a lapse (TRK-1, TL-2: CLOSE_TA) is the closing event's actor's.
 */
export const APPROVER_CHECK = `(outcome = 'WITHDRAWN' AND decided_by = requested_by) OR (outcome IN ('APPROVED', 'DENIED') AND decided_by <> requested_by) OR outcome = 'LAPSED'`;

/**
 * The one decision on a request, append-only (trigger), with its reason. It repeats the request's
 * requester (a composite foreign key keeps it true) so the database itself refuses an approver
 * who is the requester, and a withdrawal by anyone else (approval_decision_approver_check); a
 * supportive service's drafter is refused as its approver too (trigger approval_decision_not_drafter).
 */
@Entity('approval_decision')
@Unique('approval_decision_request_id_key', ['requestId'])
@ForeignKey(() => ApprovalRequestEntity, ['requestId', 'requestedBy'], ['id', 'requestedBy'], { name: 'approval_decision_request_fkey' })
@Check('approval_decision_outcome_check', `outcome IN (${sqlList(APPROVAL_OUTCOMES)})`)
@Check('approval_decision_approver_check', APPROVER_CHECK)
export class ApprovalDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'approval_decision_pkey' }) id: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId: string;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy: string;
  @Column({ type: 'text' }) outcome: ApprovalOutcome;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'decided_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'approval_decision_decided_by_fkey' })
  decidedBy: string;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt: Date;
  /** The case history version of the chart event that decided it (TRK-1, TL-2). */
  @Column({ name: 'history_version', type: 'integer', nullable: true }) historyVersion: number | null;
}
