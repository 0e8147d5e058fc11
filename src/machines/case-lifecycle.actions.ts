import { assign } from 'xstate';
import type { CaseContext, CaseEvent, CaseEventOf, CaseEventType, CaseInput, FsspVersion, PenaltyRecord } from './case-lifecycle.types';
import { alaskaDateOf, earliest } from '../dates';
import { penaltyEffectiveOn } from './penalty-stages';
import { monthsCountedFor } from './time-limit-clock';

/** The context a new referral starts with. */
export function initialCaseContext(input: CaseInput, referrals = 1): CaseContext {
  return {
    track: input.track,
    caseManagerId: input.caseManagerId,
    referralDate: input.referralDate,
    engagementClockStart: input.referralDate,
    monthsUsed: input.monthsUsed,
    assistanceMonths: [],
    contactAttempts: [],
    emergencies: [],
    j016: null,
    ea: { scheduledAt: null, completedOn: null, noteOn: null },
    fssp: { draftedOn: null, mailedOn: null, dueBackOn: null, signedOn: null, lastStepReviewDate: null, lastReviewedOn: null, lastUpdatedOn: null },
    consultation: null,
    penalty: null,
    penaltyHistory: [],
    exemption: null,
    extension: null,
    exit: null,
    postTa: null,
    referrals,
    ...(input.secondParentPriorMonths && Object.keys(input.secondParentPriorMonths).length > 0
      ? { secondParentPriorMonths: input.secondParentPriorMonths } : {}),
  };
}

/** A context update for one event type; the event is narrowed so each updater reads its own payload. */
const on = <T extends CaseEventType>(_type: T, update: (context: CaseContext, event: CaseEventOf<T>) => Partial<CaseContext>) =>
  assign<CaseContext, CaseEvent, undefined, CaseEvent, never>(({ context, event }) => update(context, event as CaseEventOf<T>));
const update = (fn: (context: CaseContext) => Partial<CaseContext>) =>
  assign<CaseContext, CaseEvent, undefined, CaseEvent, never>(({ context }) => fn(context));

const closePenalty = (context: CaseContext, endedOn: string, endReason: PenaltyRecord['endReason']): Partial<CaseContext> => ({
  penalty: null,
  penaltyHistory: context.penalty ? [...context.penaltyHistory, { ...context.penalty, endedOn, endReason }] : context.penaltyHistory,
});

/**
 * The plan's signed versions so far. A snapshot from before versions were kept starts the list
 * with the plan then on file, so its period is not lost at the first update.
 */
const fsspVersionsOf = (c: CaseContext): FsspVersion[] => c.fsspVersions
  ?? (c.fssp.signedOn ? [{ signedOn: c.fssp.signedOn, lastStepReviewDate: c.fssp.lastStepReviewDate, updatedOn: c.fssp.lastUpdatedOn }] : []);

export const caseActions = {
  recordContactAttempt: on('RECORD_CONTACT_ATTEMPT', (c, e) => ({
    contactAttempts: [...c.contactAttempts, { on: e.on, method: e.method, outcome: e.outcome }],
  })),
  recordEmergency: on('DISCLOSE_EMERGENCY', (c, e) => ({ emergencies: [...(c.emergencies ?? []), { disclosedAt: e.at, description: e.description }] })),
  recordJ016: on('ISSUE_J016', (_c, e) => ({ j016: { issuedOn: alaskaDateOf(e.at), eaAppointmentAt: e.eaAppointmentAt } })),
  scheduleEa: on('SCHEDULE_EA', (c, e) => ({ ea: { ...c.ea, scheduledAt: e.appointmentAt } })),
  completeEa: on('COMPLETE_EA', (c, e) => ({ ea: { ...c.ea, completedOn: e.completedOn } })),
  recordEaNote: on('RECORD_EA_NOTE', (c, e) => ({ ea: { ...c.ea, noteOn: e.enteredOn } })),
  /** The new EA replaces the last one; its CLNO is due as the first one's was (EA-2: a client note of subject EA). */
  completeReassessment: on('COMPLETE_REASSESSMENT', (c, e) => ({ ea: { ...c.ea, completedOn: e.completedOn, noteOn: null } })),
  draftFssp: on('DRAFT_FSSP', (c, e) => ({
    fssp: { ...c.fssp, draftedOn: e.draftedOn, lastStepReviewDate: e.lastStepReviewDate, signedOn: null, mailedOn: null, dueBackOn: null },
  })),
  mailFssp: on('MAIL_FSSP', (c, e) => ({ fssp: { ...c.fssp, mailedOn: e.mailedOn, dueBackOn: e.dueBackOn } })),
  /** FSSP-1 / FSSP-3: each signed version is kept with its period, so a past date is judged under the version then in force. */
  signFssp: on('SIGN_FSSP', (c, e) => ({
    fssp: { ...c.fssp, signedOn: e.signedOn },
    fsspVersions: [...fsspVersionsOf(c), { signedOn: e.signedOn, lastStepReviewDate: c.fssp.lastStepReviewDate }],
  })),
  reviewFssp: on('REVIEW_FSSP', (c, e) => ({ fssp: { ...c.fssp, lastReviewedOn: e.reviewedOn } })),
  updateFssp: on('UPDATE_FSSP', (c, e) => ({
    fssp: { ...c.fssp, lastUpdatedOn: e.updatedOn, lastReviewedOn: e.updatedOn, signedOn: e.updatedOn, lastStepReviewDate: e.lastStepReviewDate },
    fsspVersions: [...fsspVersionsOf(c), { signedOn: e.updatedOn, lastStepReviewDate: e.lastStepReviewDate, updatedOn: e.updatedOn }],
  })),
  requestTrackChange: on('REQUEST_TRACK_CHANGE', (_c, e) => ({
    consultation: { toTrack: e.toTrack, requestedOn: alaskaDateOf(e.at), decision: null, decidedOn: null },
  })),
  /** TRK-1 approval switches the track; ENG-3 restarts the 30-day EA/FSSP/EPI clock. */
  approveTrackChange: on('DECIDE_TRACK_CHANGE', (c, e) => ({
    track: c.consultation!.toTrack,
    engagementClockStart: alaskaDateOf(e.at),
    consultation: { ...c.consultation!, decision: 'APPROVED', decidedOn: alaskaDateOf(e.at) },
  })),
  denyTrackChange: on('DECIDE_TRACK_CHANGE', (c, e) => ({
    consultation: { ...c.consultation!, decision: 'DENIED', decidedOn: alaskaDateOf(e.at) },
  })),
  reportNonCompliance: on('REPORT_NON_COMPLIANCE', (_c, e) => ({
    penalty: {
      kind: e.kind, occurredOn: e.occurredOn, reportedOn: alaskaDateOf(e.at), goodCause: null, goodCauseReason: null, stage: 0,
      imposedOn: null, homeVisitOn: null, homeVisitRecordedOn: null, endedOn: null, endReason: null,
    },
  })),
  /** PEN-1: the good cause result is part of the record either way. */
  recordGoodCause: on('DETERMINE_GOOD_CAUSE', (c, e) =>
    closePenalty({ ...c, penalty: { ...c.penalty!, goodCause: true, goodCauseReason: e.reason } }, alaskaDateOf(e.at), 'GOOD_CAUSE'),
  ),
  recordNoGoodCause: on('DETERMINE_GOOD_CAUSE', (c, e) => ({ penalty: { ...c.penalty!, goodCause: false, goodCauseReason: e.reason } })),
  /** PEN-2: no good cause, but a missing timesheet alone is never penalized; the record keeps the result. */
  closeWithoutPenalty: on('DETERMINE_GOOD_CAUSE', (c, e) =>
    closePenalty({ ...c, penalty: { ...c.penalty!, goodCause: false, goodCauseReason: e.reason } }, alaskaDateOf(e.at), 'NO_PENALTY'),
  ),
  /** NOTE-3: the day of the request, so the CANO asking to end the penalty is not the one that asked to impose it. */
  requestPenalty: on('REQUEST_PENALTY', (c, e) => ({ penalty: { ...c.penalty!, requestedOn: alaskaDateOf(e.at) } })),
  /** PEN-5 / 7 AAC 45.980(d): the finding date follows from the written notice, never from a typed date. */
  imposePenalty: on('IMPOSE_PENALTY', (c, e) => ({ penalty: { ...c.penalty!, stage: 1, noticeOn: e.noticeOn, imposedOn: penaltyEffectiveOn(e.noticeOn) } })),
  // PEN-4: only a visit with its child-safety determination opens the way to the next stage.
  recordHomeVisit: on('RECORD_PENALTY_HOME_VISIT', (c, e) => (e.childSafetyDetermined
    ? { penalty: { ...c.penalty!, homeVisitOn: e.visitedOn, homeVisitRecordedOn: alaskaDateOf(e.at) } }
    : {})),
  /** PEN-4: each further stage needs its own home visit, so the visit is used up here. */
  escalatePenalty: update((context) => ({
    penalty: { ...context.penalty!, stage: Math.min(3, context.penalty!.stage + 1) as PenaltyRecord['stage'], homeVisitOn: null, homeVisitRecordedOn: null },
  })),
  /** PEN-3: the penalty ends on the earlier of intent to comply and actual compliance. */
  curePenalty: on('CURE_PENALTY', (c, e) => closePenalty(c, earliest(e.intentToComplyOn, e.compliedOn)!, 'CURED')),
  /** Good cause found after imposition removes the penalty back to the day good cause began. */
  removePenaltyForGoodCause: on('REMOVE_PENALTY_FOR_GOOD_CAUSE', (c, e) =>
    closePenalty({ ...c, penalty: { ...c.penalty!, goodCause: true, goodCauseReason: e.reason } }, e.goodCauseBeganOn, 'GOOD_CAUSE'),
  ),
  startExemption: on('START_EXEMPTION', (_c, e) => ({ exemption: { reason: e.reason, startedOn: e.startedOn, endedOn: null, recordedOn: alaskaDateOf(e.at) } })),
  endExemption: on('END_EXEMPTION', (c, e) => ({ exemption: { ...c.exemption!, endedOn: e.endedOn, endRecordedOn: alaskaDateOf(e.at) } })),
  /** TL-1: the month counts for the parent it names (the client when none is named). */
  recordAssistanceMonth: on('RECORD_ASSISTANCE_MONTH', (c, e) => (e.householdMemberId
    ? { secondParentMonths: { ...c.secondParentMonths, [e.householdMemberId]: [...monthsCountedFor(c, e.householdMemberId), e.month] } }
    : { monthsUsed: c.monthsUsed + 1, assistanceMonths: [...(c.assistanceMonths ?? []), e.month] })),
  scheduleStaffing: on('SCHEDULE_EXTENSION_STAFFING', (_c, e) => ({ extension: { staffingOn: e.staffingOn, formSubmittedOn: null, decision: null } })),
  submitStaffingForm: on('SUBMIT_STAFFING_FORM', (c, e) => ({ extension: { ...c.extension!, formSubmittedOn: e.submittedOn } })),
  approveExtension: on('DECIDE_EXTENSION', (c, e) => ({ extension: { ...c.extension!, decision: 'APPROVED' as const, criteria: e.criteria ?? [] } })),
  denyExtension: on('DECIDE_EXTENSION', (c, e) => ({ extension: { ...c.extension!, decision: 'DENIED' as const, criteria: e.criteria ?? [] } })),
  /** ENG-3: a new case manager restarts the 30-day EA/FSSP/EPI clock. */
  changeCaseManager: on('CHANGE_CASE_MANAGER', (_c, e) => ({ caseManagerId: e.caseManagerId, engagementClockStart: alaskaDateOf(e.at) })),
  /** A penalty still open when TA closes ends with it and stays on the record (penalty months count for the rate). */
  closeTa: on('CLOSE_TA', (c, e) => ({
    ...closePenalty(c, e.closedOn, 'TA_CLOSED'),
    exit: { closedOn: e.closedOn, withWork: e.withWork, summaryOn: null, recordClosedOn: null },
  })),
  recordExitSummary: on('RECORD_EXIT_SUMMARY', (c, e) => ({ exit: { ...c.exit!, summaryOn: e.enteredOn } })),
  closeWorkActivityRecord: on('CLOSE_WORK_ACTIVITY_RECORD', (c, e) => ({ exit: { ...c.exit!, recordClosedOn: e.closedOn } })),
  startPostTa: update((context) => ({ postTa: { startedOn: context.exit!.closedOn, contacts: [], completedOn: null } })),
  recordPostTaContact: on('RECORD_POST_TA_CONTACT', (c, e) => ({ postTa: { ...c.postTa!, contacts: [...c.postTa!.contacts, e.contactedOn] } })),
  completePostTa: on('COMPLETE_POST_TA', (c, e) => ({ postTa: { ...c.postTa!, completedOn: alaskaDateOf(e.at) } })),
  /**
   * A returning client starts a new referral; the penalty history stays on the record, and months
   * used never go down: the 60 months are a lifetime limit (TL-1).
   */
  referAgain: on('REFER_AGAIN', (c, e) => ({
    ...initialCaseContext({ track: e.track, caseManagerId: e.caseManagerId, referralDate: e.referralDate, monthsUsed: Math.max(c.monthsUsed, e.monthsUsed) }, c.referrals + 1),
    penaltyHistory: c.penaltyHistory,
    assistanceMonths: c.assistanceMonths ?? [],
    ...(c.secondParentMonths ? { secondParentMonths: c.secondParentMonths } : {}),
    ...(c.secondParentPriorMonths ? { secondParentPriorMonths: c.secondParentPriorMonths } : {}),
  })),
};
