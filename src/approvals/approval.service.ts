import type { DataSource, EntityManager } from 'typeorm';
import { isUUID } from 'class-validator';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import { alaskaDateOf } from '../dates';
import { ExtensionStaffingFormEntity, type CaseEntity } from '../entities';
import { badInput, notFound } from '../errors';
import type { CaseCommand, CaseTransitionService } from '../services/case-transition.service';
import { waiverReasonApplies, waiverReasonsFor, type WaiverReasonCode } from '../obligations/waiver-reasons';
import { ApprovalRepository, type ApprovalQueueQuery, type ApprovalRow } from '../repositories/approval.repository';
import { ObligationRepository } from '../repositories/obligation.repository';
import { SupportiveServiceRepository } from '../repositories/supportive-service.repository';
import { TrackRecordRepository } from '../repositories/track-record.repository';
import { decodeCursor } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import { approvalVersionConflict, refuseDecision, settleRequest, withRequesters } from './approval-effects';
import { openRequest, type ApprovalEvidence } from './approval-open';
import { ageInBusinessDays, isChartApproval, ruleIdOf, subjectKeyOf, type DecisionOutcome } from './approval-rules';

type Recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>;

export const APPROVAL_CURSOR = 'ApprovalRequest';

export interface DecideApprovalRequest { id: string; decision: 'APPROVE' | 'DENY'; reason: string; expectedVersion?: number | null }
export interface WithdrawApprovalRequest { id: string; reason: string; expectedVersion?: number | null }
export type RequestWaiverRequest = { caseId: string; key: string; reasonCode: WaiverReasonCode; reason: string } & ApprovalEvidence;

/** Why a coded reason cannot waive a rule's obligation (as waiveObligation answers). */
function waiverRefusal(reasonCode: WaiverReasonCode, ruleId: string): string {
  const allowed = waiverReasonsFor(ruleId);
  return allowed.length ? `${reasonCode} does not waive ${ruleId}; it may be waived only for: ${allowed.join(', ')}` : `${ruleId} may never be waived (no coded waiver reason applies to it)`;
}

/**
 * One approval model for every decision a supervisor makes (issue 13 item 1): requests, the
 * supervisors' queue, and decisions. TRK-1 and TL-2 are decided through their chart events
 * (decideTrackChange / decideExtension, or decideApproval, which sends the same event); a
 * supportive service (SS-2) and a waiver are decided here, and a waiver's approval performs it.
 */
export class ApprovalService {
  constructor(
    private readonly dataSource: DataSource, private readonly clock: Clock, private readonly calendar: AlaskaCalendar,
    private readonly transitions: CaseTransitionService, private readonly recompute: Recompute,
  ) {}

  /** A case manager asks a supervisor to waive an obligation; the approval performs the waiver. */
  requestWaiver(user: CurrentUser, request: RequestWaiverRequest): Promise<ApprovalRow> {
    AccessPolicy.assertMay(user, 'requestApproval');
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const ruleId = await this.waivableRule(manager, kase.id, request.key, request.reasonCode, 'key');
      return openRequest(manager, user, kase, {
        kind: 'OBLIGATION_WAIVER', ruleId: ruleIdOf('OBLIGATION_WAIVER', ruleId), subjectKey: subjectKeyOf('OBLIGATION_WAIVER', { obligationKey: request.key }), obligationKey: request.key, waiverReasonCode: request.reasonCode, reason: request.reason,
      }, request, this.clock.now());
    });
  }

  /** A supervisor of the case's office approves or denies; never the requester (TRK-1, TL-2, SS-2). */
  decide(user: CurrentUser, input: DecideApprovalRequest): Promise<ApprovalRow> {
    AccessPolicy.assertMay(user, 'decideApproval', 'Only a SUPERVISOR approves or denies a request');
    const outcome: DecisionOutcome = input.decision === 'APPROVE' ? 'APPROVED' : 'DENIED';
    return this.onRequest(user, input.id, input.expectedVersion, async (manager, asked, kase, approvals) => {
      // SS-2: the service's drafter is no more its approver than the request's requester is.
      const service = asked.supportiveServiceId ? (await new SupportiveServiceRepository(manager).byIds([asked.supportiveServiceId]))[0] : null;
      const request = { ...asked, draftedBy: service?.requestedBy ?? null };
      if (isChartApproval(request.kind)) {
        // The same path as decideTrackChange / decideExtension: the chart's checks, its history row, then approvalEffects.
        refuseDecision(await withRequesters(approvals, request), user, outcome, this.clock.now());
        await this.transitions.applyIn(manager, user, kase.id, await this.chartDecision(manager, request, outcome, input.reason));
        return;
      }
      if (outcome === 'APPROVED' && request.kind === 'OBLIGATION_WAIVER') {
        refuseDecision(request, user, outcome, this.clock.now());
        await this.performWaiver(manager, kase, request, user);
      }
      await settleRequest(approvals, request, user, outcome, input.reason, this.clock.now());
      if (request.kind === 'OBLIGATION_WAIVER' && outcome === 'APPROVED') await this.recompute(manager, kase.id, kase);
    });
  }

  /** The requester withdraws a supportive service or waiver request (a chart request is decided, not withdrawn). */
  withdraw(user: CurrentUser, input: WithdrawApprovalRequest): Promise<ApprovalRow> {
    AccessPolicy.assertMay(user, 'requestApproval');
    return this.onRequest(user, input.id, input.expectedVersion, (_manager, request, _kase, approvals) =>
      settleRequest(approvals, request, user, 'WITHDRAWN', input.reason, this.clock.now()));
  }

  /** The supervisors' queue: office-scoped, oldest first, keyset-paged. */
  async queue(user: CurrentUser, filter: Omit<ApprovalQueueQuery, 'officeId'> & { officeId?: string | null }, first: number, after?: string | null) {
    AccessPolicy.assertMay(user, 'readApprovals');
    const query: ApprovalQueueQuery = { ...filter, officeId: AccessPolicy.officeScope(user, filter.officeId) };
    const cursor = after ? decodeCursor(APPROVAL_CURSOR, after, [isInstant, (v) => typeof v === 'string' && isUUID(v)]) : null;
    const approvals = new ApprovalRepository(this.dataSource.manager);
    const rows = await approvals.queue({ ...query, after: cursor ? { requestedAt: String(cursor[0]), id: String(cursor[1]) } : null, limit: first + 1 });
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, countTotal: () => approvals.countQueue(query) };
  }

  /** Business days the request has waited (to its decision once decided), under the app's clock. */
  ageOf(row: Pick<ApprovalRow, 'requestedAt' | 'decidedAt'>): number {
    return ageInBusinessDays(alaskaDateOf(row.requestedAt), row.decidedAt ? alaskaDateOf(row.decidedAt) : null, alaskaDateOf(this.clock.now()), this.calendar);
  }

  byId(id: string): Promise<ApprovalRow | null> {
    return new ApprovalRepository(this.dataSource.manager).byId(id);
  }

  byIds(ids: readonly string[]): Promise<ApprovalRow[]> {
    return new ApprovalRepository(this.dataSource.manager).byIds(ids);
  }

  ofCases(caseIds: readonly string[]): Promise<ApprovalRow[]> {
    return new ApprovalRepository(this.dataSource.manager).ofCases(caseIds);
  }

  /**
   * A write on one request: read for its case, the case locked and checked, the request read again
   * under the lock (a decision or withdrawal that committed while this one waited is seen: its
   * refusal is isPending or VERSION_CONFLICT, never a second decision row), the version the user
   * saw, the work, the request as it now is.
   */
  private onRequest(
    user: CurrentUser, id: string, expectedVersion: number | null | undefined,
    work: (manager: EntityManager, request: ApprovalRow, kase: CaseEntity, approvals: ApprovalRepository) => Promise<void>,
  ): Promise<ApprovalRow> {
    assertRecordId('Approval request', id);
    return writeTransaction(this.dataSource, async (manager) => {
      const approvals = new ApprovalRepository(manager);
      const found = await approvals.byId(id);
      if (!found) throw notFound('Approval request', id);
      const kase = await lockCaseForWrite(manager, user, found.caseId);
      const request = (await approvals.byId(id))!;
      if (expectedVersion != null && expectedVersion !== request.version) throw approvalVersionConflict(id, request.version, expectedVersion);
      await work(manager, request, kase, approvals);
      return (await approvals.byId(id))!;
    });
  }

  /** TRK-1 / TL-2: the chart event the decision is; an extension is approved on the criteria of the form the supervisor received. */
  private async chartDecision(manager: EntityManager, request: ApprovalRow, outcome: DecisionOutcome, reason: string): Promise<CaseCommand> {
    const approved = outcome === 'APPROVED';
    if (request.kind === 'TRACK_CHANGE') return { type: 'DECIDE_TRACK_CHANGE', approved, reason };
    const [form] = await new TrackRecordRepository(manager).ofCases(ExtensionStaffingFormEntity, [request.caseId], { historyVersion: 'DESC' });
    // The form this request carries (its SUBMIT_STAFFING_FORM), never an earlier one of the case.
    if (approved && (!form || (request.historyVersion !== null && form.historyVersion !== request.historyVersion))) {
      throw badInput('The staffing form this request carries has no content on file (it was submitted with submitExtensionStaffingForm): approve with decideExtension, naming each parent\'s criteria', 'id', 'staffingFormOnFile');
    }
    return { type: 'DECIDE_EXTENSION', approved, reason, criteria: form?.criteria ?? null };
  }

  /** The obligation a waiver settles: it exists, is still open, and the coded reason may waive its rule; answers its rule id. */
  private async waivableRule(manager: EntityManager, caseId: string, key: string, reasonCode: WaiverReasonCode, field: string): Promise<string> {
    const found = await new ObligationRepository(manager).ruleAndResolutionOf(caseId, key);
    if (found === undefined) throw badInput(`Case ${caseId} has no obligation ${key}`, field, 'isObligationKey');
    if (!waiverReasonApplies(reasonCode, found.ruleId)) throw badInput(waiverRefusal(reasonCode, found.ruleId), field === 'key' ? 'reasonCode' : field, 'waiverReasonNotForRule');
    if (found.resolution) throw badInput(`Obligation ${key} is already ${found.resolution}${field === 'key' ? '' : ': deny the request'}`, field, 'isOpen');
    return found.ruleId;
  }

  /** The approved waiver itself, by the approving supervisor, with the coded reason and the requester's words. */
  private async performWaiver(manager: EntityManager, kase: CaseEntity, request: ApprovalRow, user: CurrentUser): Promise<void> {
    await this.waivableRule(manager, kase.id, request.obligationKey!, request.waiverReasonCode!, 'id');
    await new ObligationRepository(manager).addWaiver({
      caseId: kase.id, obligationKey: request.obligationKey!, reasonCode: request.waiverReasonCode!, reason: request.reason, waivedBy: user.id, waivedAt: this.clock.now(),
    });
  }
}

