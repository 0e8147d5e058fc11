import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import type { ContractKind, OutreachKind } from '../employers/employer-rules';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';
import { EmployerEntity } from './worksite.entity';

/** SITE-2: an OJT or Job Start contract with an employer for a client; money in cents, hours in centi-hours. */
@Entity('employer_contract')
@Index('employer_contract_case_idx', ['caseId', 'startsOn'])
@Index('employer_contract_employer_idx', ['employerId'])
@Check('employer_contract_kind_check', `kind IN ('OJT', 'JOB_START')`)
@Check('employer_contract_wage_check', 'wage_cents_per_hour > 0')
@Check('employer_contract_hours_check', 'centi_hours_per_week BETWEEN 1 AND 16800')
@Check('employer_contract_percent_check', 'reimbursement_percent BETWEEN 1 AND 100')
@Check('employer_contract_cap_check', 'cap_cents > 0')
export class EmployerContractEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_contract_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'employer_contract_case_id_fkey' })
  caseId: string;
  @Column({ name: 'employer_id', type: 'uuid' })
  @ForeignKey(() => EmployerEntity, { name: 'employer_contract_employer_id_fkey' })
  employerId: string;
  @Column({ type: 'text' }) kind: ContractKind;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: PlainDate;
  @Column({ name: 'wage_cents_per_hour', type: 'integer' }) wageCentsPerHour: number;
  @Column({ name: 'centi_hours_per_week', type: 'integer' }) centiHoursPerWeek: number;
  @Column({ name: 'reimbursement_percent', type: 'integer' }) reimbursementPercent: number;
  @Column({ name: 'cap_cents', type: 'bigint' }) capCents: string;
  @Column({ name: 'submitted_on', type: 'date' }) submittedOn: PlainDate;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'employer_contract_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** SITE-2: one reimbursement claimed by the employer under a contract; their total never exceeds the cap. */
@Entity('employer_reimbursement')
@Index('employer_reimbursement_contract_idx', ['contractId', 'periodStart'])
@Check('employer_reimbursement_period_check', 'period_end >= period_start')
@Check('employer_reimbursement_amount_check', 'amount_cents > 0')
export class EmployerReimbursementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_reimbursement_pkey' }) id: string;
  @Column({ name: 'contract_id', type: 'uuid' })
  @ForeignKey(() => EmployerContractEntity, { name: 'employer_reimbursement_contract_id_fkey' })
  contractId: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart: PlainDate;
  @Column({ name: 'period_end', type: 'date' }) periodEnd: PlainDate;
  @Column({ name: 'amount_cents', type: 'bigint' }) amountCents: string;
  @Column({ name: 'paid_on', type: 'date', nullable: true }) paidOn: PlainDate | null;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'employer_reimbursement_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}

/** SITE-3: employer outreach (job fairs, agency meetings, visits, education about incentives and tax credits). */
@Entity('employer_outreach')
@Index('employer_outreach_office_idx', ['officeId', 'heldOn'])
@Check('employer_outreach_kind_check', `kind IN ('JOB_FAIR', 'AGENCY_MEETING', 'EMPLOYER_VISIT', 'INCENTIVE_EDUCATION')`)
@Check('employer_outreach_party_check', '(employer_id IS NULL) <> (organization_name IS NULL)')
export class EmployerOutreachEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'employer_outreach_pkey' }) id: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'employer_outreach_office_id_fkey' })
  officeId: string;
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  @ForeignKey(() => EmployerEntity, { name: 'employer_outreach_employer_id_fkey' })
  employerId: string | null;
  @Column({ name: 'organization_name', type: 'text', nullable: true }) organizationName: string | null;
  @Column({ type: 'text' }) kind: OutreachKind;
  @Column({ name: 'held_on', type: 'date' }) heldOn: PlainDate;
  @Column({ type: 'text' }) notes: string;
  @Column({ name: 'recorded_by', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'employer_outreach_recorded_by_fkey' })
  recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
