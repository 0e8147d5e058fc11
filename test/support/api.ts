import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { CLIENT_NOTE_TEMPLATES, type ClientNoteSubject } from '../../src/notes/note-templates';
import { single } from './case-mutations';
import type { TestApp } from './test-app';

/** Runs an operation that must succeed and returns its data (a failing step names its error). */
export async function dataOf(app: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const res = await app.gql(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors[0]));
  return res.data;
}

/** Sends one lifecycle event that must be accepted. */
export async function sendEvent(app: TestApp, caseId: string, type: CaseEventType, input: Record<string, unknown>, token: string) {
  const res = await app.gql(single(type), { resultInput: { caseId, ...input } }, token);
  if (res.errors) throw new Error(`${type}: ${JSON.stringify(res.errors[0])}`);
  return res.data.result as { fromState: string; toState: string; case: { version: number; state: string } };
}

/** Adds a client note with its subject's standard headings (NOTE-1). */
export async function addClientNote(app: TestApp, caseId: string, subject: ClientNoteSubject, token: string) {
  const sections = CLIENT_NOTE_TEMPLATES[subject].headings.map((heading) => ({ heading, text: `${heading}: noted` }));
  return (await dataOf(app, `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`, { input: { caseId, subject, sections } }, token)).addClientNote;
}

/**
 * Walks a referred case into participation the way a case manager does: reached, EA completed and
 * documented (EA-2), FSSP drafted and signed (FSSP-1). All on `day` unless the days are given.
 */
export async function bringToParticipation(
  app: TestApp, caseId: string, token: string,
  days: { reached: string; assessed?: string; signed?: string; lastStepReviewDate: string },
) {
  const assessed = days.assessed ?? days.reached;
  const signed = days.signed ?? assessed;
  await sendEvent(app, caseId, 'RECORD_CONTACT_ATTEMPT', { on: days.reached, method: 'PHONE', outcome: 'REACHED' }, token);
  await sendEvent(app, caseId, 'COMPLETE_EA', { completedOn: assessed }, token);
  await addClientNote(app, caseId, 'EA', token);
  await sendEvent(app, caseId, 'RECORD_EA_NOTE', { enteredOn: assessed }, token);
  await sendEvent(app, caseId, 'DRAFT_FSSP', { draftedOn: signed, lastStepReviewDate: days.lastStepReviewDate }, token);
  await sendEvent(app, caseId, 'SIGN_FSSP', { signedOn: signed }, token);
}
