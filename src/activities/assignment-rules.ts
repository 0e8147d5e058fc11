import type { PlainDate } from '../dates';
import type { ExemptionPeriodFact } from '../exemptions/exemption-rules';
import { isFederalActivity, type FederalActivity } from '../participation';
import { centiHoursOf } from './hours-entry-rules';
import { accept, refuse, violation, type RuleResult, type RuleViolation } from './rule-violation';
import { MAX_SCHEDULED_CENTI_HOURS_PER_WEEK } from './weekly-limit';

/** What an assignment request says about the activity, its schedule and its dates. */
export interface AssignmentRequestFacts {
  activity: string;
  scheduledHoursPerWeek: number;
  startDate: PlainDate;
  endDate?: PlainDate | null;
}

/**
 * The request alone, before any record is read: one of the 12 federal activities (45 CFR 261.30),
 * a schedule in exact centi-hours of at most 40 hours a week (AS 47.27.035), an end not before the
 * start. Answers the schedule in centi-hours.
 *
 * @example
 * validateAssignmentRequest({ activity: 'COMMUNITY_SERVICE', scheduledHoursPerWeek: 40.5, startDate: '2026-11-01' });
 * // refused: scheduledHoursPerWeek / max
 * validateAssignmentRequest({ activity: 'WORK_EXPERIENCE', scheduledHoursPerWeek: 25, startDate: '2026-09-01' });
 * // { ok: true, value: { activity: 'WORK_EXPERIENCE', weeklyCentiHours: 2500 } }
 */
export function validateAssignmentRequest(request: AssignmentRequestFacts): RuleResult<{ activity: FederalActivity; weeklyCentiHours: number }> {
  const { activity } = request;
  if (!isFederalActivity(activity)) return refuse(violation('activity', 'isEnum', `${String(activity)} is not a federal activity type (45 CFR 261.30)`));
  const weekly = centiHoursOf(request.scheduledHoursPerWeek, 'scheduledHoursPerWeek');
  if (!weekly.ok) return weekly;
  if (weekly.value > MAX_SCHEDULED_CENTI_HOURS_PER_WEEK) {
    return refuse(violation('scheduledHoursPerWeek', 'max',
      'scheduledHoursPerWeek must be at most 40: work activity assignments are at most 40 hours a week (AS 47.27.035)'));
  }
  if (request.endDate && request.endDate < request.startDate) return refuse(violation('endDate', 'isOnOrAfter', 'endDate must be on or after startDate'));
  return accept({ activity, weeklyCentiHours: weekly.value });
}

/** Household relationships whose member may carry an assignment: the second parent of a two-parent family. */
const SECOND_PARENT = new Set(['SPOUSE', 'PARTNER']);

/**
 * An assignment for a household member is for the client's spouse or partner (the second parent);
 * `relationship` is null when the member is not of the client's household.
 *
 * @example
 * secondParentViolation('CHILD'); // refused: householdMemberId / isSecondParent
 */
export function secondParentViolation(relationship: string | null): RuleViolation | null {
  if (relationship !== null && SECOND_PARENT.has(relationship)) return null;
  return violation('householdMemberId', 'isSecondParent',
    'householdMemberId must name the client\'s spouse or partner (the second parent of a two-parent family)');
}

/**
 * Ending an assignment only shortens it: a later end would escape the 40-hour check made when it
 * was assigned (AS 47.27.035), so extending means assigning anew. The end is never before the start.
 *
 * @example
 * endAssignmentViolation({ startDate: '2026-11-01', endDate: '2026-11-15' }, '2026-12-31'); // refused: endDate / onlyShortens
 */
export function endAssignmentViolation(assignment: { startDate: PlainDate; endDate: PlainDate | null }, endDate: PlainDate): RuleViolation | null {
  if (endDate < assignment.startDate) return violation('endDate', 'isOnOrAfter', `endDate must be on or after the start date ${assignment.startDate}`);
  if (assignment.endDate && endDate > assignment.endDate) {
    return violation('endDate', 'onlyShortens', `The assignment already ends on ${assignment.endDate}; assign a new activity to extend it`);
  }
  return null;
}

/**
 * Hours already entered for a week after the new end must be corrected first; `laterWeekStart`
 * is the first such week with hours, or null.
 *
 * @example
 * hoursAfterEndViolation('2026-11-02', '2026-11-01'); // refused: endDate / hoursAfterEnd
 */
export function hoursAfterEndViolation(laterWeekStart: PlainDate | null, endDate: PlainDate): RuleViolation | null {
  if (laterWeekStart === null) return null;
  return violation('endDate', 'hoursAfterEnd', `Hours are entered for the week of ${laterWeekStart}, after ${endDate}; correct them first`);
}

/**
 * No hours for the client on a day an exemption is in force (AS 47.27.035: an exempt client has
 * no work requirement); `exemptions` are the case's exemption periods (`endedOn` null: still open).
 * The second parent is not exempted by the client's exemption: the caller asks only for the client.
 *
 * @example
 * exemptAssignmentViolation([{ reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', endedOn: null }], { startDate: '2026-11-16', endDate: null });
 * // refused: startDate / notExempt
 */
export function exemptAssignmentViolation(exemptions: readonly ExemptionPeriodFact[], assignment: { startDate: PlainDate; endDate: PlainDate | null }): RuleViolation | null {
  const overlapping = exemptions.find((e) =>
    (assignment.endDate === null || assignment.endDate >= e.startedOn) && (e.endedOn === null || assignment.startDate <= e.endedOn));
  if (!overlapping) return null;
  const until = overlapping.endedOn ? ` until ${overlapping.endedOn}` : '';
  return violation('startDate', 'notExempt',
    `The client is exempt from work activities (${overlapping.reason}) from ${overlapping.startedOn}${until}; no hours may be assigned in that period (AS 47.27.035)`);
}
