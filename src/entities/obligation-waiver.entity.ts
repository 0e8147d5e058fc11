import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { WAIVER_REASON_CODES, type WaiverReasonCode } from '../obligations/waiver-reasons';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/**
 * A supervisor's waiver of one obligation of a case: a coded reason (the list says which rules it
 * may waive) and free text beside it. Append-only (trigger).
 */
@Entity('obligation_waiver')
@Unique('obligation_waiver_case_id_obligation_key_key', ['caseId', 'obligationKey'])
@Check('obligation_waiver_reason_code_check', `reason_code IN (${WAIVER_REASON_CODES.map((c) => `'${c}'`).join(', ')})`)
export class ObligationWaiverEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'obligation_waiver_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'obligation_waiver_case_id_fkey' })
  caseId: string;
  @Column({ name: 'obligation_key', type: 'text' }) obligationKey: string;
  /** NULL only on waivers recorded before the coded list (migration WaiverReasonsAndJobQuit). */
  @Column({ name: 'reason_code', type: 'text', nullable: true }) reasonCode: WaiverReasonCode | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'waived_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'obligation_waiver_waived_by_fkey' })
  waivedBy: string;
  @Column({ name: 'waived_at', type: 'timestamptz' }) waivedAt: Date;
}
