import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import type { FamiliesFirstContent, FamiliesFirstDocumentKind, ReadinessDecision, Verifier } from '../families-first/families-first-rules';
import type { ReadinessItem, WorkSearchPath } from '../work-first/work-first-rules';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/*
 * The track records of issue 12 (TRK-2..7), append-only (trigger): migration
 * 1764920000000-TrackRecordsAndStaffings. Each names its case and who recorded it when.
 */

/** TRK-3: one version of a Families First document; an update is the next version. */
@Entity('families_first_document')
@Unique('families_first_document_version_key', ['caseId', 'kind', 'version'])
@Check('families_first_document_kind_check', `kind IN ('FAMILY_NETWORK', 'SUPPORT_TEAM', 'WEEKLY_CALENDAR')`)
@Check('families_first_document_version_check', 'version >= 1 AND (version = 1 OR change_summary IS NOT NULL)')
export class FamiliesFirstDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'families_first_document_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'families_first_document_case_id_fkey' }) caseId: string;
  @Column({ type: 'text' }) kind: FamiliesFirstDocumentKind;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn: PlainDate;
  @Column({ type: 'jsonb' }) content: FamiliesFirstContent;
  @Column({ name: 'change_summary', type: 'text', nullable: true }) changeSummary: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'families_first_document_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** TRK-6: a Family Support Team meeting. */
@Entity('family_support_team_meeting')
@Index('family_support_team_meeting_case_idx', ['caseId', 'heldOn'])
@Check('family_support_team_meeting_attendees_check', 'cardinality(attendees) > 0')
@Check('family_support_team_meeting_emergency_check', 'emergency OR members_contacted_on IS NULL')
export class FamilySupportTeamMeetingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'family_support_team_meeting_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'family_support_team_meeting_case_id_fkey' }) caseId: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: PlainDate;
  @Column({ type: 'text', array: true }) attendees: string[];
  @Column({ name: 'client_attended', type: 'boolean' }) clientAttended: boolean;
  @Column({ type: 'boolean' }) emergency: boolean;
  @Column({ name: 'members_contacted_on', type: 'date', nullable: true }) membersContactedOn: PlainDate | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'family_support_team_meeting_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** TRK-7: a medical verification of long-term incapacity and the referrals that followed. */
@Entity('disability_verification')
@Index('disability_verification_case_idx', ['caseId', 'verifiedOn'])
@Check('disability_verification_by_check', `verified_by IN ('TA10', 'PHYSICIAN')`)
export class DisabilityVerificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'disability_verification_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'disability_verification_case_id_fkey' }) caseId: string;
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn: PlainDate;
  @Column({ name: 'verified_by', type: 'text' }) verifiedBy: Verifier;
  @Column({ name: 'specialist_referral_on', type: 'date', nullable: true }) specialistReferralOn: PlainDate | null;
  @Column({ name: 'advocate_referral_on', type: 'date', nullable: true }) advocateReferralOn: PlainDate | null;
  @Column({ name: 'ssi_application_on', type: 'date', nullable: true }) ssiApplicationOn: PlainDate | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'disability_verification_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** TRK-2: a monthly readiness review, as a decision. */
@Entity('track_readiness_review')
@Index('track_readiness_review_case_idx', ['caseId', 'reviewedOn'])
@Check('track_readiness_review_decision_check', `decision IN ('READY_FOR_WORK_FIRST', 'NOT_READY')`)
export class TrackReadinessReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'track_readiness_review_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'track_readiness_review_case_id_fkey' }) caseId: string;
  @Column({ name: 'reviewed_on', type: 'date' }) reviewedOn: PlainDate;
  @Column({ type: 'text' }) decision: ReadinessDecision;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'track_readiness_review_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** TRK-4: one job readiness item completed. */
@Entity('work_first_readiness_item')
@Index('work_first_readiness_item_case_idx', ['caseId', 'completedOn'])
@Check('work_first_readiness_item_item_check', `item IN ('ALEXSYS_REGISTRATION', 'RESUME', 'GENERAL_APPLICATION', 'BUDGET')`)
export class WorkFirstReadinessItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'work_first_readiness_item_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'work_first_readiness_item_case_id_fkey' }) caseId: string;
  @Column({ type: 'text' }) item: ReadinessItem;
  @Column({ name: 'completed_on', type: 'date' }) completedOn: PlainDate;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'work_first_readiness_item_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** TRK-5: "no job readily available", and the path chosen. */
@Entity('work_search_finding')
@Index('work_search_finding_case_idx', ['caseId', 'foundOn'])
@Check('work_search_finding_path_check', `path IN ('CWE', 'BWE', 'DAILY_CHECK_IN')`)
export class WorkSearchFindingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'work_search_finding_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'work_search_finding_case_id_fkey' }) caseId: string;
  @Column({ name: 'found_on', type: 'date' }) foundOn: PlainDate;
  @Column({ type: 'text' }) path: WorkSearchPath;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'work_search_finding_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** TRK-5: the client reported to the CM (no job club in the office). */
@Entity('daily_check_in')
@Unique('daily_check_in_day_key', ['caseId', 'checkedInOn'])
export class DailyCheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'daily_check_in_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) @ForeignKey(() => CaseEntity, { name: 'daily_check_in_case_id_fkey' }) caseId: string;
  @Column({ name: 'checked_in_on', type: 'date' }) checkedInOn: PlainDate;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) @ForeignKey(() => StaffEntity, { name: 'daily_check_in_recorded_by_fkey' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
