import type { CaseEvent } from './case-lifecycle.types';
import { addDays } from '../dates';

type Step = Omit<CaseEvent, 'at'> & { dayOffset: number };

/**
 * A typical Work First case from referral to the end of Post-TA, as day offsets from referral.
 * Used to spread demo data over the chart's states and by the benchmark; tests drive their own.
 */
export function sampleLifecycle(referralDate: string): Step[] {
  const d = (n: number) => addDays(referralDate, n);
  return [
    { type: 'RECORD_CONTACT_ATTEMPT', on: d(1), method: 'PHONE', outcome: 'NOT_REACHED', dayOffset: 1 },
    { type: 'RECORD_CONTACT_ATTEMPT', on: d(2), method: 'PHONE', outcome: 'REACHED', dayOffset: 2 },
    { type: 'SCHEDULE_EA', appointmentAt: `${d(5)}T18:00:00.000Z`, dayOffset: 2 },
    { type: 'COMPLETE_EA', completedOn: d(5), dayOffset: 5 },
    { type: 'RECORD_EA_NOTE', enteredOn: d(6), dayOffset: 6 },
    { type: 'DRAFT_FSSP', draftedOn: d(8), lastStepReviewDate: d(98), dayOffset: 8 },
    { type: 'SIGN_FSSP', signedOn: d(9), dayOffset: 9 },
    { type: 'REVIEW_FSSP', reviewedOn: d(38), dayOffset: 38 },
    { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: d(40), dayOffset: 41 },
    { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'No good cause found at the interview', dayOffset: 44 },
    { type: 'REQUEST_PENALTY', dayOffset: 44 },
    { type: 'IMPOSE_PENALTY', noticeOn: d(50), dayOffset: 50 },
    { type: 'CURE_PENALTY', intentToComplyOn: d(70), compliedOn: d(72), dayOffset: 73 },
    { type: 'REVIEW_FSSP', reviewedOn: d(70), dayOffset: 74 },
    { type: 'CLOSE_TA', closedOn: d(120), withWork: true, dayOffset: 120 },
    { type: 'RECORD_EXIT_SUMMARY', enteredOn: d(125), dayOffset: 125 },
    { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: d(150), dayOffset: 150 },
    { type: 'RECORD_POST_TA_CONTACT', contactedOn: d(160), dayOffset: 160 },
  ] as Step[];
}
