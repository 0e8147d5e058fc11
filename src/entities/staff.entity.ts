import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const STAFF_ROLES = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA', 'PARTNER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A person or integration client who signs in. Role and office are read on every request. */
@Entity('staff')
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) email: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) role: StaffRole;
  @Column({ name: 'office_id', type: 'uuid' }) officeId: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
