import type { CaseContext, CaseEvent } from './case-lifecycle.types';
import { addMonths, alaskaDateOf, monthOf } from '../dates';
import { nextStageBeginsOn, penaltyEffectiveOn } from './penalty-stages';
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

  contactReached: ({ event }) =>
    event.type === 'RECORD_CONTACT_ATTEMPT' && event.outcome === 'REACHED' ? null : 'client not reached',

  /** FSSP-3: the plan stays current until its last step review date has passed. */
  fsspPastLastReviewDate: ({ context, event }) =>
    context.fssp.lastStepReviewDate && alaskaDateOf(event.at) > context.fssp.lastStepReviewDate
      ? null
      : `the FSSP is current until its last step review date ${context.fssp.lastStepReviewDate ?? ''} (FSSP-3)`.trim(),

  /** TRK-1: a consultation asks for the other track. */
  otherTrack: ({ context, event }) =>
    event.type === 'REQUEST_TRACK_CHANGE' && event.toTrack === context.track ? `the case is already on ${context.track}` : null,

  trackChangeApproved: ({ event }) => (event.type === 'DECIDE_TRACK_CHANGE' && event.approved ? null : 'denied'),

  goodCauseFound: ({ event }) => (event.type === 'DETERMINE_GOOD_CAUSE' && event.goodCause ? null : 'no good cause'),

  /** AS 47.27.035: an exempt client is not penalized for work activities (exemptNonComplianceReason). */
  notExemptFromWork: ({ context, event }) =>
    event.type === 'REPORT_NON_COMPLIANCE' ? exemptNonComplianceReason(context.exemption, event.kind, event.occurredOn) : null,

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
   * PEN-5 / 7 AAC 45.980(d): the effective (finding) date is computed from the written notice; a
   * typed one is accepted only when it is that date.
   */
  effectiveDateFollowsNotice: ({ event }) => {
    if (event.type !== 'IMPOSE_PENALTY' || !event.effectiveOn) return null;
    const computed = penaltyEffectiveOn(event.noticeOn);
    return event.effectiveOn === computed
      ? null
      : `effectiveOn ${event.effectiveOn} is not the 1st of the first month at least 10 days after the notice of ${event.noticeOn}: ${computed} (PEN-5, 7 AAC 45.980(d))`;
  },

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

  /** TL-1: every month of assistance counts, once, when it has begun; 60 unless an extension was granted. */
  mayCountAssistanceMonth: ({ context, event }) => {
    if (context.monthsUsed >= 60 && context.extension?.decision !== 'APPROVED') return '60-month lifetime limit reached without an extension (TL-1)';
    if (event.type !== 'RECORD_ASSISTANCE_MONTH') return null;
    // Stage 3 is a full family sanction: no assistance from the month it begins (AS 47.27.085).
    const sanctionFrom = fullSanctionBeganOn(context);
    if (sanctionFrom && event.month >= monthOf(sanctionFrom)) return `a full family sanction ended assistance from ${monthOf(sanctionFrom)}; ${event.month} cannot be counted (AS 47.27.085)`;
    if ((context.assistanceMonths ?? []).includes(event.month)) return `${event.month} is already counted (TL-1)`;
    return event.month > alaskaDateOf(event.at).slice(0, 7) ? `${event.month} has not begun` : null;
  },

  /** FSSP-1 / FSSP-3: a review is of a current plan; after its last step review date it must be updated. */
  fsspStillCurrent: ({ context, event }) =>
    context.fssp.lastStepReviewDate && alaskaDateOf(event.at) > context.fssp.lastStepReviewDate
      ? `the FSSP expired after ${context.fssp.lastStepReviewDate}; update it (FSSP-3)`
      : null,

  /** TL-1: the extension review staffing happens at month 58. */
  reachedMonth58: ({ context }) =>
    context.monthsUsed >= 58 ? null : `extension staffing is held at month 58; ${context.monthsUsed} months used (TL-1)`,

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
