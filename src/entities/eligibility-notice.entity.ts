import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlainDate } from '../dates';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/**
 * The Eligibility outbox (EXM-1, MGT-5): a change Eligibility must learn of, written in the
 * transition's transaction (one per case version), pulled and acknowledged by the PARTNER.
 */
@Entity('eligibility_notice')
@Unique('eligibility_notice_case_id_case_version_key', ['caseId', 'caseVersion'])
@Index('eligibility_notice_pending_idx', ['officeId', 'createdAt'], { where: 'acknowledged_at IS NULL' })
export class EligibilityNoticeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'eligibility_notice_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'eligibility_notice_case_id_fkey' })
  caseId: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'eligibility_notice_office_id_fkey' })
  officeId: string;
  @Column({ name: 'case_version', type: 'integer' }) caseVersion: number;
  @Column({ type: 'text' }) event: string;
  @Column({ name: 'rule_id', type: 'text' }) ruleId: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'due_on', type: 'date' }) dueOn: PlainDate;
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true }) acknowledgedAt: Date | null;
  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  @ForeignKey(() => StaffEntity, { name: 'eligibility_notice_acknowledged_by_fkey' })
  acknowledgedBy: string | null;
}
