import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Month, PlainDate } from '../dates';
import { ActivityAssignmentEntity } from './activity-assignment.entity';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

const MONTH_START = `to_date(month || '-01', 'YYYY-MM-DD')`;

/**
 * The hours of one week of one assignment, entered from a timesheet, in centi-hours. Part of the
 * record: the database refuses UPDATE, DELETE and TRUNCATE (trigger hours_entry_append_only); a
 * correction is a new entry that replaces exactly one earlier entry, once.
 */
@Entity('hours_entry')
@Index('hours_entry_case_month_idx', ['caseId', 'month'])
@Index('hours_entry_assignment_idx', ['assignmentId', 'month', 'weekStart'])
@Unique('hours_entry_replaces_entry_id_key', ['replacesEntryId'])
@Check('hours_entry_month_check', `month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('hours_entry_actual_centi_hours_check', 'actual_centi_hours BETWEEN 0 AND 16800')
@Check('hours_entry_excused_centi_hours_check', 'excused_centi_hours BETWEEN 0 AND 16800')
@Check('hours_entry_holiday_centi_hours_check', 'holiday_centi_hours BETWEEN 0 AND 16800')
// A week has 168 hours.
@Check('hours_entry_check', 'actual_centi_hours + excused_centi_hours + holiday_centi_hours <= 16800')
// The week overlaps the month: it starts at most 6 days before the month and inside it.
@Check('hours_entry_check1', `week_start > ${MONTH_START} - 7 AND week_start < ${MONTH_START} + interval '1 month'`)
@Check('hours_entry_check2', `holiday_centi_hours = 0 OR (holiday_date BETWEEN week_start AND week_start + 6 AND holiday_date >= ${MONTH_START} AND holiday_date < ${MONTH_START} + interval '1 month')`)
export class HoursEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'hours_entry_pkey' }) id: string;
  @Column({ name: 'assignment_id', type: 'uuid' })
  @ForeignKey(() => ActivityAssignmentEntity, { name: 'hours_entry_assignment_id_fkey' })
  assignmentId: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'hours_entry_case_id_fkey' })
  caseId: string;
  /** The participation month the week counts toward ('YYYY-MM'). */
  @Column({ type: 'text' }) month: Month;
  @Column({ name: 'week_start', type: 'date' }) weekStart: PlainDate;
  @Column({ name: 'actual_centi_hours', type: 'integer' }) actualCentiHours: number;
  @Column({ name: 'excused_centi_hours', type: 'integer', default: 0 }) excusedCentiHours: number;
  @Column({ name: 'holiday_centi_hours', type: 'integer', default: 0 }) holidayCentiHours: number;
  @Column({ name: 'holiday_date', type: 'date', nullable: true }) holidayDate: PlainDate | null;
  /** WV-2: work search (JSJR) hours carry a justification. */
  @Column({ type: 'text', nullable: true }) justification: string | null;
  @Column({ name: 'replaces_entry_id', type: 'uuid', nullable: true })
  @ForeignKey(() => HoursEntryEntity, { name: 'hours_entry_replaces_entry_id_fkey' })
  replacesEntryId: string | null;
  @Column({ name: 'correction_reason', type: 'text', nullable: true }) correctionReason: string | null;
  @Column({ name: 'entered_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'hours_entry_entered_by_fkey' })
  enteredBy: string;
  @Column({ name: 'entered_role', type: 'text' }) enteredRole: string;
  @Column({ name: 'entered_at', type: 'timestamptz' }) enteredAt: Date;
}
