import type { CaseContext, CaseEvent } from './case-lifecycle.types';
import { addDays, addMonths, alaskaDateOf } from '../dates';
import { nextStageBeginsOn } from './penalty-stages';

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

  /** PEN-2: failing to submit a timesheet is not a failure to participate. */
  penaltyMayBeRequested: ({ context }) =>
    context.penalty?.kind === 'MISSING_TIMESHEET'
      ? 'a missing timesheet alone cannot lead to a penalty (PEN-2)'
      : null,

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

  /** TL-2: the staffing form reaches the supervisor at least one week before the staffing. */
  staffingFormOnTime: ({ context }) => {
    const ext = context.extension;
    if (!ext?.formSubmittedOn) return 'the staffing form has not been submitted (TL-2)';
    return ext.formSubmittedOn <= addDays(ext.staffingOn, -7)
      ? null
      : 'the staffing form reached the supervisor less than 7 days before the staffing (TL-2)';
  },

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

/** The same checks as XState guards (true = passes). */
export const caseGuards = Object.fromEntries(
  Object.entries(caseChecks).map(([name, check]) => [name, (args: Parameters<Check>[0]) => check(args) === null]),
) as { [K in CaseGuardName]: (args: Parameters<Check>[0]) => boolean };
