import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import type { FederalActivity } from '../participation/activity-types';
import { CaseEntity } from './case.entity';
import { HouseholdMemberEntity } from './household-member.entity';
import { StaffEntity } from './staff.entity';

export const TIMESHEET_FREQUENCIES = ['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const;
export type TimesheetFrequency = (typeof TIMESHEET_FREQUENCIES)[number];

/**
 * A work activity a case manager assigned to the client (or the client's spouse or partner), with
 * its scheduled hours in centi-hours (hundredths of an hour). Constraint names are the ones
 * PostgreSQL gave the migration's unnamed constraints, so `npm run db:check` compares like for like.
 */
@Entity('activity_assignment')
@Index('activity_assignment_case_idx', ['caseId', 'startDate'])
@Check('activity_assignment_activity_type_check', `activity_type IN ('UNSUBSIDIZED_EMPLOYMENT', 'SUBSIDIZED_PRIVATE_EMPLOYMENT', 'SUBSIDIZED_PUBLIC_EMPLOYMENT', 'WORK_EXPERIENCE', 'ON_THE_JOB_TRAINING', 'JOB_SEARCH_JOB_READINESS', 'COMMUNITY_SERVICE', 'VOCATIONAL_EDUCATIONAL_TRAINING', 'CHILD_CARE_FOR_COMMUNITY_SERVICE', 'JOB_SKILLS_TRAINING', 'EDUCATION_RELATED_TO_EMPLOYMENT', 'SECONDARY_SCHOOL_OR_GED')`)
// AS 47.27.035: at most 40 hours a week.
@Check('activity_assignment_scheduled_centi_hours_per_week_check', 'scheduled_centi_hours_per_week BETWEEN 0 AND 4000')
@Check('activity_assignment_check', 'end_date IS NULL OR end_date >= start_date')
@Check('activity_assignment_timesheet_frequency_check', `timesheet_frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')`)
export class ActivityAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activity_assignment_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'activity_assignment_case_id_fkey' })
  caseId: string;
  /** NULL: the client; otherwise the client's spouse or partner (a household member). */
  @Column({ name: 'household_member_id', type: 'uuid', nullable: true })
  @ForeignKey(() => HouseholdMemberEntity, { name: 'activity_assignment_household_member_id_fkey' })
  householdMemberId: string | null;
  /** One of the twelve federal categories (45 CFR 261.30). */
  @Column({ name: 'activity_type', type: 'text' }) activityType: FederalActivity;
  @Column({ name: 'scheduled_centi_hours_per_week', type: 'integer' }) scheduledCentiHoursPerWeek: number;
  @Column({ name: 'start_date', type: 'date' }) startDate: PlainDate;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: PlainDate | null;
  @Column({ type: 'text', nullable: true }) provider: string | null;
  @Column({ name: 'timesheet_frequency', type: 'text' }) timesheetFrequency: TimesheetFrequency;
  @Column({ name: 'assigned_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'activity_assignment_assigned_by_fkey' })
  assignedBy: string;
  @Column({ name: 'assigned_at', type: 'timestamptz' }) assignedAt: Date;
  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  @ForeignKey(() => StaffEntity, { name: 'activity_assignment_ended_by_fkey' })
  endedBy: string | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
}
