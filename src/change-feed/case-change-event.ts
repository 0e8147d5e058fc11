import type { CaseEntity } from '../entities';
import type { CaseEvent } from '../machines/case-lifecycle.types';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { penaltyPosition } from '../machines/penalty-stages';
import type { NewChangeEvent } from '../repositories/change-event.repository';
import { caseEventTopics } from './change-topics';

/** The case as the event left it: what the feed's row names. */
export type ChangedCase = Pick<CaseEntity, 'id' | 'officeId' | 'caseManagerId' | 'version' | 'state' | 'phase' | 'snapshot'>;

/**
 * The feed's row for a case transition: the case, its new version, the event and the rule it
 * answers, the states before and after, the penalty's stage on a penalty event (PEN-5). Never a
 * name, a date of birth, a note or a reason's text: partners fetch details through the API.
 *
 * @example
 * caseChangeEvent(updated, { type: 'IMPOSE_PENALTY', noticeOn: '2026-11-09', at }, 'open.compliance.penaltyRequested', 'MGT-5')
 * // { topics: ['CASE_TRANSITION', 'PENALTY'], event: 'IMPOSE_PENALTY', caseVersion: 12, ruleId: 'MGT-5',
 * //   payload: { stateBefore: '…', stateAfter: '…', phase: 'PARTICIPATING', penalty: { stage: 1, percentage: 40, ... } }, ... }
 */
export function caseChangeEvent(kase: ChangedCase, event: CaseEvent, stateBefore: string, ruleId: string | null): NewChangeEvent {
  const topics = caseEventTopics(event);
  const penalty = (kase.snapshot as StoredCaseSnapshot).context.penalty;
  return {
    occurredAt: new Date(event.at), officeId: kase.officeId, caseId: kase.id, caseManagerId: kase.caseManagerId, caseVersion: kase.version,
    topics, event: event.type, ruleId, subjectType: 'Case', subjectId: kase.id,
    payload: {
      stateBefore, stateAfter: kase.state, phase: kase.phase,
      ...(topics.includes('PENALTY') && penalty ? { penalty: penaltyPosition(penalty) } : {}),
    },
  };
}

/**
 * A new case (a referral; a re-referral is the chart's REFER_AGAIN): CASE_TRANSITION, version 1, so a
 * partner learns of a case before its first event.
 *
 * @example
 * referralChangeEvent(kase, new Date('2026-11-02T18:00:00Z')) // { event: 'REFERRED', caseVersion: 1, topics: ['CASE_TRANSITION'], ... }
 */
export function referralChangeEvent(kase: ChangedCase, at: Date): NewChangeEvent {
  return {
    occurredAt: at, officeId: kase.officeId, caseId: kase.id, caseManagerId: kase.caseManagerId, caseVersion: kase.version,
    topics: ['CASE_TRANSITION'], event: 'REFERRED', ruleId: null, subjectType: 'Case', subjectId: kase.id,
    payload: { stateBefore: null, stateAfter: kase.state, phase: kase.phase },
  };
}

/**
 * MGT-4: the feed's row for a complaint resolution (WSTA hears of every one): the complaint, its
 * case, the event and its status after; not the summary (the client's words stay in the API).
 *
 * @example
 * complaintResolutionEvent({ id: 'c-1', officeId, caseId, caseManagerId }, 'RESOLVE', 'RESOLVED', 4, at)
 * // { topics: ['COMPLAINT_RESOLUTION'], event: 'RESOLVE', subjectType: 'Complaint', subjectId: 'c-1', ruleId: 'MGT-4', ... }
 */
export function complaintResolutionEvent(
  complaint: { id: string; officeId: string; caseId: string; caseManagerId: string }, event: string, statusAfter: string, version: number, at: Date,
): NewChangeEvent {
  return {
    occurredAt: at, officeId: complaint.officeId, caseId: complaint.caseId, caseManagerId: complaint.caseManagerId, caseVersion: null,
    topics: ['COMPLAINT_RESOLUTION'], event, ruleId: 'MGT-4', subjectType: 'Complaint', subjectId: complaint.id,
    payload: { status: statusAfter, complaintVersion: version },
  };
}
