import type { EntityManager } from 'typeorm';
import { caseChangeEvent, referralChangeEvent, type ChangedCase } from '../change-feed/case-change-event';
import { alaskaDateOf } from '../dates';
import { CASE_EVENTS } from '../machines/case-event-catalog';
import type { CaseEvent } from '../machines/case-lifecycle.types';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { penaltyPosition } from '../machines/penalty-stages';
import { ChangeEventRepository } from '../repositories/change-event.repository';
import { EligibilityNoticeRepository } from '../repositories/eligibility-notice.repository';

/**
 * What a case event tells partners, in the event's own transaction, so neither is ever missed nor
 * sent for a change that rolled back: the change feed's row (issue 14) and, when a rule says
 * Eligibility must learn of it (EXM-1, MGT-5), the Eligibility notice. One path for every writer:
 * the transition service and the demo data.
 *
 * @example
 * await publishCaseChange(manager, updated, { type: 'START_EXEMPTION', ..., at }, 'open.exemption.notExempt, ...')
 */
export async function publishCaseChange(manager: EntityManager, kase: ChangedCase, event: CaseEvent, stateBefore: string): Promise<void> {
  const rule = CASE_EVENTS[event.type].notifiesEligibility ?? null;
  await new ChangeEventRepository(manager).append(caseChangeEvent(kase, event, stateBefore, rule));
  if (!rule) return;
  const { type, at, ...payload } = event;
  await new EligibilityNoticeRepository(manager).add({
    caseId: kase.id, officeId: kase.officeId, caseVersion: kase.version, event: type, ruleId: rule,
    payload: noticePayload(type, payload, (kase.snapshot as StoredCaseSnapshot).context), createdAt: new Date(at), dueOn: alaskaDateOf(at),
  });
}

/**
 * MGT-5: a penalty notice tells Eligibility the stage and reduction it puts in force (an escalation's
 * event carries no payload of its own), with the notice and finding dates (PEN-5, AS 47.27.085).
 */
function noticePayload(type: CaseEvent['type'], payload: Record<string, unknown>, ctx: StoredCaseSnapshot['context']): Record<string, unknown> {
  if (type !== 'IMPOSE_PENALTY' && type !== 'ESCALATE_PENALTY') return payload;
  return ctx.penalty ? { ...payload, penalty: penaltyPosition(ctx.penalty) } : payload;
}

/** A new case on the change feed, in the referral's transaction (the referral service and the demo data). */
export async function publishReferral(manager: EntityManager, kase: ChangedCase, at: Date): Promise<void> {
  await new ChangeEventRepository(manager).append(referralChangeEvent(kase, at));
}
