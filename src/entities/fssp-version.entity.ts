import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** One version of a case's FSSP (1..n); an update is a new version with what changed (FSSP-2, FSSP-3). Append-only. */
@Entity('fssp_version')
@Unique('fssp_version_case_id_number_key', ['caseId', 'number'])
@Check('fssp_version_number_check', 'number >= 1')
@Check('fssp_version_supersedes_check', '(number = 1) = (supersedes_version_id IS NULL)')
@Check('fssp_version_change_summary_check', 'number = 1 OR change_summary IS NOT NULL')
export class FsspVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_version_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'fssp_version_case_id_fkey' })
  caseId: string;
  @Column({ type: 'integer' }) number: number;
  @Column({ name: 'drafted_on', type: 'date' }) draftedOn: PlainDate;
  @Column({ name: 'drafted_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'fssp_version_drafted_by_fkey' })
  draftedBy: string;
  @Column({ name: 'drafted_at', type: 'timestamptz' }) draftedAt: Date;
  @Column({ name: 'supersedes_version_id', type: 'uuid', nullable: true })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_version_supersedes_version_id_fkey' })
  supersedesVersionId: string | null;
  @Column({ name: 'change_summary', type: 'text', nullable: true }) changeSummary: string | null;
  /** FSSP-3: the latest of its steps' review dates; the plan expires after it. */
  @Column({ name: 'last_step_review_on', type: 'date' }) lastStepReviewOn: PlainDate;
}

/** A SMART goal of a version, or an intermediate goal under one (FSSP-3). */
@Entity('fssp_goal')
@Index('fssp_goal_version_idx', ['versionId', 'position'])
@Index('fssp_goal_parent_idx', ['parentGoalId'])
@Check('fssp_goal_kind_check', `kind IN ('GOAL', 'INTERMEDIATE')`)
@Check('fssp_goal_parent_check', `(kind = 'GOAL') = (parent_goal_id IS NULL)`)
export class FsspGoalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_goal_pkey' }) id: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_goal_version_id_fkey' })
  versionId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) kind: 'GOAL' | 'INTERMEDIATE';
  @Column({ name: 'parent_goal_id', type: 'uuid', nullable: true })
  @ForeignKey(() => FsspGoalEntity, { name: 'fssp_goal_parent_goal_id_fkey' })
  parentGoalId: string | null;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text' }) measure: string;
  @Column({ name: 'target_on', type: 'date' }) targetOn: PlainDate;
}

/** A step toward a goal or intermediate goal, with its dates and its own review date (FSSP-3). */
@Entity('fssp_step')
@Index('fssp_step_version_idx', ['versionId', 'position'])
@Index('fssp_step_goal_idx', ['goalId'])
@Check('fssp_step_review_check', 'review_on >= starts_on')
@Check('fssp_step_ends_check', 'ends_on IS NULL OR ends_on >= starts_on')
export class FsspStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_step_pkey' }) id: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_step_version_id_fkey' })
  versionId: string;
  @Column({ name: 'goal_id', type: 'uuid' })
  @ForeignKey(() => FsspGoalEntity, { name: 'fssp_step_goal_id_fkey' })
  goalId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: PlainDate;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn: PlainDate | null;
  @Column({ name: 'review_on', type: 'date' }) reviewOn: PlainDate;
}

/** Another agency's service plan the version incorporates (EA-4). */
@Entity('fssp_service_plan')
@Index('fssp_service_plan_version_idx', ['versionId', 'position'])
export class FsspServicePlanEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'fssp_service_plan_pkey' }) id: string;
  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey(() => FsspVersionEntity, { name: 'fssp_service_plan_version_id_fkey' })
  versionId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) agency: string;
  @Column({ type: 'text' }) summary: string;
}
