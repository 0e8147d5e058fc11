import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CaseEntity } from '../entities';
import { badInput, notFound } from '../errors';
import { CLIENT_NOTE_TEMPLATES, type CaseNoteCategory, type ClientNoteSubject } from '../notes/note-templates';
import type { Clock } from './clock';
import { assertRecordId } from './ids';

export interface ClientNoteRequest {
  caseId: string;
  subject: ClientNoteSubject;
  sections: Array<{ heading: string; text: string }>;
  contactMethod?: string | null;
  correctsNoteId?: string | null;
}

/** Client notes (CLNO) and case notes (CANO): append-only, on cases the writer may act on. */
export class NoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly onCaseChanged: (manager: EntityManager, caseId: string, kase: CaseEntity) => Promise<void>,
  ) {}

  private async caseFor(manager: EntityManager, user: CurrentUser, caseId: string): Promise<CaseEntity> {
    assertRecordId('Case', caseId);
    // Lock the case first, as a transition does, so a note and a transition on one case queue
    // instead of deadlocking over the case's obligation rows.
    const kase = await manager.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!kase) throw notFound('Case', caseId);
    AccessPolicy.assertCanReadOffice(user, kase.officeId);
    AccessPolicy.assertCanActOnCase(user, kase);
    return kase;
  }

  /** NOTE-1: the template's title and exactly its headings, in order; a correction points to the note it corrects. */
  async addClientNote(user: CurrentUser, request: ClientNoteRequest) {
    const template = CLIENT_NOTE_TEMPLATES[request.subject];
    const headings = request.sections.map((s) => s.heading);
    if (headings.join('\u0000') !== template.headings.join('\u0000')) {
      throw badInput(`A ${template.title} note has the headings: ${template.headings.join(', ')} (NOTE-1)`, 'sections', 'standardHeadings');
    }
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.caseFor(manager, user, request.caseId);
      if (request.correctsNoteId) {
        assertRecordId('Client note', request.correctsNoteId);
        const [original] = await manager.query('SELECT id FROM client_note WHERE id = $1 AND case_id = $2', [request.correctsNoteId, kase.id]);
        if (!original) throw notFound('Client note', request.correctsNoteId);
      }
      const [note] = await manager.query(
        `INSERT INTO client_note (case_id, subject, title, sections, contact_method, corrects_note_id, author_id, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, case_id AS "caseId", subject, title, sections, contact_method AS "contactMethod",
           corrects_note_id AS "correctsNoteId", author_id AS "authorId", entered_at AS "enteredAt"`,
        [kase.id, request.subject, request.correctsNoteId ? `Addendum: ${template.title}` : template.title, JSON.stringify(request.sections),
          request.contactMethod ?? null, request.correctsNoteId ?? null, user.id, this.clock.now()],
      );
      await this.onCaseChanged(manager, kase.id, kase);
      return note;
    });
  }

  /** NOTE-3: a CANO only for its five categories; each raises an "E" alert for the case's office. */
  async addCaseNote(user: CurrentUser, request: { caseId: string; category: CaseNoteCategory; text: string }) {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.caseFor(manager, user, request.caseId);
      const now = this.clock.now();
      const [note] = await manager.query(
        `INSERT INTO case_note (case_id, category, text, author_id, entered_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, case_id AS "caseId", category, text, author_id AS "authorId", entered_at AS "enteredAt"`,
        [kase.id, request.category, request.text, user.id, now],
      );
      await manager.query(`INSERT INTO case_alert (case_id, office_id, kind, case_note_id, raised_at) VALUES ($1, $2, 'E', $3, $4)`, [kase.id, kase.officeId, note.id, now]);
      return note;
    });
  }

  async clientNotes(caseId: string) {
    return this.dataSource.query(
      `SELECT id, case_id AS "caseId", subject, title, sections, contact_method AS "contactMethod", corrects_note_id AS "correctsNoteId",
              author_id AS "authorId", entered_at AS "enteredAt" FROM client_note WHERE case_id = $1 ORDER BY entered_at, id`, [caseId]);
  }

  async caseNotes(caseId: string) {
    return this.dataSource.query(
      `SELECT id, case_id AS "caseId", category, text, author_id AS "authorId", entered_at AS "enteredAt" FROM case_note WHERE case_id = $1 ORDER BY entered_at, id`, [caseId]);
  }

  /** "E" alerts raised in the user's office (all offices for WSTA), newest first. */
  async alerts(user: CurrentUser, first: number) {
    const office = AccessPolicy.officeScope(user, null);
    return this.dataSource.query(
      `SELECT a.id, a.case_id AS "caseId", a.kind, a.raised_at AS "raisedAt", n.category, n.text
         FROM case_alert a JOIN case_note n ON n.id = a.case_note_id
        WHERE ($1::uuid IS NULL OR a.office_id = $1) ORDER BY a.raised_at DESC, a.id DESC LIMIT $2`, [office, first]);
  }
}
