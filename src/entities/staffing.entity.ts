import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import type { ParentExtensionCriteria } from '../machines/case-lifecycle.types';
import type { PartnerInput } from '../staffings/staffing-rules';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** TL-3: a case review staffing (append-only; migration 1764920000000-TrackRecordsAndStaffings). */
@Entity('case_review_staffing')
@Index('case_review_staffing_case_idx', ['caseId', 'heldOn'])
@Check('case_review_staffing_next_check', 'next_staffing_on IS NULL OR next_staffing_on > held_on')
export class CaseReviewStaffingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_review_staffing_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'case_review_staffing_case_id_fkey' }) caseId: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: PlainDate;
  @Column({ type: 'text' }) progression: string;
  @Column({ type: 'text' }) regression: string;
  @Column({ type: 'text' }) discrepancies: string;
  @Column({ name: 'next_staffing_on', type: 'date', nullable: true }) nextStaffingOn: PlainDate | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'case_review_staffing_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/**
 * TL-2: the extension staffing form's content, linked to the chart's SUBMIT_STAFFING_FORM history
 * entry (history_version) written in the same transaction (append-only).
 */
@Entity('extension_staffing_form')
@Unique('extension_staffing_form_history_key', ['caseId', 'historyVersion'])
@Check('extension_staffing_form_submitted_check', 'submitted_on <= staffing_on')
export class ExtensionStaffingFormEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'extension_staffing_form_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'extension_staffing_form_case_id_fkey' }) caseId: string;
  @Column({ name: 'staffing_on', type: 'date' }) staffingOn: PlainDate;
  @Column({ name: 'submitted_on', type: 'date' }) submittedOn: PlainDate;
  @Column({ name: 'completed_with_client', type: 'boolean' }) completedWithClient: boolean;
  @Column({ type: 'jsonb' }) criteria: ParentExtensionCriteria[];
  @Column({ name: 'ta10_on', type: 'date', nullable: true }) ta10On: PlainDate | null;
  @Column({ name: 'partner_input', type: 'jsonb' }) partnerInput: PartnerInput[];
  @Column({ name: 'history_version', type: 'integer' }) historyVersion: number;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'extension_staffing_form_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
