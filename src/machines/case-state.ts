import type { StateValue } from 'xstate';

/** The leaf state paths of a (possibly parallel) state value, e.g. ["open.participating.plan.current", ...]. */
export function leafPaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value)
    .flatMap(([key, child]) => (child === undefined ? [prefix + key] : leafPaths(child, `${prefix}${key}.`)))
    .sort();
}

/** The active state as one string: leaf paths joined by ", " (several when regions run in parallel). */
export const stateString = (value: StateValue): string => leafPaths(value).join(', ');

export const CASE_PHASES = ['REFERRAL', 'ASSESSMENT', 'PLANNING', 'PARTICIPATING', 'EXIT', 'POST_TA', 'CLOSED'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

const PHASE_BY_NODE: Record<string, CasePhase> = {
  referral: 'REFERRAL', assessment: 'ASSESSMENT', planning: 'PLANNING', participating: 'PARTICIPATING',
  exit: 'EXIT', postTa: 'POST_TA', closed: 'CLOSED',
};

/** Where a case is in its life, for lists and filters: the child of `open`, or the top-level state. */
export function phaseOf(value: StateValue): CasePhase {
  const [first, second] = leafPaths(value)[0].split('.');
  return PHASE_BY_NODE[first === 'open' ? second : first];
}
