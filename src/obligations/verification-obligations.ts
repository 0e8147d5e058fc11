import { addMonthsToMonth, lastDayOf, minMonth, monthOf, monthRange, type Month, type PlainDate } from '../dates';
import { firstOf, notesOf } from './case-facts';
import { joinMetBy, metByText } from './met-by';
import type { CaseFacts, ChildCareChange, Evidence, ObligationDraft } from './obligation.types';

/**
 * WV-1 (and NOTE-2): every month of participation is verified (hours entered, next month
 * initialized, the standardized CLNO) by close of business on the 20th of the following month,
 * even when the client did not participate. Closed 20ths run to the next business day
 * (AS 01.10.080). Only a MONTHLY_WORK_VERIFICATION CLNO entered in the following month, on or
 * before that day, meets it: a later note is still a missed deadline. The months verified
 * include the partial first and last months, so the last ones are still due after TA closes.
 * Where the record tracks verifications (the service always does), the month's hours must also be
 * verified (verifyMonth) by then: the CLNO alone does not verify them.
 */
export function monthlyWorkVerification(facts: CaseFacts): ObligationDraft[] {
  const period = facts.participation;
  if (!period) return [];
  const lastDueMonth = monthOf(facts.today);
  const lastVerified = period.end ? minMonth(monthOf(period.end), addMonthsToMonth(lastDueMonth, -1)) : addMonthsToMonth(lastDueMonth, -1);
  const notes = notesOf(facts, 'MONTHLY_WORK_VERIFICATION');
  return monthRange(monthOf(period.start), lastVerified).map((verified: Month) => {
    const dueMonth = addMonthsToMonth(verified, 1);
    const dueDate = facts.calendar.nextBusinessDayOnOrAfter(`${dueMonth}-20`);
    return {
      key: `WV-1:${verified}`,
      ruleId: 'WV-1',
      description: `Verify ${verified} work activities: hours entered, ${dueMonth} initialized, Monthly Work Verification CLNO`,
      dueDate,
      met: verifiedBy(facts, verified, dueDate, firstOf([], notes.filter((n) => monthOf(n.on) === dueMonth && n.on <= dueDate))),
      outlivesClosure: true,
    };
  });
}

/** The CLNO meets WV-1 only together with the month's verification, when the record tracks them. */
function verifiedBy(facts: CaseFacts, month: Month, dueDate: string, note: Evidence | null): Evidence | null {
  if (!note || facts.verifications === null) return note;
  const on = facts.verifications.get(month);
  if (!on || on > dueDate) return null;
  return { by: joinMetBy(note.by, metByText({ kind: 'MONTH_VERIFICATION', month })), on: on > note.on ? on : note.on };
}

/**
 * SS-3: while child care is authorized, its authorization for each month is requested before the
 * 1st, so by the last day of the month before. The request is a supportive service documented in a
 * SUPPORTIVE_SERVICE_JUSTIFICATION CLNO (SS-1), entered in that month before. One per month of
 * participation up to today's month, for the month after it; none for a month after TA closed.
 * A request is due when child care is authorized on its due date, by the record of changes when
 * the record has one: ending child care later does not erase a request that was already due
 * (an overdue SS-3 stays overdue), and months before child care began owe none.
 */
export function childCareRequest(facts: CaseFacts): ObligationDraft[] {
  const period = facts.participation;
  const changes = facts.childCareChanges ?? null;
  if (!period || (changes === null && !facts.childCareAuthorized)) return [];
  const todayMonth = monthOf(facts.today);
  const lastRequestMonth = period.end ? minMonth(addMonthsToMonth(monthOf(period.end), -1), todayMonth) : todayMonth;
  const notes = notesOf(facts, 'SUPPORTIVE_SERVICE_JUSTIFICATION');
  const owed = (requestMonth: Month) => changes === null || childCareAuthorizedOn(changes, lastDayOf(requestMonth));
  return monthRange(monthOf(period.start), lastRequestMonth).filter(owed).map((requestMonth) => {
    const served = addMonthsToMonth(requestMonth, 1);
    return {
      key: `SS-3:${served}`,
      ruleId: 'SS-3',
      description: `Request child care authorization for ${served} before ${served}-01`,
      dueDate: lastDayOf(requestMonth),
      met: firstOf([], notes.filter((n) => monthOf(n.on) === requestMonth)),
    };
  });
}

/**
 * Child care authorized on `date` by the record of changes: the last change effective on or before
 * it holds (of same-day changes, the last recorded); none: not authorized.
 *
 * @example
 * childCareAuthorizedOn([{ effectiveOn: '2026-10-05', authorized: true }, { effectiveOn: '2026-11-20', authorized: false }], '2026-10-31'); // true
 */
export function childCareAuthorizedOn(changes: readonly ChildCareChange[], date: PlainDate): boolean {
  let authorized = false;
  let latest: PlainDate | null = null;
  for (const c of changes) {
    if (c.effectiveOn > date || (latest !== null && c.effectiveOn < latest)) continue;
    latest = c.effectiveOn;
    authorized = c.authorized;
  }
  return authorized;
}
