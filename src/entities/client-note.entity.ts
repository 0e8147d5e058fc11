import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ClientNoteSubject } from '../notes/note-templates';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

export interface ClientNoteSection { heading: string; text: string }

/** A client note (CLNO, NOTE-1). Part of the record: a correction is an addendum, never an edit (trigger). */
@Entity('client_note')
@Index('client_note_case_idx', ['caseId', 'enteredAt'])
export class ClientNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'client_note_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'client_note_case_id_fkey' })
  caseId: string;
  @Column({ type: 'text' }) subject: ClientNoteSubject;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'jsonb' }) sections: ClientNoteSection[];
  @Column({ name: 'contact_method', type: 'text', nullable: true }) contactMethod: string | null;
  @Column({ name: 'corrects_note_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ClientNoteEntity, { name: 'client_note_corrects_note_id_fkey' })
  correctsNoteId: string | null;
  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'client_note_author_id_fkey' })
  authorId: string;
  @Column({ name: 'entered_at', type: 'timestamptz' }) enteredAt: Date;
}
