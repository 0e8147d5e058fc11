import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import type { WaiverReasonCode } from '../obligations/waiver-reasons';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/**
 * A deadline derived from a case's record (src/obligations), kept in indexed columns and replaced
 * in the transaction that changes the case, so a worklist is an index range scan. `resolution` is
 * NULL while open: OPEN vs OVERDUE depends on today, so it is decided when read.
 */
@Entity('obligation')
@Unique('obligation_case_id_key_key', ['caseId', 'key'])
@Index('obligation_office_worklist_idx', ['officeId', 'dueDate', 'id'], { where: 'resolution IS NULL' })
@Index('obligation_office_all_idx', ['officeId', 'dueDate', 'id'])
@Index('obligation_manager_worklist_idx', ['caseManagerId', 'dueDate', 'id'], { where: 'resolution IS NULL' })
@Index('obligation_case_idx', ['caseId'])
@Check('obligation_resolution_check', `resolution IN ('MET', 'WAIVED')`)
export class ObligationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'obligation_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'obligation_case_id_fkey' })
  caseId: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'obligation_office_id_fkey' })
  officeId: string;
  @Column({ name: 'case_manager_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'obligation_case_manager_id_fkey' })
  caseManagerId: string;
  /** Stable within a case (e.g. `ENG-4:2026-11`), so a re-derivation updates instead of duplicating. */
  @Column({ type: 'text' }) key: string;
  @Column({ name: 'rule_id', type: 'text' }) ruleId: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate: PlainDate;
  @Column({ type: 'text', nullable: true }) resolution: 'MET' | 'WAIVED' | null;
  @Column({ name: 'met_by', type: 'text', nullable: true }) metBy: string | null;
  @Column({ name: 'met_on', type: 'date', nullable: true }) metOn: PlainDate | null;
  @Column({ name: 'waiver_reason', type: 'text', nullable: true }) waiverReason: string | null;
  @Column({ name: 'waiver_reason_code', type: 'text', nullable: true }) waiverReasonCode: WaiverReasonCode | null;
}
