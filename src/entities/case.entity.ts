import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TRACKS = ['WORK_FIRST', 'FAMILIES_FIRST'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * A Work Services case. The lifecycle lives in `snapshot` (the XState snapshot) and `state` (its
 * active state path, kept in a column so lists can filter on it). `version` is bumped by the
 * conditional UPDATE in CaseTransitionService, never by TypeORM's save().
 */
@Entity('work_case')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  @Column({ name: 'office_id', type: 'uuid' }) officeId: string;
  @Column({ name: 'case_manager_id', type: 'uuid' }) caseManagerId: string;
  @Column({ type: 'text' }) track: Track;
  @Column({ name: 'referral_date', type: 'date' }) referralDate: string;
  @Column({ name: 'months_used', type: 'integer' }) monthsUsed: number;
  @Column({ type: 'text' }) state: string;
  @Column({ type: 'text' }) phase: string;
  @Column({ type: 'jsonb' }) snapshot: unknown;
  @Column({ name: 'machine_version', type: 'integer' }) machineVersion: number;
  /** SS-3: child care is authorized, so its request is due before the 1st of each month. */
  @Column({ name: 'child_care_authorized', type: 'boolean', default: false }) childCareAuthorized: boolean;
  /** 45 CFR 261.32: federally funded child care raises the two-parent requirement to 55/50 hours. */
  @Column({ name: 'child_care_federally_funded', type: 'boolean', default: false }) childCareFederallyFunded: boolean;
  @Column({ type: 'integer' }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
