import { addDays, lastDayOf, monthOf, type Month } from '../dates';
import { actsOf, byAct } from './case-facts';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/**
 * The calendar month in which the case used its 58th month: the RECORD_ASSISTANCE_MONTH that took
 * the count there, or the referral month when the client arrived with 58 or more.
 */
function month58(facts: CaseFacts): Month {
  const recorded = actsOf(facts, 'RECORD_ASSISTANCE_MONTH');
  const atReferral = facts.context.monthsUsed - recorded.length;
  if (atReferral >= 58) return monthOf(facts.context.referralDate);
  const act = recorded[58 - atReferral - 1];
  if (!act) return monthOf(facts.context.referralDate); // history and context disagree: count from referral
  const month = act.payload.month;
  return typeof month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : monthOf(act.on);
}

/**
 * TL-1: the extension review staffing is held at month 58, so it must be scheduled in that month:
 * due the last day of the month the 58th month was used (a fixed date, so a missed month shows as
 * OVERDUE instead of sliding forward every month). Met by SCHEDULE_EXTENSION_STAFFING.
 */
export function extensionStaffingScheduled(facts: CaseFacts): ObligationDraft[] {
  if (facts.context.monthsUsed < 58) return [];
  const scheduled = actsOf(facts, 'SCHEDULE_EXTENSION_STAFFING')[0];
  return [{
    key: 'TL-1',
    ruleId: 'TL-1',
    description: 'Schedule the month-58 extension review staffing',
    dueDate: lastDayOf(month58(facts)),
    met: scheduled ? byAct(scheduled) : null,
  }];
}

/**
 * TL-2: the staffing form reaches the supervisor at least 7 days before the staffing: due 7
 * calendar days before it, never moved later (the chart's guard checks the same date). Rescheduling
 * clears the form, so only a form submitted after the latest scheduling counts, and only on time.
 */
export function staffingFormSubmitted(facts: CaseFacts): ObligationDraft[] {
  const extension = facts.context.extension;
  if (!extension) return [];
  const dueDate = addDays(extension.staffingOn, -7);
  const scheduling = actsOf(facts, 'SCHEDULE_EXTENSION_STAFFING').at(-1);
  const form = actsOf(facts, 'SUBMIT_STAFFING_FORM').find((a) => (!scheduling || a.version > scheduling.version) && a.on <= dueDate);
  return [{
    key: `TL-2:${extension.staffingOn}`,
    ruleId: 'TL-2',
    description: `Submit the extension staffing form to the supervisor (staffing on ${extension.staffingOn})`,
    dueDate,
    met: form ? byAct(form) : null,
  }];
}
