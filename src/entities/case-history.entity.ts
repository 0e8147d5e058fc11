import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One applied lifecycle event. Append-only: a database trigger refuses UPDATE and DELETE. */
@Entity('case_history')
export class CaseHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  /** The case version this event produced. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) event: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ name: 'state_before', type: 'text', nullable: true }) stateBefore: string | null;
  @Column({ name: 'state_after', type: 'text' }) stateAfter: string;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId: string;
  @Column({ name: 'actor_role', type: 'text' }) actorRole: string;
  /** When it happened in the world (the event's time, in UTC). */
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}
