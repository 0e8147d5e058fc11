import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseNoteCategory } from '../notes/note-templates';
import { CaseEntity } from './case.entity';
import { StaffEntity } from './staff.entity';

/** A case note (CANO, NOTE-3) in one of its categories. Append-only (trigger). */
@Entity('case_note')
// A case's notes, oldest first: Case.caseNotes for a page of cases (migration RelayIndexes).
@Index('case_note_case_idx', ['caseId', 'enteredAt'])
@Check('case_note_category_check', `category IN ('JOB_START_OR_OJT_PLACEMENT', 'PENALTY_REQUEST', 'POTENTIAL_JOB_QUIT', 'EXEMPTION_START_OR_END', 'EXTENSION_DECISION', 'PENALTY_HOME_VISIT')`)
export class CaseNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_note_pkey' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' })
  @ForeignKey(() => CaseEntity, { name: 'case_note_case_id_fkey' })
  caseId: string;
  @Column({ type: 'text' }) category: CaseNoteCategory;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'case_note_author_id_fkey' })
  authorId: string;
  @Column({ name: 'entered_at', type: 'timestamptz' }) enteredAt: Date;
}
