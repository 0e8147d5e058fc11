import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import type { PlainDate } from '../dates';
import type { CaseEventType } from '../machines/case-lifecycle.types';

/**
 * The decisions policy reserves to a supervisor, as one approval model (issue 13 item 1):
 * a track change (TRK-1), an extension (TL-2), a supportive service over $1,500 or non-typical
 * (SS-2), and a waiver of an obligation (e.g. EA-2's extenuating circumstances). A later kind is a
 * new entry here, its rule id and, when the chart decides it, its events.
 */
export const APPROVAL_KINDS = ['TRACK_CHANGE', 'EXTENSION', 'SUPPORTIVE_SERVICE', 'OBLIGATION_WAIVER'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** Where a request stands: PENDING until one decision (append-only) settles it. */
export const APPROVAL_STATUSES = ['PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN', 'LAPSED'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/**
 * A decision: a supervisor approves or denies; the requester may withdraw; a chart request
 * (TRK-1, TL-2) lapses, undecided, when the case's own event ends what it asked about (lapsedBy).
 */
export const APPROVAL_OUTCOMES = ['APPROVED', 'DENIED', 'WITHDRAWN', 'LAPSED'] as const;
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

/** What a person decides (decisionRefusal): LAPSED is never chosen, the chart's event records it. */
export type DecisionOutcome = Exclude<ApprovalOutcome, 'LAPSED'>;

/** The chart events a kind is requested and decided by (TRK-1, TL-2); the other kinds have none. */
export const CHART_APPROVALS = {
  TRACK_CHANGE: { ruleId: 'TRK-1', opens: 'REQUEST_TRACK_CHANGE', decides: 'DECIDE_TRACK_CHANGE', mutation: 'decideTrackChange' },
  EXTENSION: { ruleId: 'TL-2', opens: 'SUBMIT_STAFFING_FORM', decides: 'DECIDE_EXTENSION', mutation: 'decideExtension' },
} as const satisfies Partial<Record<ApprovalKind, { ruleId: string; opens: CaseEventType; decides: CaseEventType; mutation: string }>>;
export type ChartApprovalKind = keyof typeof CHART_APPROVALS;

export const isChartApproval = (kind: ApprovalKind): kind is ChartApprovalKind => kind in CHART_APPROVALS;

/**
 * The requests an event ends undecided (they LAPSE), given the case's phase after it:
 * - TRK-1, TL-2: CLOSE_TA leaves the open case, and with it the track consultation and the
 *   extension staffing (the chart leaves them by no other event than their decision), so a request
 *   neither waits in the queue for a decision the chart can no longer take, nor stands in for the
 *   next episode's request (whose requester it would not name, so that requester could decide their own);
 * - every kind when the case is CLOSED (TA and Post-TA over): no service is authorized and no
 *   obligation is waived on a closed case, so nothing of it waits for a supervisor.
 *
 * @example
 * lapsedBy('CLOSE_TA', 'EXIT') // ['TRACK_CHANGE', 'EXTENSION']
 * lapsedBy('CLOSE_WORK_ACTIVITY_RECORD', 'CLOSED') // every kind
 * lapsedBy('CHANGE_CASE_MANAGER', 'PARTICIPATING') // []
 */
export function lapsedBy(type: CaseEventType, phaseAfter: string): ApprovalKind[] {
  if (phaseAfter === 'CLOSED') return [...APPROVAL_KINDS];
  return type === 'CLOSE_TA' ? ['TRACK_CHANGE', 'EXTENSION'] : [];
}

/** The kind a chart event opens or decides, if any. */
export function chartApprovalOf(type: CaseEventType): { kind: ChartApprovalKind; step: 'opens' | 'decides' } | null {
  for (const [kind, spec] of Object.entries(CHART_APPROVALS) as Array<[ChartApprovalKind, (typeof CHART_APPROVALS)[ChartApprovalKind]]>) {
    if (spec.opens === type) return { kind, step: 'opens' };
    if (spec.decides === type) return { kind, step: 'decides' };
  }
  return null;
}

/** A request as the chain of superseded requests reads it (TL-2: a staffing form submitted again). */
export interface ChainedRequest {
  kind: ApprovalKind; status: ApprovalStatus; requestedBy: string; historyVersion: number | null;
  decision: { outcome: ApprovalOutcome; historyVersion: number | null } | null;
}

/**
 * TRK-1, TL-2: everyone who asked for the decision `request` carries: its requester, and the
 * requesters of the requests it superseded (each LAPSED by the very event that opened the next, so
 * its lapse's history version is the next one's). None of them decides it: a supervisor who
 * submitted the form is still its author after a case manager submits it again.
 *
 * @example
 * requestersOf({ kind: 'EXTENSION', requestedBy: 'cm', historyVersion: 9, ... }, [{ kind: 'EXTENSION', requestedBy: 'sup-1', decision: { outcome: 'LAPSED', historyVersion: 9 }, ... }]) // ['cm', 'sup-1']
 */
export function requestersOf(request: ChainedRequest, requests: readonly ChainedRequest[]): string[] {
  const out = [request.requestedBy];
  let head = request;
  for (let steps = 0; steps < requests.length && head.historyVersion !== null; steps++) {
    const at = head.historyVersion;
    const kind = head.kind;
    const prev = requests.find((r) => r !== head && r.kind === kind && r.decision?.outcome === 'LAPSED' && r.decision.historyVersion === at);
    if (!prev) break;
    out.push(prev.requestedBy);
    head = prev;
  }
  return [...new Set(out)];
}

/**
 * TRK-1, TL-2: the chart's decide events that are `userId`'s own pending requests (requestersOf):
 * Case.actions shows them refused to that user, as decisionRefusal refuses the decision (notRequester).
 *
 * @example
 * decideEventsOfOwnRequests([{ kind: 'TRACK_CHANGE', status: 'PENDING', requestedBy: 'sup-1', historyVersion: 4, decision: null }], 'sup-1') // Set { 'DECIDE_TRACK_CHANGE' }
 */
export function decideEventsOfOwnRequests(requests: readonly ChainedRequest[], userId: string): Set<CaseEventType> {
  const own = requests.filter((r) => r.status === 'PENDING' && requestersOf(r, requests).includes(userId));
  return new Set(own.flatMap((r) => (isChartApproval(r.kind) ? [CHART_APPROVALS[r.kind].decides] : [])));
}

/**
 * What "one pending request per action and case" compares: the case's own decision (TRK-1, TL-2)
 * has no subject beyond the case; a supportive service is its own action, a waiver is one per
 * obligation key.
 *
 * @example
 * subjectKeyOf('SUPPORTIVE_SERVICE', { supportiveServiceId: 'b1f1…' }) // 'b1f1…'
 * subjectKeyOf('TRACK_CHANGE', {}) // ''
 */
export function subjectKeyOf(kind: ApprovalKind, subject: { supportiveServiceId?: string | null; obligationKey?: string | null }): string {
  if (kind === 'SUPPORTIVE_SERVICE') return subject.supportiveServiceId ?? '';
  if (kind === 'OBLIGATION_WAIVER') return subject.obligationKey ?? '';
  return '';
}

/** Who decides, as the rule sees them: the office's access decided by AccessPolicy beforehand. */
export interface Decider { id: string; role: string }

/** A refusal of a decision: FORBIDDEN for who decides, BAD_USER_INPUT for what is decided. */
export interface DecisionRefusal { code: 'FORBIDDEN' | 'BAD_USER_INPUT'; message: string; constraint: string }

/**
 * Whether `decider` may record `outcome` on the request (TRK-1, TL-2, SS-2): only a PENDING
 * request is decided, once; a SUPERVISOR approves or denies, and never a request of their own
 * (the approver is never the requester; the database's approval_decision_approver_check says the
 * same; nor the requester of a request it superseded: `askedBy`, requestersOf), nor a supportive
 * service they drafted (SS-2: `draftedBy`, even when a case manager asked for the approval; trigger
 * approval_decision_not_drafter); only the requester withdraws, and a chart decision (TRK-1, TL-2)
 * is not withdrawn (the chart has no such event: the supervisor denies it); and a decision is never
 * dated `at` an instant before the request (the database's approval_request_decided_after_request_check).
 *
 * @example
 * decisionRefusal({ status: 'PENDING', requestedBy: 'cm', kind: 'SUPPORTIVE_SERVICE' }, { id: 'cm', role: 'SUPERVISOR' }, 'APPROVED')
 * // { code: 'FORBIDDEN', constraint: 'notRequester', ... }
 */
export function decisionRefusal(
  request: { status: ApprovalStatus; requestedBy: string; kind: ApprovalKind; draftedBy?: string | null; askedBy?: readonly string[]; requestedAt?: Date },
  decider: Decider, outcome: DecisionOutcome, at?: Date,
): DecisionRefusal | null {
  if (outcome === 'WITHDRAWN') {
    if (decider.id !== request.requestedBy) return { code: 'FORBIDDEN', message: 'Only the staff member who asked may withdraw a request', constraint: 'isRequester' };
    if (isChartApproval(request.kind)) {
      return { code: 'BAD_USER_INPUT', message: `A ${request.kind} request is settled by the supervisor's decision (${CHART_APPROVALS[request.kind].mutation}), not withdrawn`, constraint: 'withdrawable' };
    }
  } else {
    if (decider.role !== 'SUPERVISOR') return { code: 'FORBIDDEN', message: 'Only a SUPERVISOR approves or denies a request', constraint: 'isSupervisor' };
    if (decider.id === request.requestedBy || request.askedBy?.includes(decider.id)) {
      return { code: 'FORBIDDEN', message: 'The approver is never the requester: another supervisor of the office decides this request', constraint: 'notRequester' };
    }
    if (request.draftedBy != null && decider.id === request.draftedBy) {
      return { code: 'FORBIDDEN', message: 'The approver never decides a supportive service they drafted (SS-2): another supervisor of the office decides this request', constraint: 'notDrafter' };
    }
  }
  if (request.status !== 'PENDING') return { code: 'BAD_USER_INPUT', message: `The request is already ${request.status}; a decision is never changed`, constraint: 'isPending' };
  if (at && request.requestedAt && at.getTime() < request.requestedAt.getTime()) {
    return { code: 'BAD_USER_INPUT', message: `A decision is never dated before its request (${request.requestedAt.toISOString()})`, constraint: 'notBeforeRequest' };
  }
  return null;
}

/**
 * How long a request has waited, in Alaska business days (AS 01.10.080 counting: the day of the
 * request excluded): to today while PENDING, to the day of its decision once decided.
 *
 * @example
 * ageInBusinessDays('2026-11-25', null, '2026-11-30', calendar) // 2: Thanksgiving and the weekend skipped
 */
export function ageInBusinessDays(requestedOn: PlainDate, decidedOn: PlainDate | null, today: PlainDate, calendar: AlaskaCalendar): number {
  return calendar.businessDaysBetween(requestedOn, decidedOn ?? today);
}

/** The rule id a kind answers to; a waiver answers to the rule of the obligation waived (e.g. EA-2). */
export function ruleIdOf(kind: ApprovalKind, waivedRuleId?: string | null): string {
  if (isChartApproval(kind)) return CHART_APPROVALS[kind].ruleId;
  if (kind === 'SUPPORTIVE_SERVICE') return 'SS-2';
  return waivedRuleId ?? '';
}
