import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OfficeEntity } from './office.entity';

export const STAFF_ROLES = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/**
 * The actor of events sent by time, not by a person (an FSSP lapsing after its last step review
 * date, FSSP-3): one inactive row per office, made by a trigger on office (migration SystemActor).
 * It never signs in, so it is not a role of STAFF_ROLES.
 */
export const SYSTEM_ROLE = 'SYSTEM' as const;
/** Who a history row may name: a staff role, or the office's system actor. */
export type ActorRole = StaffRole | typeof SYSTEM_ROLE;

/** A person or integration client who signs in. Role and office are read on every request. */
@Entity('staff')
@Unique('staff_email_key', ['email'])
@Unique('staff_external_subject_key', ['externalSubject'])
@Index('staff_office_idx', ['officeId'])
@Check('staff_role_check', `role IN ('CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER', 'SYSTEM')`)
@Check('staff_system_inactive_check', `role <> 'SYSTEM' OR (NOT active AND external_subject IS NULL)`)
@Index('staff_one_system_actor_per_office', ['officeId'], { unique: true, where: `role = 'SYSTEM'` })
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'staff_pkey' }) id: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) role: ActorRole;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'staff_office_id_fkey' })
  officeId: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** The identity provider's subject (AUTH_MODE=oidc, OIDC_STAFF_FIELD=external_subject); null until linked. */
  @Column({ name: 'external_subject', type: 'text', nullable: true }) externalSubject: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
