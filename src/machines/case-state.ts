import type { StateValue } from 'xstate';

/** The leaf state paths of a (possibly parallel) state value, e.g. ["open.compliance.compliant", "open.phase.participating.plan.current", ...]. */
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

const OPEN_REGIONS = ['compliance', 'exemption', 'timeLimit'] as const;
const LEGACY_REGION = /^open\.participating\.(compliance|exemption|timeLimit)(\.|$)/;
const LEGACY_PHASE = /^open\.(referral|assessment|planning|participating)(\.|$)/;

/**
 * A leaf path in today's chart shape. Machine version 1 (before issue 10) ran compliance,
 * exemption and the time limit only while participating (`open.participating.compliance.x`) and
 * had the phases directly under `open` (`open.referral.awaitingContact`). Stored cases were moved
 * by a migration; history rows are append-only and keep the text they were written with, so
 * every reader of a stored path goes through this.
 *
 * @example
 * currentLeafPath('open.participating.compliance.penalized') // 'open.compliance.penalized'
 * currentLeafPath('open.referral.awaitingContact') // 'open.phase.referral.awaitingContact'
 * currentLeafPath('open.phase.planning.drafted') // unchanged
 */
export function currentLeafPath(path: string): string {
  if (LEGACY_REGION.test(path)) return path.replace('open.participating.', 'open.');
  if (LEGACY_PHASE.test(path)) return path.replace('open.', 'open.phase.');
  return path;
}

/**
 * The version-1 spelling of a leaf path of today's chart, so the API can keep the old enum names
 * (deprecated) for clients that filter by them.
 *
 * @example
 * legacyLeafPath('open.compliance.penalized') // 'open.participating.compliance.penalized'
 * legacyLeafPath('open.phase.referral.j016Issued') // 'open.referral.j016Issued'
 */
export function legacyLeafPath(path: string): string {
  const region = OPEN_REGIONS.find((r) => path.startsWith(`open.${r}.`) || path === `open.${r}`);
  if (region) return path.replace('open.', 'open.participating.');
  return path.startsWith('open.phase.') ? path.replace('open.phase.', 'open.') : path;
}

/**
 * Where a case is in its life, for lists and filters: the phase of the casework region while
 * open, otherwise the top-level state. Reads today's paths and version-1 paths alike.
 *
 * @example
 * phaseOf({ open: { phase: { referral: 'awaitingContact' }, compliance: 'compliant', exemption: 'notExempt', timeLimit: 'withinLimit' } }) // 'REFERRAL'
 * phaseOf('closed') // 'CLOSED'
 */
export function phaseOf(value: StateValue): CasePhase {
  const phase = phaseOfLeafPaths(leafPaths(value));
  if (!phase) throw new Error(`No lifecycle phase in the state ${stateString(value)}`);
  return phase;
}

/** The phase named by a set of leaf paths (see phaseOf); undefined when none names one. */
export function phaseOfLeafPaths(paths: readonly string[]): CasePhase | undefined {
  for (const path of paths.map(currentLeafPath)) {
    const [first, second, third] = path.split('.');
    if (first !== 'open') return PHASE_BY_NODE[first];
    if (second === 'phase') return PHASE_BY_NODE[third];
  }
  return undefined;
}
