import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import type { ReviewedItem } from '../file-reviews/file-review-checklist';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/**
 * MGT-1: a month's file-review draw of an office (append-only; migration 1765100000000-FileReviews):
 * the seed, the method, the population it drew from (the office's cases open on the draw day)
 * and how many it drew; the drawn cases are its DRAWN sample rows, in draw order.
 */
@Entity('file_review_draw')
@Unique('file_review_draw_office_month_key', ['officeId', 'month'])
@Check('file_review_draw_seed_check', `seed ~ '^[0-9a-f]{32,128}$'`)
@Check('file_review_draw_seed_source_check', `seed_source IN ('GENERATED', 'SUPPLIED')`)
@Check('file_review_draw_method_check', `method IN ('HMAC_SHA256_ORDER')`)
@Check('file_review_draw_population_check', 'population_size = cardinality(population_case_ids)')
@Check('file_review_draw_sample_size_check', 'sample_size = (population_size * 10 + 99) / 100')
@Check('file_review_draw_month_check', `month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND month = to_char(drawn_on, 'YYYY-MM')`)
export class FileReviewDrawEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'file_review_draw_pkey' }) id: string;
  @Column({ name: 'office_id', type: 'uuid' }) @ForeignKey(() => OfficeEntity, { name: 'file_review_draw_office_id_fkey' }) officeId: string;
  @Column({ type: 'text' }) month: string;
  /** The Alaska day of the draw: the population is the office's cases open that day. */
  @Column({ name: 'drawn_on', type: 'date' }) drawnOn: PlainDate;
  @Column({ type: 'text' }) seed: string;
  @Column({ name: 'seed_source', type: 'text' }) seedSource: 'GENERATED' | 'SUPPLIED';
  @Column({ type: 'text' }) method: 'HMAC_SHA256_ORDER';
  @Column({ name: 'population_size', type: 'integer' }) populationSize: number;
  /** Every case of the population (sorted by id), so the draw can be redrawn and checked. */
  @Column({ name: 'population_case_ids', type: 'uuid', array: true }) populationCaseIds: string[];
  @Column({ name: 'sample_size', type: 'integer' }) sampleSize: number;
  @Column({ name: 'drawn_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_draw_drawn_by_fkey' }) drawnBy: string;
  @Column({ name: 'drawn_at', type: 'timestamptz' }) drawnAt: Date;
}

/**
 * MGT-1: one case of a month's sample, with its reviewer (append-only): DRAWN by the seed (its
 * position is its place in the draw order) or ADDED by a manager, who and why.
 */
@Entity('file_review_sample')
@Unique('file_review_sample_case_key', ['drawId', 'caseId'])
@Unique('file_review_sample_position_key', ['drawId', 'position'])
@Index('file_review_sample_case_idx', ['caseId'])
@Index('file_review_sample_reviewer_idx', ['reviewerId', 'drawId'])
@Check('file_review_sample_source_check', `source IN ('DRAWN', 'ADDED')`)
@Check('file_review_sample_position_check', 'position >= 1')
@Check('file_review_sample_reason_check', `(source = 'ADDED') = (reason IS NOT NULL)`)
@Check('file_review_sample_reviewer_check', 'reviewer_id <> case_manager_id')
export class FileReviewSampleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'file_review_sample_pkey' }) id: string;
  @Column({ name: 'draw_id', type: 'uuid' }) @ForeignKey(() => FileReviewDrawEntity, { name: 'file_review_sample_draw_id_fkey' }) drawId: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'file_review_sample_case_id_fkey' }) caseId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) source: 'DRAWN' | 'ADDED';
  @Column({ name: 'reviewer_id', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_sample_reviewer_id_fkey' }) reviewerId: string;
  /** The case's case manager when it was put in the sample (the reviewer is never them). */
  @Column({ name: 'case_manager_id', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_sample_case_manager_id_fkey' }) caseManagerId: string;
  /** Why a manager added it; null for a drawn case. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'added_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_sample_added_by_fkey' }) addedBy: string;
  @Column({ name: 'added_at', type: 'timestamptz' }) addedAt: Date;
}

/** MGT-1, MGT-3: the review of a sampled case: the checklist answered and its score (append-only; one per sample row). */
@Entity('file_review')
@Unique('file_review_sample_key', ['sampleId'])
@Index('file_review_case_idx', ['caseId', 'reviewedOn'])
@Index('file_review_office_idx', ['officeId', 'reviewedOn'])
@Check('file_review_score_check', 'applicable > 0 AND passed >= 0 AND passed <= applicable')
@Check('file_review_reviewer_check', 'reviewed_by <> case_manager_id')
export class FileReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'file_review_pkey' }) id: string;
  @Column({ name: 'sample_id', type: 'uuid' }) @ForeignKey(() => FileReviewSampleEntity, { name: 'file_review_sample_id_fkey' }) sampleId: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'file_review_case_id_fkey' }) caseId: string;
  @Column({ name: 'office_id', type: 'uuid' }) @ForeignKey(() => OfficeEntity, { name: 'file_review_office_id_fkey' }) officeId: string;
  /** The case manager whose file it is, on the review's day (the QA rate is theirs, MGT-3). */
  @Column({ name: 'case_manager_id', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_case_manager_id_fkey' }) caseManagerId: string;
  @Column({ name: 'reviewed_on', type: 'date' }) reviewedOn: PlainDate;
  @Column({ type: 'jsonb' }) items: ReviewedItem[];
  @Column({ type: 'integer' }) passed: number;
  @Column({ type: 'integer' }) applicable: number;
  @Column({ name: 'reviewed_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_reviewed_by_fkey' }) reviewedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** MGT-2: a finding of a review corrected, by the case's staff (append-only; one per finding). */
@Entity('file_review_correction')
@Unique('file_review_correction_item_key', ['reviewId', 'item'])
@Index('file_review_correction_case_idx', ['caseId'])
export class FileReviewCorrectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'file_review_correction_pkey' }) id: string;
  @Column({ name: 'review_id', type: 'uuid' }) @ForeignKey(() => FileReviewEntity, { name: 'file_review_correction_review_id_fkey' }) reviewId: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'file_review_correction_case_id_fkey' }) caseId: string;
  @Column({ type: 'text' }) item: string;
  @Column({ name: 'corrected_on', type: 'date' }) correctedOn: PlainDate;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'file_review_correction_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
