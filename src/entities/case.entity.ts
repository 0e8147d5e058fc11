import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlainDate } from '../dates';
import { ClientEntity } from './client.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

export const TRACKS = ['WORK_FIRST', 'FAMILIES_FIRST'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * A Work Services case. The lifecycle lives in `snapshot` (the XState snapshot) and `state` (its
 * active state path, kept in a column so lists can filter on it). `version` is bumped by the
 * conditional UPDATE in CaseTransitionService, never by TypeORM's save().
 */
@Entity('work_case')
// The caseload list orders by (referral_date DESC, id) inside an office or a caseload; the DESC
// is the migration's (TypeORM's @Index has no per-column order, and db:check compares columns).
@Index('work_case_office_order_idx', ['officeId', 'referralDate', 'id'])
@Index('work_case_manager_order_idx', ['caseManagerId', 'referralDate', 'id'])
@Index('work_case_order_idx', ['referralDate', 'id'])
@Index('work_case_client_idx', ['clientId'])
@Index('work_case_office_phase_idx', ['officeId', 'phase'])
@Index('work_case_obligations_derived_idx', ['obligationsDerivedOn'])
@Check('work_case_track_check', `track IN ('WORK_FIRST', 'FAMILIES_FIRST')`)
// TL-1: with an approved extension a case counts months past 60.
@Check('work_case_months_used_check', 'months_used >= 0')
@Check('work_case_version_check', 'version >= 1')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'work_case_pkey' }) id: string;
  @Column({ name: 'client_id', type: 'uuid' })
  @ForeignKey(() => ClientEntity, { name: 'work_case_client_id_fkey' })
  clientId: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'work_case_office_id_fkey' })
  officeId: string;
  @Column({ name: 'case_manager_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'work_case_case_manager_id_fkey' })
  caseManagerId: string;
  @Column({ type: 'text' }) track: Track;
  @Column({ name: 'referral_date', type: 'date' }) referralDate: PlainDate;
  @Column({ name: 'months_used', type: 'integer' }) monthsUsed: number;
  /**
   * The active leaf paths joined by ", " (stateString). work_case_state_nodes_idx, a GIN index on
   * string_to_array(state, ', '), serves the exact state filter; TypeORM cannot declare an
   * expression index, so it is the migration's alone (synchronize: false keeps db:check out of it).
   */
  @Index('work_case_state_nodes_idx', { synchronize: false })
  @Column({ type: 'text' }) state: string;
  @Column({ type: 'text' }) phase: string;
  @Column({ type: 'jsonb' }) snapshot: unknown;
  @Column({ name: 'machine_version', type: 'integer' }) machineVersion: number;
  /** SS-3: child care is authorized, so its request is due before the 1st of each month. */
  @Column({ name: 'child_care_authorized', type: 'boolean', default: false }) childCareAuthorized: boolean;
  /** 45 CFR 261.32: federally funded child care raises the two-parent requirement to 55/50 hours. */
  @Column({ name: 'child_care_federally_funded', type: 'boolean', default: false }) childCareFederallyFunded: boolean;
  @Column({ type: 'integer' }) version: number;
  /**
   * The Alaska date this case's obligations were last derived on: monthly rules (ENG-4, WV-1,
   * EXIT-3...) add obligations even when nothing happens, so a stale date means "re-derive".
   */
  @Column({ name: 'obligations_derived_on', type: 'date', nullable: true }) obligationsDerivedOn: PlainDate | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
