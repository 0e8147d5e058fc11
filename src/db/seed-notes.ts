import type { CaseEvent } from '../machines/case-lifecycle.types';
import { CASE_NOTE_CATEGORIES, CLIENT_NOTE_TEMPLATES, type ClientNoteSubject } from '../notes/note-templates';
import type { NewCaseNote, NewClientNote } from '../repositories/note.repository';

type CaseNoteCategory = (typeof CASE_NOTE_CATEGORIES)[number];
export type DemoNote = { client: Omit<NewClientNote, 'caseId'> } | { case: Omit<NewCaseNote, 'caseId'> };

const clientNote = (subject: ClientNoteSubject, authorId: string, enteredAt: Date, contactMethod: string | null = null): DemoNote => ({
  client: {
    subject, title: CLIENT_NOTE_TEMPLATES[subject].title, contactMethod, correctsNoteId: null, authorId, enteredAt,
    sections: CLIENT_NOTE_TEMPLATES[subject].headings.map((heading) => ({ heading, text: 'Demo entry' })),
  },
});
const caseNote = (category: CaseNoteCategory, authorId: string, enteredAt: Date): DemoNote => ({
  case: { category, text: 'Demo entry', authorId, enteredAt },
});

/**
 * The notes a case manager enters with each event of the demo lifecycle, entered just before the
 * event (the documentation rules ask for the note first): every contact attempt in a CLNO (ENG-2),
 * the EA CLNO (EA-2), the good cause determination (PEN-1), the CANOs of a penalty request and its
 * end (NOTE-3), the exit summary (EXIT-1). Without them a fresh demo office shows every case's
 * ENG-1 and EA-2 as OVERDUE, which no real office's worklist looks like.
 */
export function notesFor(event: CaseEvent, authorId: string): DemoNote[] {
  const before = new Date(new Date(event.at).getTime() - 60_000);
  switch (event.type) {
    case 'RECORD_CONTACT_ATTEMPT':
      return [clientNote(event.outcome === 'REACHED' ? 'CONTACT' : 'CONTACT_ATTEMPT', authorId, new Date(new Date(event.at).getTime() + 60_000), event.method.toLowerCase())];
    case 'RECORD_EA_NOTE': return [clientNote('EA', authorId, before)];
    case 'DETERMINE_GOOD_CAUSE': return [clientNote('GOOD_CAUSE_DETERMINATION', authorId, before)];
    case 'REQUEST_PENALTY':
    case 'CURE_PENALTY': return [caseNote('PENALTY_REQUEST', authorId, before)];
    case 'RECORD_EXIT_SUMMARY': return [clientNote('EXIT_SUMMARY', authorId, before)];
    default: return [];
  }
}
