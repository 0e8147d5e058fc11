import { addDays, lastDayOf, monthOf, type Month } from '../dates';
import { actsOf, byAct } from './case-facts';
import { familyMonthsUsed } from '../machines/time-limit-clock';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/**
 * The calendar month in which the family's clock reached its nth month (58: the staffing; 60: the
 * limit): the RECORD_ASSISTANCE_MONTH that took either parent there (DOMAIN.md "Time limit": either
 * parent reaching 60), or the referral month when the client arrived with n or more.
 */
function monthOfUse(facts: CaseFacts, nth: number): Month {
  const recorded = actsOf(facts, 'RECORD_ASSISTANCE_MONTH');
  const ofClient = (a: (typeof recorded)[number]) => typeof a.payload.householdMemberId !== 'string';
  const counts = new Map<string | null, number>([[null, facts.context.monthsUsed - recorded.filter(ofClient).length]]);
  if (counts.get(null)! >= nth) return monthOf(facts.context.referralDate);
  for (const act of recorded) {
    const parent = ofClient(act) ? null : (act.payload.householdMemberId as string);
    const count = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, count);
    if (count < nth) continue;
    const month = act.payload.month;
    return typeof month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : monthOf(act.on);
  }
  return monthOf(facts.context.referralDate); // history and context disagree: count from referral
}

/**
 * TL-1: the extension review staffing is held at month 58, so it must be scheduled in that month:
 * due the last day of the month the 58th month was used (a fixed date, so a missed month shows as
 * OVERDUE instead of sliding forward every month). Met by SCHEDULE_EXTENSION_STAFFING.
 */
export function extensionStaffingScheduled(facts: CaseFacts): ObligationDraft[] {
  if (familyMonthsUsed(facts.context) < 58) return [];
  const scheduled = actsOf(facts, 'SCHEDULE_EXTENSION_STAFFING')[0];
  return [{
    key: 'TL-1',
    ruleId: 'TL-1',
    description: 'Schedule the month-58 extension review staffing',
    dueDate: lastDayOf(monthOfUse(facts, 58)),
    met: scheduled ? byAct(scheduled) : null,
  }];
}

/**
 * TL-2: the staffing form reaches the supervisor at least 7 days before the staffing: due 7
 * calendar days before it, never moved later. A late form leaves this obligation unmet, but the
 * supervisor still decides (the chart's staffingFormSubmitted; issue 10). Rescheduling clears the
 * form, so only a form submitted after the latest scheduling counts, and only on time.
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

/**
 * TL-1: 60 months of assistance in a lifetime. Once the 60th month is used, the case is closed or
 * continues under an approved extension: due the last day of the month the 60th month was used
 * (issue 10: nothing closed the case at the end of month 60). Met by CLOSE_TA, or by an approved
 * DECIDE_EXTENSION (before or after month 60).
 */
export function closeOrExtendAtMonth60(facts: CaseFacts): ObligationDraft[] {
  if (familyMonthsUsed(facts.context) < 60) return [];
  const approved = actsOf(facts, 'DECIDE_EXTENSION').find((a) => a.payload.approved === true);
  const closed = actsOf(facts, 'CLOSE_TA')[0];
  const met = approved ?? closed;
  return [{
    key: 'TL-1:month60',
    ruleId: 'TL-1',
    description: 'Month 60 used: close TA or continue under an approved extension',
    dueDate: lastDayOf(monthOfUse(facts, 60)),
    met: met ? byAct(met) : null,
  }];
}

