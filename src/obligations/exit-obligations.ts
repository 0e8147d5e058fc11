import { addMonthsToMonth, firstDayOf, lastDayOf, monthOf, monthRange } from '../dates';
import { actsOf, byAct, firstOf, notesOf } from './case-facts';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/**
 * EXIT-1 / EXIT-2: after TA closes, the exit summary (in the month of closure or the month after)
 * and the closing of the work activity record (on the last day of the month after closure) are
 * both due that last day. These outlive the closure by design.
 */
export function exitDuties(facts: CaseFacts): ObligationDraft[] {
  const exit = facts.context.exit;
  if (!exit) return [];
  const closureMonth = monthOf(exit.closedOn);
  const dueDate = lastDayOf(addMonthsToMonth(closureMonth, 1));
  const summaryNotes = notesOf(facts, 'EXIT_SUMMARY').filter((n) => n.on >= firstDayOf(closureMonth));
  const recordClosed = actsOf(facts, 'CLOSE_WORK_ACTIVITY_RECORD')[0];
  return [
    {
      // EXIT-1
      key: `EXIT-1:${exit.closedOn}`,
      ruleId: 'EXIT-1',
      description: `Enter the exit summary for the TA closure of ${exit.closedOn}`,
      dueDate,
      met: firstOf(actsOf(facts, 'RECORD_EXIT_SUMMARY'), summaryNotes),
      outlivesClosure: true,
    },
    {
      // EXIT-2
      key: `EXIT-2:${exit.closedOn}`,
      ruleId: 'EXIT-2',
      description: `Close the work activity record for the TA closure of ${exit.closedOn}`,
      dueDate,
      met: recordClosed ? byAct(recordClosed) : null,
      outlivesClosure: true,
    },
  ];
}

/**
 * EXIT-3: a case that closed with work gets 12 months of Post-TA services: a contact in each of the
 * 12 calendar months after the closure month, due at each month's end. Months after today's month
 * are not created yet.
 */
export function postTaContacts(facts: CaseFacts): ObligationDraft[] {
  const { exit, postTa } = facts.context;
  if (!exit?.withWork || !postTa) return [];
  const first = addMonthsToMonth(monthOf(exit.closedOn), 1);
  const last = addMonthsToMonth(first, 11);
  const contacts = actsOf(facts, 'RECORD_POST_TA_CONTACT');
  return monthRange(first, last < monthOf(facts.today) ? last : monthOf(facts.today)).map((month) => ({
    key: `EXIT-3:${month}`,
    ruleId: 'EXIT-3',
    description: `Post-TA job retention and advancement contact in ${month}`,
    dueDate: lastDayOf(month),
    met: firstOf(contacts.filter((c) => monthOf(c.on) === month), []),
    outlivesClosure: true,
  }));
}
