import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** A supervisor's waiver of one obligation of a case, with its reason. Append-only (trigger). */
@Entity('obligation_waiver')
@Unique('obligation_waiver_case_id_obligation_key_key', ['caseId', 'obligationKey'])
export class ObligationWaiverEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'obligation_waiver_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'obligation_waiver_case_id_fkey' })
  caseId: string;
  @Column({ name: 'obligation_key', type: 'text' }) obligationKey: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'waived_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'obligation_waiver_waived_by_fkey' })
  waivedBy: string;
  @Column({ name: 'waived_at', type: 'timestamptz' }) waivedAt: Date;
}
