import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { StaffEntity } from './staff.entity';

/**
 * A mutation's `clientMutationId`, kept per user for at least 24 hours so a retry (a timeout, a
 * double click) gets the first response instead of writing twice. Written in the transaction of
 * the write it protects, so the key and the write commit together or not at all.
 */
@Entity('idempotency_key')
@Index('idempotency_key_created_at_idx', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid', primaryKeyConstraintName: 'idempotency_key_pkey' })
  @ForeignKey(() => StaffEntity, { name: 'idempotency_key_staff_id_fkey' })
  staffId: string;
  /** The client's `clientMutationId`. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotency_key_pkey' }) key: string;
  /** The mutation field it was used with (e.g. referClient). */
  @Column({ type: 'text' }) mutation: string;
  /** SHA-256 (hex) of the mutation's arguments as canonical JSON (sorted keys). */
  @Column({ name: 'input_hash', type: 'text' }) inputHash: string;
  /** The write's result as `{ result }` JSON; null only inside the claiming transaction, before the write finished. */
  @Column({ type: 'jsonb', nullable: true }) response: { result: unknown } | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
