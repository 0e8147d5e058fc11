import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../dates';
import type { CaseEntity } from '../entities';
import { badInput, badInputs, notFound, type InvalidInput } from '../errors';
import { openRequest, type ApprovalEvidence } from '../approvals/approval-open';
import { ruleIdOf, subjectKeyOf } from '../approvals/approval-rules';
import type { ApprovalRow } from '../repositories/approval.repository';
import { SupportiveServiceRepository, type SupportiveServiceRow } from '../repositories/supportive-service.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import { approvalReasons, authorizationViolations, caseOpenViolation, draftViolations, type SupportiveServiceDraft } from './supportive-service-rules';

export type DraftSupportiveServiceRequest = { caseId: string } & Omit<SupportiveServiceDraft, 'nonTypical'> & { nonTypical?: boolean | null };
export type RequestSupportiveServiceApprovalRequest = { supportiveServiceId: string; reason: string } & ApprovalEvidence;
export interface AuthorizeSupportiveServiceRequest { supportiveServiceId: string; clientNoteId: string }

function refuse(what: string, violations: readonly InvalidInput[]): void {
  if (violations.length > 0) throw badInputs(`Invalid ${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/**
 * Supportive services (SS-1..3): the CM drafts one (type, amount in cents, vendor, dates,
 * justification); one over $1,500 or non-typical gets a supervisor's approval first (SS-2, an
 * approval request); the authorization names the same-day justification CLNO (SS-1). Child care
 * (SS-3) stays the case's child care authorization record: a CHILD_CARE service is authorized
 * only while that record says child care is authorized.
 */
export class SupportiveServiceService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  draft(user: CurrentUser, request: DraftSupportiveServiceRequest): Promise<SupportiveServiceRow> {
    AccessPolicy.assertMay(user, 'manageSupportiveServices');
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const draft: SupportiveServiceDraft = {
        type: request.type, nonTypical: request.nonTypical ?? request.type === 'OTHER', amountCents: request.amountCents, vendor: request.vendor.trim(),
        serviceFrom: request.serviceFrom, serviceTo: request.serviceTo, justification: request.justification.trim(),
      };
      const violations = draftViolations(draft, { referralDate: kase.referralDate, today: alaskaDateOf(this.clock.now()) });
      const closed = caseOpenViolation(kase.phase);
      refuse('supportive service', closed ? [...violations, closed] : violations);
      return new SupportiveServiceRepository(manager).add({ caseId: kase.id, ...draft, requestedBy: user.id, requestedAt: this.clock.now() });
    });
  }

  /** SS-2: the CM asks a supervisor to approve a service over $1,500 or non-typical. */
  requestApproval(user: CurrentUser, request: RequestSupportiveServiceApprovalRequest): Promise<ApprovalRow> {
    AccessPolicy.assertMay(user, 'requestApproval');
    return this.onService(request.supportiveServiceId, user, async (manager, service, kase) => {
      if (service.authorization) throw badInput('The supportive service is already authorized', 'supportiveServiceId', 'notYetAuthorized');
      refuse('approval request', [caseOpenViolation(kase.phase)].filter((v) => v !== null));
      if (approvalReasons(service).length === 0) {
        throw badInput('A typical service of $1,500 or less needs no supervisor approval (SS-2): authorize it', 'supportiveServiceId', 'approvalRequired');
      }
      return openRequest(manager, user, kase, {
        kind: 'SUPPORTIVE_SERVICE', ruleId: ruleIdOf('SUPPORTIVE_SERVICE'), subjectKey: subjectKeyOf('SUPPORTIVE_SERVICE', { supportiveServiceId: service.id }),
        supportiveServiceId: service.id, reason: request.reason,
      }, request, this.clock.now());
    });
  }

  /** SS-1, SS-2, SS-3: authorize, naming the same-day justification CLNO; refused without the approval a service needs. */
  authorize(user: CurrentUser, request: AuthorizeSupportiveServiceRequest): Promise<SupportiveServiceRow> {
    AccessPolicy.assertMay(user, 'manageSupportiveServices');
    assertRecordId('Client note', request.clientNoteId);
    return this.onService(request.supportiveServiceId, user, async (manager, service, kase) => {
      const services = new SupportiveServiceRepository(manager);
      const today = alaskaDateOf(this.clock.now());
      const closed = caseOpenViolation(kase.phase);
      refuse('authorization', [...(closed ? [closed] : []), ...authorizationViolations({
        service, alreadyAuthorized: service.authorization !== null, approval: service.latestApproval?.status ?? null,
        approvalDecidedAt: service.latestApproval?.decidedAt ?? null,
        note: await services.justificationNote(request.clientNoteId), noteJustifies: await services.justifiedBy(kase.id, request.clientNoteId),
        childCareAuthorized: kase.childCareAuthorized, today,
      })]);
      return services.authorize({
        supportiveServiceId: service.id, caseId: kase.id, clientNoteId: request.clientNoteId,
        approvalRequestId: service.latestApproval?.status === 'APPROVED' ? service.latestApproval.id : null,
        authorizedOn: today, authorizedBy: user.id, authorizedAt: this.clock.now(),
      });
    });
  }

  async byId(id: string): Promise<SupportiveServiceRow | null> {
    return (await new SupportiveServiceRepository(this.dataSource.manager).byIds([id]))[0] ?? null;
  }

  byIds(ids: readonly string[]): Promise<SupportiveServiceRow[]> {
    return new SupportiveServiceRepository(this.dataSource.manager).byIds(ids);
  }

  ofCases(caseIds: readonly string[]): Promise<SupportiveServiceRow[]> {
    return new SupportiveServiceRepository(this.dataSource.manager).ofCases(caseIds);
  }

  /** A write on one service: read, then its case locked and checked (office, caseload), in one transaction. */
  private onService<T>(id: string, user: CurrentUser, work: (manager: EntityManager, service: SupportiveServiceRow, kase: CaseEntity) => Promise<T>): Promise<T> {
    assertRecordId('Supportive service', id);
    return writeTransaction(this.dataSource, async (manager) => {
      const found = (await new SupportiveServiceRepository(manager).byIds([id]))[0];
      if (!found) throw notFound('Supportive service', id);
      const kase = await lockCaseForWrite(manager, user, found.caseId);
      // Read again under the case's lock: a racing authorization or request is seen.
      const service = (await new SupportiveServiceRepository(manager).byIds([id]))[0];
      return work(manager, service, kase);
    });
  }
}
