import { CASE_EVENTS } from '../../src/machines/case-event-catalog';
import type { CaseEvent, CaseEventType } from '../../src/machines/case-lifecycle.types';

/** Input type names follow the mutation: recordFsspSigned -> RecordFsspSignedInput. */
export const inputTypeOf = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

/** A GraphQL mutation document for one chart event, returning the states it moved between. */
export function mutationFor(type: CaseEventType, alias = 'result'): { document: string; variable: string } {
  const { mutation } = CASE_EVENTS[type];
  return {
    variable: `${alias}Input`,
    document: `${alias}: ${mutation}(input: $${alias}Input) { fromState toState case { id version state } }`,
  };
}

/** The GraphQL input for an event: its payload fields, minus `type` and `at`, plus the case. */
export function inputFor(event: CaseEvent, caseId: string, expectedVersion?: number): Record<string, unknown> {
  const { type: _type, at: _at, ...payload } = event;
  return { caseId, ...(expectedVersion ? { expectedVersion } : {}), ...payload };
}

/** Sends one event through its mutation. */
export function single(type: CaseEventType): string {
  const { document } = mutationFor(type);
  return `mutation($resultInput: ${inputTypeOf(CASE_EVENTS[type].mutation)}!) { ${document} }`;
}
