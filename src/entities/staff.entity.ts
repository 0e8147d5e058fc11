import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OfficeEntity } from './office.entity';

export const STAFF_ROLES = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A person or integration client who signs in. Role and office are read on every request. */
@Entity('staff')
@Unique('staff_email_key', ['email'])
@Unique('staff_external_subject_key', ['externalSubject'])
@Index('staff_office_idx', ['officeId'])
@Check('staff_role_check', `role IN ('CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER')`)
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'staff_pkey' }) id: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) role: StaffRole;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'staff_office_id_fkey' })
  officeId: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** The identity provider's subject (AUTH_MODE=oidc, OIDC_STAFF_FIELD=external_subject); null until linked. */
  @Column({ name: 'external_subject', type: 'text', nullable: true }) externalSubject: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
