import { seededOrder } from './file-review-draw';

/**
 * MGT-1: who reviews a sampled case. The policy (management due diligence, B.1): "The review will
 * not be carried out by the person providing the family services or a lateral colleague. The
 * review must be completed by a member of the Work Services Provider's management team".
 *
 * Read here as: the reviewer is an active MANAGER or SUPERVISOR of the case's office (the
 * management team: DOMAIN.md's glossary gives file reviews to the manager, and the supervisors
 * answer for the quality of their case managers' work); never the case's own case manager, and
 * never a CASE_MANAGER at all, since every other case manager of the office is a lateral
 * colleague (a peer). The office's SYSTEM actor, WSTA and PARTNER never review.
 */
export const REVIEWER_ROLES = ['MANAGER', 'SUPERVISOR'] as const;

export interface ReviewerCandidate { id: string; role: string; officeId: string; active: boolean }
export interface SampledCase { caseId: string; caseManagerId: string; officeId: string }

/**
 * Why the candidate may not review the case (MGT-1), or null when they may.
 *
 * @example
 * whyNotReviewer({ id: 'cm-2', role: 'CASE_MANAGER', officeId: 'o', active: true }, kase) // 'a case manager of the office is the CM or a lateral colleague'
 */
export function whyNotReviewer(candidate: ReviewerCandidate, kase: SampledCase): string | null {
  if (candidate.id === kase.caseManagerId) return 'the case\'s own case manager';
  if (candidate.role === 'CASE_MANAGER') return 'a case manager of the office is the CM or a lateral colleague';
  if (!(REVIEWER_ROLES as readonly string[]).includes(candidate.role)) return 'not a member of the management team (MANAGER or SUPERVISOR)';
  if (candidate.officeId !== kase.officeId) return 'not of the case\'s office';
  if (!candidate.active) return 'not active';
  return null;
}

/** The candidates in the seed's order (the round-robin's tie-break), each id once. */
const inSeedOrder = (seed: string, candidates: readonly ReviewerCandidate[]): ReviewerCandidate[] => {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return seededOrder(seed, [...byId.keys()].map((id) => `reviewer:${id}`)).map((key) => byId.get(key.slice('reviewer:'.length))!);
};

/**
 * The eligible reviewer with the fewest cases so far; ties go to the first in the seed's order.
 * Null when nobody may review the case.
 */
export function nextReviewer(seed: string, kase: SampledCase, candidates: readonly ReviewerCandidate[], load: ReadonlyMap<string, number>): string | null {
  let best: ReviewerCandidate | null = null;
  for (const c of inSeedOrder(seed, candidates)) {
    if (whyNotReviewer(c, kase) !== null) continue;
    if (!best || (load.get(c.id) ?? 0) < (load.get(best.id) ?? 0)) best = c;
  }
  return best?.id ?? null;
}

/**
 * MGT-1: the cases nobody among the candidates may review. The draw asks it of the whole
 * population before drawing, so whether a month's draw is refused never depends on which cases
 * the seed picked: a refusal cannot be used to redraw until a file is left out.
 *
 * @example
 * unassignableCases([{ caseId: 'c-1', caseManagerId: 's-1', officeId: 'o' }], [{ id: 's-1', role: 'SUPERVISOR', officeId: 'o', active: true }]) // ['c-1']
 */
export function unassignableCases(cases: readonly SampledCase[], candidates: readonly ReviewerCandidate[]): string[] {
  return cases.filter((kase) => candidates.every((c) => whyNotReviewer(c, kase) !== null)).map((kase) => kase.caseId);
}

export type Assignment = { caseId: string; reviewerId: string };

/**
 * MGT-1: each sampled case (in draw order) to an eligible reviewer, balanced round-robin: the one
 * with the fewest cases so far, ties in the seed's order, so the same seed gives the same
 * assignments and the counts differ by at most one when every reviewer may take every case.
 * `unassignable` lists the cases nobody may review (the draw is then refused).
 */
export function assignReviewers(
  seed: string, cases: readonly SampledCase[], candidates: readonly ReviewerCandidate[], load: ReadonlyMap<string, number> = new Map(),
): { assignments: Assignment[]; unassignable: string[] } {
  const counts = new Map(load);
  const assignments: Assignment[] = [];
  const unassignable: string[] = [];
  for (const kase of cases) {
    const reviewerId = nextReviewer(seed, kase, candidates, counts);
    if (reviewerId === null) { unassignable.push(kase.caseId); continue; }
    counts.set(reviewerId, (counts.get(reviewerId) ?? 0) + 1);
    assignments.push({ caseId: kase.caseId, reviewerId });
  }
  return { assignments, unassignable };
}
