import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
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
