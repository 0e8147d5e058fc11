import { In, type EntityManager, type InsertResult } from 'typeorm';
import { CaseAlertEntity, CaseNoteEntity, ClientNoteEntity } from '../entities';
import { entityColumns, EXACT_INSTANT, selectRows } from './sql';

export type NewClientNote = Omit<ClientNoteEntity, 'id'>;
export type NewCaseNote = Omit<CaseNoteEntity, 'id'>;

/** An "E" alert with the case note that raised it; `cursorAt` is raised_at to the microsecond, for keyset cursors. */
export type CaseAlertRow = Pick<CaseAlertEntity, 'id' | 'caseId' | 'kind' | 'raisedAt'> & Pick<CaseNoteEntity, 'category' | 'text'> & { cursorAt: string };

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

  /** The client notes of several cases, oldest first, in one statement (client_note_case_idx). */
  clientNotesOf(caseIds: readonly string[]): Promise<ClientNoteEntity[]> {
    return this.db.find(ClientNoteEntity, { where: { caseId: In([...caseIds]) }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }

  /** The case notes of several cases, oldest first, in one statement (case_note_case_idx). */
  caseNotesOf(caseIds: readonly string[]): Promise<CaseNoteEntity[]> {
    return this.db.find(CaseNoteEntity, { where: { caseId: In([...caseIds]) }, order: { enteredAt: 'ASC', id: 'ASC' } });
  }

  clientNotesByIds(ids: readonly string[]): Promise<ClientNoteEntity[]> {
    return this.db.findBy(ClientNoteEntity, { id: In([...ids]) });
  }

  caseNotesByIds(ids: readonly string[]): Promise<CaseNoteEntity[]> {
    return this.db.findBy(CaseNoteEntity, { id: In([...ids]) });
  }

  private alertSelect(): string {
    return `SELECT ${entityColumns(this.db, CaseAlertEntity, 'a', ['id', 'caseId', 'kind', 'raisedAt'])}, ${entityColumns(this.db, CaseNoteEntity, 'n', ['category', 'text'])},
        ${EXACT_INSTANT('a.raised_at')} AS "cursorAt"
        FROM case_alert a JOIN case_note n ON n.id = a.case_note_id`;
  }

  /** Alerts of one office (all offices when null), newest first, keyset-paged strictly before `after`. */
  alerts(officeId: string | null, first: number, after: { raisedAt: string; id: string } | null = null): Promise<CaseAlertRow[]> {
    return selectRows<CaseAlertRow>(this.db, `${this.alertSelect()}
        WHERE ($1::uuid IS NULL OR a.office_id = $1) AND ($3::timestamptz IS NULL OR (a.raised_at, a.id) < ($3::timestamptz, $4::bigint))
        ORDER BY a.raised_at DESC, a.id DESC LIMIT $2`, [officeId, first, after?.raisedAt ?? null, after?.id ?? null]);
  }

  async countAlerts(officeId: string | null): Promise<number> {
    return this.db.count(CaseAlertEntity, { where: officeId ? { officeId } : {} });
  }

  /** The alerts of several cases, newest first, in one statement (case_alert_case_idx). */
  alertsOf(caseIds: readonly string[]): Promise<CaseAlertRow[]> {
    return selectRows<CaseAlertRow>(this.db, `${this.alertSelect()} WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.raised_at DESC, a.id DESC`, [caseIds]);
  }

  alertsByIds(ids: readonly string[]): Promise<CaseAlertRow[]> {
    return selectRows<CaseAlertRow>(this.db, `${this.alertSelect()} WHERE a.id = ANY($1::bigint[])`, [ids]);
  }
}
