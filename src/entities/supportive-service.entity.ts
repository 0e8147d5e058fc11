import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import { SUPPORTIVE_SERVICE_TYPE_NAMES, type SupportiveServiceType } from '../supportive-services/supportive-service-rules';
import { sqlList } from './sql-list';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/**
 * A supportive service as the CM drafted it (SS-1..3): type, amount in cents, vendor, service
 * dates, justification. Append-only (trigger): its approval is an approval_request, its
 * authorization a supportive_service_authorization row.
 */
@Entity('supportive_service')
@Index('supportive_service_case_idx', ['caseId', 'requestedAt'])
@Check('supportive_service_type_check', `type IN (${sqlList(SUPPORTIVE_SERVICE_TYPE_NAMES)})`)
@Check('supportive_service_amount_check', 'amount_cents > 0')
@Check('supportive_service_dates_check', 'service_to >= service_from')
@Check('supportive_service_other_check', `type <> 'OTHER' OR non_typical`)
export class SupportiveServiceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'supportive_service_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'supportive_service_case_id_fkey' })
  caseId: string;
  @Column({ type: 'text' }) type: SupportiveServiceType;
  @Column({ name: 'non_typical', type: 'boolean' }) nonTypical: boolean;
  @Column({ name: 'amount_cents', type: 'integer' }) amountCents: number;
  @Column({ type: 'text' }) vendor: string;
  @Column({ name: 'service_from', type: 'date' }) serviceFrom: PlainDate;
  @Column({ name: 'service_to', type: 'date' }) serviceTo: PlainDate;
  @Column({ type: 'text' }) justification: string;
  @Column({ name: 'requested_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'supportive_service_requested_by_fkey' })
  requestedBy: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
}
