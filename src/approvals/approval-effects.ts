import type { EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { CaseEntity } from '../entities';
import { AppError, badInput, forbidden } from '../errors';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { ApprovalRepository, type ApprovalRow } from '../repositories/approval.repository';
import type { TransitionEffect } from '../services/case-transition.service';
import { CHART_APPROVALS, chartApprovalOf, decisionRefusal, lapsedBy, requestersOf, type ApprovalKind, type DecisionOutcome } from './approval-rules';

/** A request as a decision on it is checked: who drafted its service (SS-2), who asked it in the requests it superseded (TL-2). */
export type DecisionSubject = ApprovalRow & { draftedBy?: string | null; askedBy?: readonly string[] };

/** A request read at one version and changed since: VERSION_CONFLICT with both versions. */
export const approvalVersionConflict = (id: string, currentVersion: number, expectedVersion: number) =>
  new AppError('VERSION_CONFLICT', `Approval request ${id} changed: it is at version ${currentVersion}, you expected ${expectedVersion}. Reload and retry.`, {
    id, currentVersion, expectedVersion,
  });

/** The pure rule's refusal of a decision, thrown: FORBIDDEN for who decides, BAD_USER_INPUT for what. */
export function refuseDecision(request: DecisionSubject, user: CurrentUser, outcome: DecisionOutcome, at?: Date): void {
  const refused = decisionRefusal(request, user, outcome, at);
  if (refused) throw refused.code === 'FORBIDDEN' ? forbidden(refused.message) : badInput(refused.message, 'id', refused.constraint);
}

/**
 * Records a decision on a request in the caller's transaction: the pure rule first (never the
 * requester; one decision, on a PENDING request), then the decision row and the request settled.
 */
export async function settleRequest(
  approvals: ApprovalRepository, request: DecisionSubject, user: CurrentUser, outcome: DecisionOutcome, reason: string, at: Date,
  historyVersion: number | null = null,
): Promise<void> {
  refuseDecision(request, user, outcome, at);
  if (!(await approvals.settle(request, { outcome, reason, decidedBy: user.id, decidedAt: at, historyVersion }))) {
    const current = await approvals.byId(request.id);
    throw approvalVersionConflict(request.id, current?.version ?? request.version, request.version);
  }
}

/** What a TL-2 request says: the staffing and the form's submission, from the chart's context. */
function extensionReason(kase: CaseEntity): string {
  const extension = (kase.snapshot as StoredCaseSnapshot).context.extension;
  return `Extension staffing on ${extension?.staffingOn ?? 'the scheduled day'}: the staffing form was submitted to the supervisor on ${extension?.formSubmittedOn ?? 'its day'} (TL-2)`;
}

/** TRK-1, TL-2: a chart request with everyone who asked it (requestersOf: the requests it superseded), read in one statement. */
export async function withRequesters(approvals: ApprovalRepository, request: ApprovalRow): Promise<DecisionSubject> {
  return { ...request, askedBy: requestersOf(request, await approvals.ofCases([request.caseId])) };
}

/**
 * The requests of `kinds` still PENDING when an event ends them (lapsedBy: CLOSE_TA, the case
 * closed; a form submitted again) are settled LAPSED by that event, naming its actor and history
 * version, in its transaction.
 */
async function lapsePending(approvals: ApprovalRepository, kase: CaseEntity, kinds: readonly ApprovalKind[], user: CurrentUser, reason: string, at: Date): Promise<void> {
  for (const request of await approvals.pendingOfKinds(kase.id, kinds)) {
    // Never dated before the request (a clock behind the one that recorded it): the lapse is the event's, at the request's instant at the earliest.
    const decidedAt = at.getTime() < request.requestedAt.getTime() ? request.requestedAt : at;
    if (!(await approvals.settle(request, { outcome: 'LAPSED', reason, decidedBy: user.id, decidedAt, historyVersion: kase.version }))) {
      throw approvalVersionConflict(request.id, (await approvals.byId(request.id))?.version ?? request.version, request.version);
    }
  }
}

/**
 * The chart's TRK-1 and TL-2 events as approvals, in the event's transaction (issue 13 item 1):
 * - REQUEST_TRACK_CHANGE opens a TRACK_CHANGE request (who asked, the track, the reason);
 * - SUBMIT_STAFFING_FORM opens an EXTENSION request; a form submitted again supersedes the
 *   pending one (LAPSED) with a new request naming the new form, so a decision taken on the
 *   request as it was seen is refused (isPending) instead of approving criteria never seen;
 * - DECIDE_TRACK_CHANGE / DECIDE_EXTENSION record the decision on the pending request, and are
 *   refused (FORBIDDEN, nothing written) when the decider is the requester;
 * - CLOSE_TA lapses the pending ones (lapsedBy): the chart will never decide them; the case
 *   closing (phase CLOSED) lapses every pending request of it, supportive services and waivers too.
 * A case whose request predates the approval model and was not backfilled has no pending request:
 * its decision is the chart's alone.
 */
export const approvalEffects: TransitionEffect = async (manager: EntityManager, { event, kase, user }) => {
  const lapsing = lapsedBy(event.type, kase.phase);
  if (lapsing.length) {
    const reason = event.type === 'CLOSE_TA' ? `TA closed on ${event.closedOn} before it was decided` : `The case closed (${event.type}) before it was decided`;
    await lapsePending(new ApprovalRepository(manager), kase, lapsing, user, reason, new Date(event.at));
    return;
  }
  const chart = chartApprovalOf(event.type);
  if (!chart) return;
  const approvals = new ApprovalRepository(manager);
  const pending = await approvals.pendingFor(kase.id, chart.kind, '');
  const at = new Date(event.at);
  if (chart.step === 'opens') {
    // A form submitted again is a new request: the supervisor decides on what is now on file, never on a request read before it changed.
    if (pending) await lapsePending(approvals, kase, [chart.kind], user, `Superseded: ${event.type} again (case history version ${kase.version}), a new request carries it`, at);
    await approvals.open({
      caseId: kase.id, officeId: kase.officeId, kind: chart.kind, ruleId: CHART_APPROVALS[chart.kind].ruleId, subjectKey: '',
      supportiveServiceId: null, obligationKey: null, waiverReasonCode: null,
      toTrack: event.type === 'REQUEST_TRACK_CHANGE' ? event.toTrack : null, historyVersion: kase.version,
      reason: event.type === 'REQUEST_TRACK_CHANGE' ? event.reason : extensionReason(kase),
      evidence: event.type === 'SUBMIT_STAFFING_FORM' ? `The extension staffing form (case history version ${kase.version})` : null,
      evidenceClientNoteId: null, evidenceCaseNoteId: null, requestedBy: user.id, requestedAt: at,
    });
    return;
  }
  if (!pending || (event.type !== 'DECIDE_TRACK_CHANGE' && event.type !== 'DECIDE_EXTENSION')) return;
  await settleRequest(approvals, await withRequesters(approvals, pending), user, event.approved ? 'APPROVED' : 'DENIED', event.reason, at, kase.version);
};
