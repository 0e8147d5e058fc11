import type { EntityManager } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { CaseEntity } from '../entities';
import { AppError, badInput, forbidden } from '../errors';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { ApprovalRepository, type ApprovalRow } from '../repositories/approval.repository';
import type { TransitionEffect } from '../services/case-transition.service';
import { CHART_APPROVALS, chartApprovalOf, decisionRefusal, type ApprovalOutcome } from './approval-rules';

/** A request read at one version and changed since: VERSION_CONFLICT with both versions. */
export const approvalVersionConflict = (id: string, currentVersion: number, expectedVersion: number) =>
  new AppError('VERSION_CONFLICT', `Approval request ${id} changed: it is at version ${currentVersion}, you expected ${expectedVersion}. Reload and retry.`, {
    id, currentVersion, expectedVersion,
  });

/** The pure rule's refusal of a decision, thrown: FORBIDDEN for who decides, BAD_USER_INPUT for what. */
export function refuseDecision(request: ApprovalRow, user: CurrentUser, outcome: ApprovalOutcome): void {
  const refused = decisionRefusal(request, user, outcome);
  if (refused) throw refused.code === 'FORBIDDEN' ? forbidden(refused.message) : badInput(refused.message, 'id', refused.constraint);
}

/**
 * Records a decision on a request in the caller's transaction: the pure rule first (never the
 * requester; one decision, on a PENDING request), then the decision row and the request settled.
 */
export async function settleRequest(
  approvals: ApprovalRepository, request: ApprovalRow, user: CurrentUser, outcome: ApprovalOutcome, reason: string, at: Date, historyVersion: number | null = null,
): Promise<void> {
  refuseDecision(request, user, outcome);
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

/**
 * The chart's TRK-1 and TL-2 events as approvals, in the event's transaction (issue 13 item 1):
 * - REQUEST_TRACK_CHANGE opens a TRACK_CHANGE request (who asked, the track, the reason);
 * - SUBMIT_STAFFING_FORM opens an EXTENSION request (a re-submitted form keeps the pending one,
 *   whose evidence is the latest form on file);
 * - DECIDE_TRACK_CHANGE / DECIDE_EXTENSION record the decision on the pending request, and are
 *   refused (FORBIDDEN, nothing written) when the decider is the requester.
 * A case whose request predates the approval model and was not backfilled has no pending request:
 * its decision is the chart's alone.
 */
export const approvalEffects: TransitionEffect = async (manager: EntityManager, { event, kase, user }) => {
  const chart = chartApprovalOf(event.type);
  if (!chart) return;
  const approvals = new ApprovalRepository(manager);
  const pending = await approvals.pendingFor(kase.id, chart.kind, '');
  const at = new Date(event.at);
  if (chart.step === 'opens') {
    if (pending) return;
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
  await settleRequest(approvals, pending, user, event.approved ? 'APPROVED' : 'DENIED', event.reason, at, kase.version);
};
