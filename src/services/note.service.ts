import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { CaseEntity } from '../entities';
import { badInput, notFound } from '../errors';
import { CLIENT_NOTE_TEMPLATES, type CaseNoteCategory, type ClientNoteSubject } from '../notes/note-templates';
import { NoteRepository } from '../repositories/note.repository';
import type { Clock } from './clock';
import { assertRecordId } from './ids';
import { lockCaseForWrite } from './case-for-write';
import { writeTransaction } from './transaction';

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

  /** NOTE-1: the template's title and exactly its headings, in order; a correction points to the note it corrects. */
  async addClientNote(user: CurrentUser, request: ClientNoteRequest) {
    const template = CLIENT_NOTE_TEMPLATES[request.subject];
    const headings = request.sections.map((s) => s.heading);
    if (headings.join('\u0000') !== template.headings.join('\u0000')) {
      throw badInput(`A ${template.title} note has the headings: ${template.headings.join(', ')} (NOTE-1)`, 'sections', 'standardHeadings');
    }
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const notes = new NoteRepository(manager);
      if (request.correctsNoteId) {
        assertRecordId('Client note', request.correctsNoteId);
        if (!(await notes.hasClientNote(kase.id, request.correctsNoteId))) throw notFound('Client note', request.correctsNoteId);
      }
      const note = await notes.addClientNote({
        caseId: kase.id, subject: request.subject, title: request.correctsNoteId ? `Addendum: ${template.title}` : template.title,
        sections: request.sections, contactMethod: request.contactMethod ?? null, correctsNoteId: request.correctsNoteId ?? null,
        authorId: user.id, enteredAt: this.clock.now(),
      });
      await this.onCaseChanged(manager, kase.id, kase);
      return note;
    });
  }

  /** NOTE-3: a CANO only for its categories; each raises an "E" alert for the case's office. */
  async addCaseNote(user: CurrentUser, request: { caseId: string; category: CaseNoteCategory; text: string }) {
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const now = this.clock.now();
      const notes = new NoteRepository(manager);
      const note = await notes.addCaseNote({ caseId: kase.id, category: request.category, text: request.text, authorId: user.id, enteredAt: now });
      await notes.raiseAlert({ caseId: kase.id, officeId: kase.officeId, kind: 'E', caseNoteId: note.id, raisedAt: now });
      return note;
    });
  }

  /** "E" alerts raised in the user's office (all offices for WSTA), newest first, keyset-paged before `after`. */
  async alerts(user: CurrentUser, first: number, after: { raisedAt: string; id: string } | null = null) {
    const office = AccessPolicy.officeScope(user, null);
    const notes = new NoteRepository(this.dataSource.manager);
    const rows = await notes.alerts(office, first + 1, after);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, countTotal: () => notes.countAlerts(office) };
  }
}
