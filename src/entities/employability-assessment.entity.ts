import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import { BARRIER_CATEGORIES, type AssessmentChartEvent, type Barrier, type BarrierCategory, type Discrepancy, type EpiItem } from '../assessment/assessment-rules';
import { sqlList } from './sql-list';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** One Employability Assessment (EA-1, EA-2), number 1..n per case; a later EA is a new row (append-only). */
@Entity('employability_assessment')
@Unique('employability_assessment_case_number_key', ['caseId', 'number'])
@Check('employability_assessment_number_check', 'number > 0')
@Check('employability_assessment_barrier_categories_check', `barrier_categories <@ ARRAY[${sqlList(BARRIER_CATEGORIES)}]::text[]`)
@Check('employability_assessment_chart_event_check', `chart_event IS NULL OR chart_event IN ('COMPLETE_EA', 'COMPLETE_REASSESSMENT')`)
export class EmployabilityAssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employability_assessment_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'employability_assessment_case_id_fkey' })
  caseId: string;
  @Column({ type: 'integer' }) number: number;
  @Column({ name: 'completed_on', type: 'date' }) completedOn: PlainDate;
  @Column({ name: 'epi_items', type: 'jsonb' }) epiItems: EpiItem[];
  @Column({ type: 'text', array: true }) strengths: string[];
  @Column({ type: 'jsonb' }) barriers: Barrier[];
  /** The barriers' categories, checked against the list (BARRIER_CATEGORIES). */
  @Column({ name: 'barrier_categories', type: 'text', array: true }) barrierCategories: BarrierCategory[];
  @Column({ name: 'client_goals', type: 'text', array: true }) clientGoals: string[];
  @Column({ type: 'jsonb' }) discrepancies: Discrepancy[];
  /** The chart event it sent in its transaction (ENG-3), or null for a record only. */
  @Column({ name: 'chart_event', type: 'text', nullable: true }) chartEvent: AssessmentChartEvent | null;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'employability_assessment_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
