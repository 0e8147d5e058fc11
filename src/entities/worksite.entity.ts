import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import type { WorksiteKind } from '../worksites/worksite-rules';
import { ActivityAssignmentEntity } from './activity-assignment.entity';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/** An employer the office works with (SITE-1, SITE-2): office-scoped, not tied to a case; append-only. */
@Entity('employer')
@Index('employer_office_idx', ['officeId', 'name'])
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_pkey' }) id: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'employer_office_id_fkey' })
  officeId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ name: 'contact_name', type: 'text' }) contactName: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'employer_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A CWE or BWE worksite (SITE-1): an employer's site, or a site that is its own employer (employerId null). */
@Entity('worksite')
@Index('worksite_office_idx', ['officeId', 'name'])
@Check('worksite_kind_check', `kind IN ('CWE', 'BWE')`)
export class WorksiteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'worksite_pkey' }) id: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'worksite_office_id_fkey' })
  officeId: string;
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  @ForeignKey(() => EmployerEntity, { name: 'worksite_employer_id_fkey' })
  employerId: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: WorksiteKind;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ name: 'contact_name', type: 'text' }) contactName: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'worksite_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A change of an employer's name or contact facts: version 2..n (the employer row is version 1); the highest is in force. */
@Entity('employer_version')
@Check('employer_version_number_check', 'number >= 2')
export class EmployerVersionEntity {
  @PrimaryColumn({ name: 'employer_id', type: 'uuid', primaryKeyConstraintName: 'employer_version_pkey' })
  @ForeignKey(() => EmployerEntity, { name: 'employer_version_employer_id_fkey' })
  employerId: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'employer_version_pkey' }) number: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ name: 'contact_name', type: 'text' }) contactName: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'employer_version_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A change of a worksite's name or contact facts: version 2..n (the worksite row is version 1); the highest is in force. */
@Entity('worksite_version')
@Check('worksite_version_number_check', 'number >= 2')
export class WorksiteVersionEntity {
  @PrimaryColumn({ name: 'worksite_id', type: 'uuid', primaryKeyConstraintName: 'worksite_version_pkey' })
  @ForeignKey(() => WorksiteEntity, { name: 'worksite_version_worksite_id_fkey' })
  worksiteId: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'worksite_version_pkey' }) number: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ name: 'contact_name', type: 'text' }) contactName: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'worksite_version_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A position's identity: the row a placement locks (FOR UPDATE); its facts are its versions. */
@Entity('worksite_position')
@Index('worksite_position_worksite_idx', ['worksiteId'])
export class WorksitePositionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'worksite_position_pkey' }) id: string;
  @Column({ name: 'worksite_id', type: 'uuid' })
  @ForeignKey(() => WorksiteEntity, { name: 'worksite_position_worksite_id_fkey' })
  worksiteId: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'worksite_position_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** One version of a position's facts (title, hours, skills, slots, active); the highest number is in force. */
@Entity('worksite_position_version')
@Check('worksite_position_version_number_check', 'number >= 1')
@Check('worksite_position_version_hours_check', 'centi_hours_per_week BETWEEN 1 AND 4000')
@Check('worksite_position_version_slots_check', 'slots BETWEEN 0 AND 1000')
export class WorksitePositionVersionEntity {
  @PrimaryColumn({ name: 'position_id', type: 'uuid', primaryKeyConstraintName: 'worksite_position_version_pkey' })
  @ForeignKey(() => WorksitePositionEntity, { name: 'worksite_position_version_position_id_fkey' })
  positionId: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'worksite_position_version_pkey' }) number: number;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'centi_hours_per_week', type: 'integer' }) centiHoursPerWeek: number;
  @Column({ type: 'text', array: true }) skills: string[];
  /** How many volunteers the position needs: active placements beyond it are refused. */
  @Column({ type: 'integer' }) slots: number;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'worksite_position_version_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** The site agreement between the worksite (or its employer) and the agency (SITE-1). */
@Entity('site_agreement')
@Index('site_agreement_worksite_idx', ['worksiteId', 'effectiveFrom'])
@Check('site_agreement_period_check', 'effective_to IS NULL OR effective_to >= effective_from')
export class SiteAgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'site_agreement_pkey' }) id: string;
  @Column({ name: 'worksite_id', type: 'uuid' })
  @ForeignKey(() => WorksiteEntity, { name: 'site_agreement_worksite_id_fkey' })
  worksiteId: string;
  @Column({ name: 'signed_on', type: 'date' }) signedOn: PlainDate;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom: PlainDate;
  @Column({ name: 'effective_to', type: 'date', nullable: true }) effectiveTo: PlainDate | null;
  @Column({ name: 'agency_signer', type: 'text' }) agencySigner: string;
  @Column({ name: 'site_signer', type: 'text' }) siteSigner: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'site_agreement_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A client placed in a position (SITE-1, TRK-5), through their WORK_EXPERIENCE activity assignment. */
@Entity('worksite_placement')
@Index('worksite_placement_case_idx', ['caseId', 'startsOn'])
@Index('worksite_placement_position_idx', ['positionId'])
@Unique('worksite_placement_assignment_key', ['assignmentId'])
@Check('worksite_placement_hours_check', 'centi_hours_per_week BETWEEN 1 AND 4000')
export class WorksitePlacementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'worksite_placement_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'worksite_placement_case_id_fkey' })
  caseId: string;
  @Column({ name: 'position_id', type: 'uuid' })
  @ForeignKey(() => WorksitePositionEntity, { name: 'worksite_placement_position_id_fkey' })
  positionId: string;
  @Column({ name: 'assignment_id', type: 'uuid' })
  @ForeignKey(() => ActivityAssignmentEntity, { name: 'worksite_placement_assignment_id_fkey' })
  assignmentId: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: PlainDate;
  @Column({ name: 'centi_hours_per_week', type: 'integer' }) centiHoursPerWeek: number;
  @Column({ name: 'supervisor_name', type: 'text' }) supervisorName: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'worksite_placement_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** A placement's end (once): from endedOn its slot is free. */
@Entity('worksite_placement_end')
export class WorksitePlacementEndEntity {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid', primaryKeyConstraintName: 'worksite_placement_end_pkey' })
  @ForeignKey(() => WorksitePlacementEntity, { name: 'worksite_placement_end_placement_id_fkey' })
  placementId: string;
  @Column({ name: 'ended_on', type: 'date' }) endedOn: PlainDate;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'worksite_placement_end_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** SITE-1: the client's progress at the site, as monitored; append-only. */
@Entity('placement_progress_note')
@Index('placement_progress_note_placement_idx', ['placementId', 'notedOn'])
export class PlacementProgressNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'placement_progress_note_pkey' }) id: string;
  @Column({ name: 'placement_id', type: 'uuid' })
  @ForeignKey(() => WorksitePlacementEntity, { name: 'placement_progress_note_placement_id_fkey' })
  placementId: string;
  @Column({ name: 'noted_on', type: 'date' }) notedOn: PlainDate;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'placement_progress_note_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
