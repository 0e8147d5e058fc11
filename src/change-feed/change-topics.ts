import type { StaffRole } from '../entities/staff.entity';
import type { CaseEvent, CaseEventType } from '../machines/case-lifecycle.types';

/** What a partner filters the feed (and its webhooks) by. */
export const CHANGE_TOPICS = ['CASE_TRANSITION', 'EXEMPTION', 'PENALTY', 'CLOSURE', 'JOB_START', 'COMPLAINT_RESOLUTION'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

const EXEMPTION_EVENTS: readonly CaseEventType[] = ['START_EXEMPTION', 'END_EXEMPTION'];
const PENALTY_EVENTS: readonly CaseEventType[] = ['REQUEST_PENALTY', 'IMPOSE_PENALTY', 'ESCALATE_PENALTY', 'CURE_PENALTY', 'REMOVE_PENALTY_FOR_GOOD_CAUSE'];
const CLOSURE_EVENTS: readonly CaseEventType[] = ['CLOSE_TA', 'COMPLETE_POST_TA'];

/**
 * The topics of a case transition: every transition is CASE_TRANSITION; exemptions (EXM-1),
 * penalties with their stage (MGT-5, PEN-5), closures and a closure with work (a job start) also
 * carry their own topic, so a partner subscribes to what it acts on.
 *
 * @example
 * caseEventTopics({ type: 'CLOSE_TA', closedOn: '2027-02-28', withWork: true, at }) // ['CASE_TRANSITION', 'CLOSURE', 'JOB_START']
 * caseEventTopics({ type: 'REVIEW_FSSP', reviewedOn: '2026-11-10', at }) // ['CASE_TRANSITION']
 */
export function caseEventTopics(event: CaseEvent): ChangeTopic[] {
  const topics: ChangeTopic[] = ['CASE_TRANSITION'];
  if (EXEMPTION_EVENTS.includes(event.type)) topics.push('EXEMPTION');
  if (PENALTY_EVENTS.includes(event.type)) topics.push('PENALTY');
  if (CLOSURE_EVENTS.includes(event.type)) topics.push('CLOSURE');
  if (event.type === 'CLOSE_TA' && event.withWork) topics.push('JOB_START');
  return topics;
}

/**
 * Which topics a role reads in the feed (on top of the office scope, which AccessPolicy applies):
 * an integration partner reads case facts, not complaints (the client's own words, ROI-1); the
 * provider's supervisors and managers and WSTA (which hears of every resolution, MGT-4) read all.
 *
 * @example
 * readableTopics('PARTNER') // ['CASE_TRANSITION', 'EXEMPTION', 'PENALTY', 'CLOSURE', 'JOB_START']
 */
export function readableTopics(role: StaffRole): ChangeTopic[] {
  if (role === 'PARTNER') return CHANGE_TOPICS.filter((t) => t !== 'COMPLAINT_RESOLUTION');
  if (role === 'SUPERVISOR' || role === 'MANAGER' || role === 'WSTA') return [...CHANGE_TOPICS];
  return [];
}
