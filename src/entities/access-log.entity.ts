import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AccessFieldGroup } from '../access-log/field-groups';
import { ClientEntity } from './client.entity';
import { StaffEntity } from './staff.entity';

/**
 * Who viewed whom: one row per client whose record a request read (HIPAA audit controls, 45 CFR
 * 164.312(b)). Append-only; kept 6 years (45 CFR 164.316(b)(2)(i)), then purged by
 * access_log_purge() (the trigger refuses any younger DELETE).
 */
@Entity('access_log')
// Newest first per client and per staff member; the DESC is the migration's (db:check compares columns).
@Index('access_log_client_idx', ['clientId', 'accessedAt', 'id'])
@Index('access_log_staff_idx', ['staffId', 'accessedAt', 'id'])
@Index('access_log_accessed_at_idx', ['accessedAt'])
@Check('access_log_field_groups_check', 'cardinality(field_groups) > 0')
export class AccessLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'access_log_pkey' }) id: string;
  @Column({ name: 'staff_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'access_log_staff_id_fkey' })
  staffId: string;
  /** The role at the time of the read (a role can change later). */
  @Column({ name: 'staff_role', type: 'text' }) staffRole: string;
  @Column({ name: 'client_id', type: 'uuid' })
  @ForeignKey(() => ClientEntity, { name: 'access_log_client_id_fkey' })
  clientId: string;
  /** The client's cases the request read (empty when only the client was read). */
  @Column({ name: 'case_ids', type: 'uuid', array: true }) caseIds: string[];
  @Column({ name: 'field_groups', type: 'text', array: true }) fieldGroups: AccessFieldGroup[];
  /** The GraphQL operation name the client sent; null for an anonymous operation. */
  @Column({ name: 'operation_name', type: 'text', nullable: true }) operationName: string | null;
  @Column({ name: 'accessed_at', type: 'timestamptz' }) accessedAt: Date;
}
