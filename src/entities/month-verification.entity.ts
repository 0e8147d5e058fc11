import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Month } from '../dates';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** WV-1: a case's hours for a month, verified; one per case and month, append-only. */
@Entity('month_verification')
@Unique('month_verification_case_id_month_key', ['caseId', 'month'])
@Index('month_verification_month_idx', ['month', 'caseId'])
@Check('month_verification_month_check', `month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
export class MonthVerificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'month_verification_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'month_verification_case_id_fkey' })
  caseId: string;
  @Column({ type: 'text' }) month: Month;
  @Column({ name: 'verified_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'month_verification_verified_by_fkey' })
  verifiedBy: string;
  @Column({ name: 'verified_at', type: 'timestamptz' }) verifiedAt: Date;
}
