import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/**
 * The change feed (issue 14): one append-only row per partner-relevant change, written in the
 * change's own transaction. Read in (txId, position) order, only below the oldest running
 * transaction (migration ChangeFeed1765310000000 says why). Thin: ids, the event, the version,
 * the rule; partners fetch the rest through the API, where reads are audited.
 */
@Entity('change_event')
@Index('change_event_feed_idx', ['txId', 'position'])
@Index('change_event_office_feed_idx', ['officeId', 'txId', 'position'])
@Check('change_event_topics_check', `cardinality(topics) > 0 AND topics <@ ARRAY['CASE_TRANSITION', 'EXEMPTION', 'PENALTY', 'CLOSURE', 'JOB_START', 'COMPLAINT_RESOLUTION']::text[]`)
export class ChangeEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'change_event_pkey' }) position: string;
  /**
   * The writing transaction's id. The migration's default is pg_current_xact_id()::text::bigint;
   * TypeORM strips `::type` casts when it reads a default back, so this is that default as db:check sees it.
   */
  @Column({ name: 'tx_id', type: 'bigint', default: () => '((pg_current_xact_id()))' }) txId: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'change_event_office_id_fkey' })
  officeId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  @ForeignKey(() => CaseEntity, { name: 'change_event_case_id_fkey' })
  caseId: string | null;
  @Column({ name: 'case_manager_id', type: 'uuid', nullable: true })
  @ForeignKey(() => StaffEntity, { name: 'change_event_case_manager_id_fkey' })
  caseManagerId: string | null;
  @Column({ name: 'case_version', type: 'integer', nullable: true }) caseVersion: number | null;
  @Column({ type: 'text', array: true }) topics: string[];
  @Column({ type: 'text' }) event: string;
  @Column({ name: 'rule_id', type: 'text', nullable: true }) ruleId: string | null;
  @Column({ name: 'subject_type', type: 'text' }) subjectType: string;
  @Column({ name: 'subject_id', type: 'text' }) subjectId: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
}
