import { AccessPolicy } from '../auth/access-policy';
import type { InvalidInput } from '../errors';
import type { CasePhase } from '../machines/case-state';

/**
 * Bulk caseload reassignment (issue 13 item 5), pure: which cases a request names, whether the
 * case managers it names may give and take a caseload, and what each case's outcome is. Each case
 * then goes through its own CHANGE_CASE_MANAGER (ENG-3: history row, 30-day clock restart,
 * obligations re-derived), exactly as reassignCaseManager sends it.
 */

/** The most cases one request moves: above it the request is refused (split it by caseIds). */
export const MAX_CASES_PER_REASSIGNMENT = 500;

/** The phases of an open TA case: the chart takes CHANGE_CASE_MANAGER only there ("TA is closed" otherwise). */
export const OPEN_CASE_PHASES: readonly CasePhase[] = ['REFERRAL', 'ASSESSMENT', 'PLANNING', 'PARTICIPATING'];

/** ALL_OR_NOTHING: one transaction, any refusal writes nothing. BEST_EFFORT: each case on its own, refusals reported. */
export type ReassignmentMode = 'ALL_OR_NOTHING' | 'BEST_EFFORT';

export interface ReassignmentRequest {
  caseIds?: readonly string[] | null;
  fromCaseManagerId?: string | null;
  toCaseManagerId: string;
  mode: ReassignmentMode;
}

/** A staff member as the checks read it. */
export interface StaffFacts { role: string; active: boolean; officeId: string }

const invalid = (field: string, constraint: string, message: string): InvalidInput => ({ field, constraint, message });

/**
 * The request's own shape: exactly one of caseIds and fromCaseManagerId; a list of 1 to
 * MAX_CASES_PER_REASSIGNMENT cases, each once; a caseload is not moved to the same case manager.
 */
export function reassignmentRequestViolations(request: ReassignmentRequest): InvalidInput[] {
  const ids = request.caseIds ?? null;
  const from = request.fromCaseManagerId ?? null;
  if ((ids === null) === (from === null)) {
    return [invalid(ids === null ? 'caseIds' : 'fromCaseManagerId', 'exactlyOneOfCaseIdsOrFromCaseManagerId',
      'Name the cases either by caseIds or by fromCaseManagerId (a whole caseload), not both and not neither')];
  }
  const violations: InvalidInput[] = [];
  if (ids !== null) {
    if (ids.length === 0) violations.push(invalid('caseIds', 'arrayNotEmpty', 'caseIds names no case'));
    if (ids.length > MAX_CASES_PER_REASSIGNMENT) {
      violations.push(invalid('caseIds', 'arrayMaxSize', `At most ${MAX_CASES_PER_REASSIGNMENT} cases per request; ${ids.length} were sent`));
    }
    const lower = ids.map((id) => id.toLowerCase());
    const repeated = [...new Set(lower.filter((id, i) => lower.indexOf(id) !== i))];
    if (repeated.length) violations.push(invalid('caseIds', 'arrayUnique', `Each case once: ${repeated.join(', ')} named more than once`));
  }
  if (from !== null && from === request.toCaseManagerId) {
    violations.push(invalid('toCaseManagerId', 'notTheSameCaseManager', 'The caseload already belongs to toCaseManagerId'));
  }
  return violations;
}

/** ENG-3: the case manager who takes the cases is an active case manager of the supervisor's office. */
export function receivingCaseManagerViolation(staff: StaffFacts | null, officeId: string): InvalidInput | null {
  if (AccessPolicy.canHoldCaseload(staff) && staff.officeId === officeId) return null;
  return invalid('toCaseManagerId', 'isActiveCaseManager', 'toCaseManagerId must name an active case manager of your office');
}

/** The case manager whose caseload moves is a case manager of the office (an inactive one's caseload is the usual case). */
export function givingCaseManagerViolation(staff: StaffFacts | null, officeId: string): InvalidInput | null {
  if (staff !== null && staff.role === 'CASE_MANAGER' && staff.officeId === officeId) return null;
  return invalid('fromCaseManagerId', 'isCaseManagerOfOffice', 'fromCaseManagerId must name a case manager of your office');
}

/** A caseload larger than one request may move (the repository reads one id more than the limit to tell). */
export function caseloadSizeViolation(caseCount: number): InvalidInput | null {
  if (caseCount <= MAX_CASES_PER_REASSIGNMENT) return null;
  return invalid('fromCaseManagerId', 'arrayMaxSize',
    `The caseload has more than ${MAX_CASES_PER_REASSIGNMENT} open cases: move it in parts, naming them by caseIds`);
}

/**
 * The order the cases are moved in: by id, so two bulk requests lock shared cases in the same
 * order and one waits for the other instead of deadlocking. Outcomes keep the request's order.
 */
export const lockOrder = (caseIds: readonly string[]): string[] => [...caseIds].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));

/** A refusal of one case, as plain data (a stored response replays it): the error's code, message and facts. */
export interface CaseRefusal { code: string; message: string; details: Record<string, unknown> }

/** What happened to one case when it was tried. */
export type CaseAttempt = { caseId: string; version: number } | { caseId: string; refusal: CaseRefusal };

export type CaseReassignmentStatus = 'MOVED' | 'REFUSED' | 'ROLLED_BACK';

export interface CaseReassignmentOutcome {
  caseId: string;
  status: CaseReassignmentStatus;
  /** The case's version after its CHANGE_CASE_MANAGER; null unless MOVED. */
  version: number | null;
  refusal: CaseRefusal | null;
}

export interface ReassignmentResult {
  mode: ReassignmentMode;
  /** Whether the moves were written: false only for ALL_OR_NOTHING with a refused case. */
  committed: boolean;
  outcomes: CaseReassignmentOutcome[];
}

/**
 * Each case's outcome, in the request's order. ALL_OR_NOTHING with any refusal writes nothing: the
 * cases that would have moved are ROLLED_BACK. BEST_EFFORT keeps every case that moved.
 */
export function settleReassignment(mode: ReassignmentMode, caseIds: readonly string[], attempts: readonly CaseAttempt[]): ReassignmentResult {
  const byCase = new Map(attempts.map((a) => [a.caseId, a]));
  const committed = mode === 'BEST_EFFORT' || attempts.every((a) => !('refusal' in a));
  const outcomes = caseIds.map((caseId): CaseReassignmentOutcome => {
    const attempt = byCase.get(caseId);
    if (!attempt) throw new Error(`case ${caseId} was not tried`);
    if ('refusal' in attempt) return { caseId, status: 'REFUSED', version: null, refusal: attempt.refusal };
    return committed ? { caseId, status: 'MOVED', version: attempt.version, refusal: null } : { caseId, status: 'ROLLED_BACK', version: null, refusal: null };
  });
  return { mode, committed, outcomes };
}
