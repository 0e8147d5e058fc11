import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import { CLIENT_NOTE_TEMPLATES, type CaseNoteCategory, type ClientNoteSubject } from '../../src/notes/note-templates';
import { single, withStatePaths } from './case-mutations';
import type { TestApp } from './test-app';

/** Runs an operation that must succeed and returns its data (a failing step names its error, top-level or a mutation's userErrors). */
export async function dataOf(app: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const res = await app.gql(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors[0]));
  for (const [field, value] of Object.entries((res.data ?? {}) as Record<string, { userErrors?: unknown[] } | null>)) {
    if (value?.userErrors?.length) throw new Error(`${field}: ${JSON.stringify(value.userErrors[0])}`);
  }
  return res.data;
}

/**
 * The one user error a mutation field's payload carries (the field defaults to `result`, the alias
 * the lifecycle helpers use); fails the test when the mutation succeeded or failed top-level.
 */
export function userErrorOf(res: { data?: any; errors?: unknown[] }, field = 'result'): Record<string, any> {
  if (res.errors) throw new Error(`expected a user error in ${field}.userErrors, got a top-level error: ${JSON.stringify(res.errors[0])}`);
  const errors = res.data?.[field]?.userErrors as Array<Record<string, any>> | undefined;
  if (!errors?.length) throw new Error(`expected ${field}.userErrors, got ${JSON.stringify(res.data?.[field])}`);
  return errors[0];
}

/**
 * The case's version as stored now: what a client read before sending an event (expectedVersion is
 * required). 1 for a case that does not exist, so a NOT_FOUND test still sends a valid input.
 */
export async function versionOf(app: TestApp, caseId: string): Promise<number> {
  const [row] = await app.dataSource.query<Array<{ version: number }>>('SELECT version FROM work_case WHERE id = $1', [caseId]);
  return row?.version ?? 1;
}

/** Sends one lifecycle event that must be accepted, with the case's current version unless `input` names one. */
export async function sendEvent(app: TestApp, caseId: string, type: CaseEventType, input: Record<string, unknown>, token: string) {
  const res = await app.gql(single(type), { resultInput: { caseId, expectedVersion: await versionOf(app, caseId), ...input } }, token);
  if (res.errors) throw new Error(`${type}: ${JSON.stringify(res.errors[0])}`);
  if (res.data.result.userErrors.length) throw new Error(`${type}: ${JSON.stringify(res.data.result.userErrors[0])}`);
  return withStatePaths(res.data.result);
}

/** Adds a client note with its subject's standard headings (NOTE-1). */
export async function addClientNote(app: TestApp, caseId: string, subject: ClientNoteSubject, token: string) {
  const sections = CLIENT_NOTE_TEMPLATES[subject].headings.map((heading) => ({ heading, text: `${heading}: noted` }));
  return (await dataOf(app, `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } userErrors { code message } } }`, { input: { caseId, subject, sections } }, token)).addClientNote.clientNote;
}

/** Adds a case note (CANO) of a NOTE-3 category, as the change it documents requires first. */
export async function addCaseNote(app: TestApp, caseId: string, category: CaseNoteCategory, token: string) {
  return (await dataOf(app, `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id } userErrors { code message } } }`, { input: { caseId, category, text: `${category}: noted` } }, token)).addCaseNote.caseNote;
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
