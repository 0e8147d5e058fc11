import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';
import { CaseNoteEntity } from './case-note.entity';
import { OfficeEntity } from './office.entity';

/** An "E" alert a case note raises for the case's office (NOTE-3). */
@Entity('case_alert')
// The migration orders raised_at DESC; TypeORM's @Index has no per-column order.
@Index('case_alert_office_idx', ['officeId', 'raisedAt'])
// A case's alerts (Case.alerts, migration RelayIndexes); raised_at DESC in the migration.
@Index('case_alert_case_idx', ['caseId', 'raisedAt'])
export class CaseAlertEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'case_alert_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'case_alert_case_id_fkey' })
  caseId: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'case_alert_office_id_fkey' })
  officeId: string;
  @Column({ type: 'text', default: 'E' }) kind: string;
  @Column({ name: 'case_note_id', type: 'uuid' })
  @ForeignKey(() => CaseNoteEntity, { name: 'case_alert_case_note_id_fkey' })
  caseNoteId: string;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt: Date;
}
