import type { CaseContext, CaseEvent } from './case-lifecycle.types';
import { addMonths, alaskaDateOf, monthOf } from '../dates';
import { nextStageBeginsOn } from './penalty-stages';
import { fsspLapsedOn, fsspNonComplianceReason, fsspNotCurrentReason } from './fssp-currency';
import { familyMonthsUsed, monthsCountedFor } from './time-limit-clock';
import { exemptNonComplianceReason } from '../exemptions/exemption-rules';

type Check = (args: { context: CaseContext; event: CaseEvent }) => string | null;

/**
 * Each guard answers with the reason it blocks (or null when it passes), so the chart and the
 * `actions` list a front end shows can never disagree about why a button is disabled.
 */
export const caseChecks = {
  /** ENG-2: a J016 is for a client who could not be reached in person or by phone. */
  canIssueJ016: ({ context }) =>
    context.contactAttempts.some((a) => a.outcome === 'NOT_REACHED' && (a.method === 'PHONE' || a.method === 'IN_PERSON'))
      ? null
      : 'a J016 needs an unsuccessful phone or in-person contact attempt first (ENG-2)',

  /**
   * ENG-3 / EA-1: a new EA is due when a change of case manager or of track restarted the 30-day
   * EA/FSSP/EPI clock after the last EA; before any EA the first one is COMPLETE_EA (assessment phase).
   */
  reassessmentDue: ({ context }) => {
    const last = context.ea.completedOn;
    if (last === null) return 'no EA yet: the first EA is recorded in the assessment phase (EA-1)';
    return context.engagementClockStart > last ? null : `the EA of ${last} is current: a new one follows a change of case manager or track (ENG-3)`;
  },

  contactReached: ({ event }) =>
    event.type === 'RECORD_CONTACT_ATTEMPT' && event.outcome === 'REACHED' ? null : 'client not reached',

  /**
   * FSSP-3: EXPIRE_FSSP records an expiry that has happened by the date (fssp-currency.ts); it
   * decides nothing else, since every currency question is answered from the date.
   */
  fsspPastLastReviewDate: ({ context, event }) =>
    fsspLapsedOn(context, alaskaDateOf(event.at))
      ? null
      : `the FSSP is current until its last step review date ${context.fssp.lastStepReviewDate ?? ''} (FSSP-3)`.trim(),

  /** TRK-1: a consultation asks for the other track. */
  otherTrack: ({ context, event }) =>
    event.type === 'REQUEST_TRACK_CHANGE' && event.toTrack === context.track ? `the case is already on ${context.track}` : null,

  trackChangeApproved: ({ event }) => (event.type === 'DECIDE_TRACK_CHANGE' && event.approved ? null : 'denied'),

  goodCauseFound: ({ event }) => (event.type === 'DETERMINE_GOOD_CAUSE' && event.goodCause ? null : 'no good cause'),

  /**
   * A non-compliance may be reported: not for a work activity of a day the client was exempt
   * (AS 47.27.035), and an FSSP failure only under a plan signed and current on the day it
   * occurred (FSSP-1, FSSP-3; fssp-currency.ts), decided by that date, not by EXPIRE_FSSP.
   */
  mayReportNonCompliance: ({ context, event }) =>
    event.type === 'REPORT_NON_COMPLIANCE'
      ? exemptNonComplianceReason(context.exemption, event.kind, event.occurredOn) ?? fsspNonComplianceReason(context, event.kind, event.occurredOn)
      : null,

  /**
   * FSSP-1 / FSSP-3: an FSSP penalty rests on a plan signed and current on the day of the failure;
   * the check is repeated here for reports recorded before the report guard asked it (issue 10:
   * an FSSP penalty was imposed on a lapsed plan). PEN-5's effective date is a value check
   * (timeline.ts `effectiveDateFollowsNotice`), not a guard.
   */
  penaltyRestsOnCurrentPlan: ({ context }) =>
    context.penalty ? fsspNonComplianceReason(context, context.penalty.kind, context.penalty.occurredOn) : null,

  /** PEN-2: failing to submit a timesheet is not a failure to participate. */
  penaltyMayBeRequested: ({ context }) =>
    context.penalty?.kind === 'MISSING_TIMESHEET'
      ? 'a missing timesheet alone cannot lead to a penalty (PEN-2)'
      : null,

  /**
   * PEN-2: a missing timesheet without good cause still never leads to a penalty, so its report
   * closes with the determination and the case is compliant again (issue 10: it was a dead end).
   */
  cannotLeadToPenalty: ({ context }) =>
    context.penalty?.kind === 'MISSING_TIMESHEET' ? null : 'this non-compliance can lead to a penalty (PEN-2)',

  /**
   * Stage 2 (75%) begins with the 5th month from the finding and stage 3 (full family sanction)
   * after the 8th (AS 47.27.085, 7 AAC 45.980; nextStageBeginsOn); each needs a Penalty Resolution
   * home visit with its child-safety determination first (PEN-4).
   */
  mayEscalatePenalty: ({ context, event }) => {
    const penalty = context.penalty;
    if (!penalty || penalty.stage >= 3) return 'the penalty is already at stage 3';
    const from = penalty.imposedOn && penalty.stage >= 1 ? nextStageBeginsOn(penalty.imposedOn, penalty.stage as 1 | 2) : null;
    if (!from || alaskaDateOf(event.at) < from) return `stage ${penalty.stage + 1} begins on ${from ?? '?'} (7 AAC 45.980)`;
    return penalty.homeVisitOn ? null : 'a Penalty Resolution home visit with its child-safety determination must be recorded first (PEN-4)';
  },

  /**
   * TL-1: every month of assistance counts, once per parent, when it has begun; 60 on the family's
   * clock (either parent's 60, DOMAIN.md "Time limit") unless an extension was granted.
   */
  mayCountAssistanceMonth: ({ context, event }) => {
    const used = familyMonthsUsed(context);
    if (used >= 60 && context.extension?.decision !== 'APPROVED') return `60-month lifetime limit reached without an extension: ${used} months on the family's clock (TL-1)`;
    if (event.type !== 'RECORD_ASSISTANCE_MONTH') return null;
    // Stage 3 is a full family sanction: no assistance from the month it begins (AS 47.27.085).
    const sanctionFrom = fullSanctionBeganOn(context);
    if (sanctionFrom && event.month >= monthOf(sanctionFrom)) return `a full family sanction ended assistance from ${monthOf(sanctionFrom)}; ${event.month} cannot be counted (AS 47.27.085)`;
    if (monthsCountedFor(context, event.householdMemberId).includes(event.month)) return `${event.month} is already counted${event.householdMemberId ? ' for that parent' : ''} (TL-1)`;
    return event.month > alaskaDateOf(event.at).slice(0, 7) ? `${event.month} has not begun` : null;
  },

  /** FSSP-1 / FSSP-3: a review is of a plan current today (fssp-currency.ts); after its last step review date it must be updated. */
  fsspStillCurrent: ({ context, event }) => {
    const reason = fsspNotCurrentReason(context, alaskaDateOf(event.at));
    return reason && `${reason}; update it (FSSP-4)`;
  },

  /** TL-1: the extension review staffing happens at month 58. */
  reachedMonth58: ({ context }) =>
    familyMonthsUsed(context) >= 58 ? null : `extension staffing is held at month 58; ${familyMonthsUsed(context)} months used on the family's clock (TL-1)`,

  /**
   * TL-2: the supervisor decides on the submitted form. A late form is the case manager's missed
   * TL-2 obligation (time-limit-obligations.ts), not a reason to leave the family undecided at
   * month 60 (issue 10: a late form was a dead end).
   */
  staffingFormSubmitted: ({ context }) =>
    context.extension?.formSubmittedOn ? null : 'the staffing form has not been submitted (TL-2)',

  extensionApproved: ({ event }) => (event.type === 'DECIDE_EXTENSION' && event.approved ? null : 'denied'),

  /** EXIT-3: Post-TA services follow only a closure with work. */
  closedWithWork: ({ context }) => (context.exit?.withWork ? null : 'TA closed without work'),

  /** EXIT-3: Post-TA lasts 12 months from TA closure. */
  postTaTwelveMonthsElapsed: ({ context, event }) => {
    const end = context.postTa ? addMonths(context.postTa.startedOn, 12) : null;
    return end && alaskaDateOf(event.at) >= end ? null : `Post-TA services run 12 months, until ${end ?? '?'} (EXIT-3)`;
  },

  differentCaseManager: ({ context, event }) =>
    event.type === 'CHANGE_CASE_MANAGER' && event.caseManagerId === context.caseManagerId
      ? 'that case manager is already assigned'
      : null,
} satisfies Record<string, Check>;

export type CaseGuardName = keyof typeof caseChecks;

/** The first day of the full family sanction (stage 3) of the open penalty, if it has one. */
function fullSanctionBeganOn(context: CaseContext): string | null {
  const p = context.penalty;
  return p?.stage === 3 && p.imposedOn ? nextStageBeginsOn(p.imposedOn, 2) : null;
}

/** The same checks as XState guards (true = passes). */
export const caseGuards = Object.fromEntries(
  Object.entries(caseChecks).map(([name, check]) => [name, (args: Parameters<Check>[0]) => check(args) === null]),
) as { [K in CaseGuardName]: (args: Parameters<Check>[0]) => boolean };
