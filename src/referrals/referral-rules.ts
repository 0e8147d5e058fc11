import type { PlainDate } from '../dates';
import type { RecordViolation } from '../assessment/assessment-rules';

/** What came of a referral to an agency, as recorded at a follow-up (EA-3). */
export const REFERRAL_OUTCOME_STATUSES = ['CONNECTED', 'PENDING', 'DECLINED', 'NOT_ELIGIBLE', 'UNABLE_TO_CONTACT', 'COMPLETED'] as const;
export type ReferralOutcomeStatus = (typeof REFERRAL_OUTCOME_STATUSES)[number];

export interface AgencyReferralFacts { referredOn: PlainDate; followUpOn: PlainDate; agency: string; reason: string }

/**
 * EA-3: a referral to an agency carries its follow-up date: referred on or after the case's
 * referral, not in the future; the follow-up after the referral (it is a plan, so it may be ahead).
 */
export function agencyReferralViolations(r: AgencyReferralFacts, timeline: { referralDate: PlainDate; today: PlainDate }): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (r.referredOn < timeline.referralDate) {
    out.push({ field: 'referredOn', constraint: 'notBeforeReferral', message: `referredOn must be on or after the case's referral (${timeline.referralDate})` });
  }
  if (r.referredOn > timeline.today) out.push({ field: 'referredOn', constraint: 'notInFuture', message: `referredOn cannot be after today (${timeline.today})` });
  if (r.followUpOn <= r.referredOn) out.push({ field: 'followUpOn', constraint: 'afterReferredOn', message: 'followUpOn must be after referredOn (EA-3)' });
  if (r.agency.trim() === '') out.push({ field: 'agency', constraint: 'isNotEmpty', message: 'The agency referred to is named' });
  if (r.reason.trim() === '') out.push({ field: 'reason', constraint: 'isNotEmpty', message: 'The reason for the referral is given' });
  return out;
}

/** An outcome is recorded on or after the referral, not in the future. */
export function referralOutcomeViolations(referral: { referredOn: PlainDate }, outcomeOn: PlainDate, outcome: string, today: PlainDate): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (outcomeOn < referral.referredOn) out.push({ field: 'outcomeOn', constraint: 'notBeforeReferredOn', message: `outcomeOn must be on or after referredOn (${referral.referredOn})` });
  if (outcomeOn > today) out.push({ field: 'outcomeOn', constraint: 'notInFuture', message: `outcomeOn cannot be after today (${today})` });
  if (outcome.trim() === '') out.push({ field: 'outcome', constraint: 'isNotEmpty', message: 'The outcome is described' });
  return out;
}

/**
 * EA-5: a follow-up of an activity assignment: on or after the assignment's start, not in the
 * future; the next follow-up (a plan) after it.
 */
export function assignmentFollowUpViolations(
  assignment: { startDate: PlainDate }, f: { followedUpOn: PlainDate; nextFollowUpOn: PlainDate | null; summary: string }, today: PlainDate,
): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (f.followedUpOn < assignment.startDate) {
    out.push({ field: 'followedUpOn', constraint: 'notBeforeStart', message: `followedUpOn must be on or after the assignment's start (${assignment.startDate})` });
  }
  if (f.followedUpOn > today) out.push({ field: 'followedUpOn', constraint: 'notInFuture', message: `followedUpOn cannot be after today (${today})` });
  if (f.nextFollowUpOn !== null && f.nextFollowUpOn <= f.followedUpOn) {
    out.push({ field: 'nextFollowUpOn', constraint: 'afterFollowedUpOn', message: 'nextFollowUpOn must be after followedUpOn' });
  }
  if (f.summary.trim() === '') out.push({ field: 'summary', constraint: 'isNotEmpty', message: 'The follow-up is summarized' });
  return out;
}
