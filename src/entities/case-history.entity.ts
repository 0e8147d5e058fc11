import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** One applied lifecycle event. Append-only: a database trigger refuses UPDATE and DELETE. */
@Entity('case_history')
@Unique('case_history_case_id_version_key', ['caseId', 'version'])
export class CaseHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'case_history_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'case_history_case_id_fkey' })
  caseId: string;
  /** The case version this event produced. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) event: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ name: 'state_before', type: 'text', nullable: true }) stateBefore: string | null;
  @Column({ name: 'state_after', type: 'text' }) stateAfter: string;
  @Column({ name: 'actor_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'case_history_actor_id_fkey' })
  actorId: string;
  @Column({ name: 'actor_role', type: 'text' }) actorRole: string;
  /** When it happened in the world (the event's time, in UTC). */
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
