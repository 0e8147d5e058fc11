import type { PlainDate } from '../dates';
import { metByText } from './met-by';
import type { AgencyReferralFact, AssignmentFollowUpFact, CaseFacts, Evidence, ObligationDraft } from './obligation.types';

/** Days after an assignment starts that its first timesheet, and so its first follow-up, is due (EA-5). */
const FIRST_FOLLOW_UP_DAYS = { WEEKLY: 7, BIWEEKLY: 14, MONTHLY: 30 } as const;

const earliest = <T>(rows: readonly T[], dateOf: (r: T) => PlainDate): T | undefined =>
  [...rows].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0))[0];

/**
 * EA-3: "referrals to agencies for children and parents carry follow-up dates, and the
 * follow-ups are tracked." Each referral is an obligation due on its follow-up date, met by the
 * first outcome recorded for it (recordReferralOutcome), whatever that outcome is.
 */
export function agencyReferralFollowUps(facts: CaseFacts): ObligationDraft[] {
  return (facts.agencyReferrals ?? []).map((r: AgencyReferralFact) => {
    const first = earliest(r.outcomes, (o) => o.outcomeOn);
    const met: Evidence | null = first ? { by: metByText({ kind: 'RECORD', recordType: 'ReferralOutcome', id: first.id }), on: first.outcomeOn } : null;
    return {
      key: `EA-3:${r.id}`,
      ruleId: 'EA-3',
      description: `Follow up the agency referral of ${r.referredOn} for ${r.householdMemberId ? 'a household member' : 'the client'}: record its outcome`,
      dueDate: r.followUpOn,
      met,
    };
  });
}

/**
 * EA-5: "every assigned activity is monitored, with follow-up on each assignment tracked." The
 * first follow-up is due when the first timesheet is (one timesheet period after the start,
 * moved to a business day); each recorded follow-up that plans the next one (nextFollowUpOn) puts
 * that date on the worklist, met by the next follow-up recorded after it. A follow-up falling
 * after the assignment ended is moot unless it was met.
 */
export function assignmentFollowUps(facts: CaseFacts): ObligationDraft[] {
  return (facts.assignmentFollowUps ?? []).flatMap((a: AssignmentFollowUpFact) => {
    const rows = [...a.followUps].sort((x, y) => (x.followedUpOn < y.followedUpOn ? -1 : x.followedUpOn > y.followedUpOn ? 1 : 0));
    const evidence = (row: AssignmentFollowUpFact['followUps'][number]): Evidence =>
      ({ by: metByText({ kind: 'RECORD', recordType: 'AssignmentFollowUp', id: row.id }), on: row.followedUpOn });
    const drafts: ObligationDraft[] = [{
      key: `EA-5:${a.assignmentId}`,
      ruleId: 'EA-5',
      description: `First follow-up of the work activity assigned from ${a.startDate} (its first timesheet is due)`,
      dueDate: facts.calendar.deadlineAfterCalendarDays(a.startDate, FIRST_FOLLOW_UP_DAYS[a.timesheetFrequency]),
      met: rows[0] ? evidence(rows[0]) : null,
    }];
    rows.forEach((row, i) => {
      if (row.nextFollowUpOn === null) return;
      const next = rows.slice(i + 1).find((r) => r.followedUpOn > row.followedUpOn);
      drafts.push({
        key: `EA-5:${a.assignmentId}:${row.nextFollowUpOn}`,
        ruleId: 'EA-5',
        description: `Follow-up of the work activity assigned from ${a.startDate}, planned at the follow-up of ${row.followedUpOn}`,
        dueDate: row.nextFollowUpOn,
        met: next ? evidence(next) : null,
      });
    });
    return drafts.filter((d) => d.met !== null || a.endDate === null || d.dueDate <= a.endDate);
  });
}
