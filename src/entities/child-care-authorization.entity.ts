import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/**
 * One change of a case's child care authorization, from the date it took effect (SS-3; 42 USC
 * 607(c)(1)(B)(ii) and 45 CFR 261.32 for federal funding). Append-only (trigger): the month's
 * participation facts are built from these rows, never from today's flags on work_case.
 */
@Entity('child_care_authorization')
@Index('child_care_authorization_case_idx', ['caseId', 'effectiveOn', 'id'])
export class ChildCareAuthorizationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'child_care_authorization_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'child_care_authorization_case_id_fkey' })
  caseId: string;
  /** The Alaska date the change took effect (the server's date of entry). */
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn: PlainDate;
  @Column({ type: 'boolean' }) authorized: boolean;
  @Column({ name: 'federally_funded', type: 'boolean' }) federallyFunded: boolean;
  /** NULL only on the rows the migration wrote for child care recorded before this table (effective on the referral date). */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  @ForeignKey(() => StaffEntity, { name: 'child_care_authorization_recorded_by_fkey' })
  recordedBy: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
