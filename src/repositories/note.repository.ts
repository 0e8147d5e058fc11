import type { EntityManager, InsertResult } from 'typeorm';
import { CaseAlertEntity, CaseNoteEntity, ClientNoteEntity } from '../entities';
import { entityColumns, selectRows } from './sql';

export type NewClientNote = Omit<ClientNoteEntity, 'id'>;
export type NewCaseNote = Omit<CaseNoteEntity, 'id'>;

/** An "E" alert with the case note that raised it. */
export type CaseAlertRow = Pick<CaseAlertEntity, 'id' | 'caseId' | 'kind' | 'raisedAt'> & Pick<CaseNoteEntity, 'category' | 'text'>;

function insertedId(result: InsertResult): string {
  const id: unknown = result.identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('insert returned no id');
  return id;
}

/**
 * Client notes (CLNO), case notes (CANO) and the "E" alerts case notes raise. Notes are part of
 * the record: the database refuses UPDATE and DELETE, so this repository only inserts and reads.
 * (The latest note dates documented transitions wait for: DocumentationRepository.)
 */
export class NoteRepository {
  constructor(private readonly db: EntityManager) {}

  /** Whether a client note of this case exists (a correction must point to one). */
  async hasClientNote(caseId: string, noteId: string): Promise<boolean> {
    return this.db.exists(ClientNoteEntity, { where: { id: noteId, caseId } });
  }

  async addClientNote(note: NewClientNote): Promise<ClientNoteEntity> {
    const id = insertedId(await this.db.insert(ClientNoteEntity, note));
    return Object.assign(new ClientNoteEntity(), { id, ...note });
  }

  async addCaseNote(note: NewCaseNote): Promise<CaseNoteEntity> {
    const id = insertedId(await this.db.insert(CaseNoteEntity, note));
    return Object.assign(new CaseNoteEntity(), { id, ...note });
  }

  async raiseAlert(alert: Omit<CaseAlertEntity, 'id'>): Promise<void> {
    await this.db.insert(CaseAlertEntity, alert);
  }

  clientNotes(caseId: string): Promise<ClientNoteEntity[]> {
    return this.db.find(ClientNoteEntity, { where: { caseId }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }

  caseNotes(caseId: string): Promise<CaseNoteEntity[]> {
    return this.db.find(CaseNoteEntity, { where: { caseId }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }

  /** Alerts of one office (all offices when null), newest first. */
  alerts(officeId: string | null, first: number): Promise<CaseAlertRow[]> {
    return selectRows<CaseAlertRow>(this.db,
      `SELECT ${entityColumns(this.db, CaseAlertEntity, 'a', ['id', 'caseId', 'kind', 'raisedAt'])}, ${entityColumns(this.db, CaseNoteEntity, 'n', ['category', 'text'])}
         FROM case_alert a JOIN case_note n ON n.id = a.case_note_id
        WHERE ($1::uuid IS NULL OR a.office_id = $1) ORDER BY a.raised_at DESC, a.id DESC LIMIT $2`, [officeId, first]);
  }
}
