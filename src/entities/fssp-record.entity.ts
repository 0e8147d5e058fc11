import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import type { FsspSignatureMethod, FsspStepStatus } from '../fssp/fssp-rules';
import { CaseEntity } from './case.entity';
import { FsspStepEntity, FsspVersionEntity } from './fssp-version.entity';
import { StaffEntity } from './staff.entity';

/** FSSP-6: a version mailed for signature, with the day it is due back. */
@Entity('fssp_mailing')
@Index('fssp_mailing_version_idx', ['versionId', 'mailedOn'])
@Check('fssp_mailing_due_back_check', 'due_back_on > mailed_on')
export class FsspMailingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_mailing_pkey' }) id: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_mailing_version_id_fkey' })
  versionId: string;
  @Column({ name: 'mailed_on', type: 'date' }) mailedOn: PlainDate;
  @Column({ name: 'due_back_on', type: 'date' }) dueBackOn: PlainDate;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'fssp_mailing_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** FSSP-1, FSSP-5: the one signature of a version (in person, by mail, or a field FSSP). */
@Entity('fssp_signature')
@Unique('fssp_signature_version_id_key', ['versionId'])
@Check('fssp_signature_method_check', `method IN ('IN_PERSON', 'MAILED', 'FIELD')`)
@Check('fssp_signature_field_check', `(method = 'FIELD') = (field_plan_on IS NOT NULL AND field_goal_on IS NOT NULL AND field_goal IS NOT NULL)
          AND (method = 'FIELD' OR (field_plan_on IS NULL AND field_goal_on IS NULL AND field_goal IS NULL))`)
export class FsspSignatureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_signature_pkey' }) id: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_signature_version_id_fkey' })
  versionId: string;
  @Column({ type: 'text' }) method: FsspSignatureMethod;
  @Column({ name: 'signed_on', type: 'date' }) signedOn: PlainDate;
  @Column({ name: 'field_plan_on', type: 'date', nullable: true }) fieldPlanOn: PlainDate | null;
  @Column({ name: 'field_goal_on', type: 'date', nullable: true }) fieldGoalOn: PlainDate | null;
  @Column({ name: 'field_goal', type: 'text', nullable: true }) fieldGoal: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'fssp_signature_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** FSSP-2, ENG-4: a monthly review of a signed version with the client. */
@Entity('fssp_review')
@Index('fssp_review_version_idx', ['versionId', 'reviewedOn'])
@Index('fssp_review_case_idx', ['caseId', 'reviewedOn'])
export class FsspReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_review_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'fssp_review_case_id_fkey' })
  caseId: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_review_version_id_fkey' })
  versionId: string;
  @Column({ name: 'reviewed_on', type: 'date' }) reviewedOn: PlainDate;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'fssp_review_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** FSSP-2: one step's progress at a review. */
@Entity('fssp_step_progress')
@Index('fssp_step_progress_step_idx', ['stepId'])
@Check('fssp_step_progress_status_check', `status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BEHIND')`)
export class FsspStepProgressEntity {
  @PrimaryColumn({ name: 'review_id', type: 'uuid', primaryKeyConstraintName: 'fssp_step_progress_pkey' })
  @ForeignKey(() => FsspReviewEntity, { name: 'fssp_step_progress_review_id_fkey' })
  reviewId: string;
  @PrimaryColumn({ name: 'step_id', type: 'uuid', primaryKeyConstraintName: 'fssp_step_progress_pkey' })
  @ForeignKey(() => FsspStepEntity, { name: 'fssp_step_progress_step_id_fkey' })
  stepId: string;
  @Column({ type: 'text' }) status: FsspStepStatus;
  @Column({ type: 'text', nullable: true }) comment: string | null;
}

/** FSSP-4: the update appointment, scheduled before the plan expires so a current plan always exists. */
@Entity('fssp_update_appointment')
@Index('fssp_update_appointment_case_idx', ['caseId', 'recordedAt'])
export class FsspUpdateAppointmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_update_appointment_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'fssp_update_appointment_case_id_fkey' })
  caseId: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_update_appointment_version_id_fkey' })
  versionId: string;
  @Column({ name: 'scheduled_for', type: 'date' }) scheduledFor: PlainDate;
  /** The Alaska date it was recorded: FSSP-4 asks that it be scheduled before the plan expires. */
  @Column({ name: 'recorded_on', type: 'date' }) recordedOn: PlainDate;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'fssp_update_appointment_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
