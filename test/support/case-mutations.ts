import { CASE_EVENTS } from '../../src/machines/case-event-catalog';
import type { CaseEvent, CaseEventType } from '../../src/machines/case-lifecycle.types';

/** Input type names follow the mutation: recordFsspSigned -> RecordFsspSignedInput. */
export const inputTypeOf = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

/** The selection of a payload's `userErrors` with every error type's facts, as a front end would ask. */
export const USER_ERRORS = `userErrors { __typename code message
  ... on InputError { field constraint invalid { field constraint message } }
  ... on TransitionNotAllowedError { event state { path nodes phase } reason allowedEvents }
  ... on VersionConflictError { currentVersion expectedVersion }
  ... on NotFoundError { id }
  ... on IdempotencyKeyReusedError { clientMutationId } }`;

/** A GraphQL mutation document for one chart event, returning the states it moved between. */
export function mutationFor(type: CaseEventType, alias = 'result'): { document: string; variable: string } {
  const { mutation } = CASE_EVENTS[type];
  return {
    variable: `${alias}Input`,
    document: `${alias}: ${mutation}(input: $${alias}Input) { fromState { path } toState { path } case { id version state { path } } ${USER_ERRORS} }`,
  };
}

type Stated = { path: string } | null | undefined;
/** A lifecycle payload as mutationFor selects it. */
export interface TransitionResult { fromState: Stated; toState: Stated; case: { id?: string; version: number; state: Stated } | null }

/**
 * A lifecycle payload with its CaseState values as their path text (`state { path }`), so a test
 * compares states as the strings the chart names; `null` stays null (a refused event).
 */
export function withStatePaths(result: TransitionResult) {
  return {
    ...result,
    fromState: result.fromState?.path ?? null,
    toState: result.toState?.path ?? null,
    case: result.case ? { ...result.case, state: result.case.state?.path ?? null } : null,
  } as { fromState: string; toState: string; case: { id: string; version: number; state: string } };
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
