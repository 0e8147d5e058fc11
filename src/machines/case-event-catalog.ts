import { PERMISSIONS } from '../auth/roles';
import type { StaffRole } from '../entities/staff.entity';
import type { CaseContext, CaseEvent, CaseEventType } from './case-lifecycle.types';
import { alaskaDateOf } from '../dates';
import { parentClocks } from './time-limit-clock';

export interface CaseEventSpec {
  /** The GraphQL mutation that sends this event. */
  mutation: string;
  /** Roles that may send it (on top of the case access rules). */
  roles: readonly StaffRole[];
  /** Eligibility must be told, under this rule: EXM-1 (same day) or MGT-5 (may affect benefits). */
  notifiesEligibility?: 'EXM-1' | 'MGT-5';
  /**
   * Time sends it too: the office's SYSTEM actor applies it once its guard holds (the sweep in
   * src/fssp/fssp-lapse.service.ts), so the chart does not wait for a person to notice.
   */
  sentByTime?: true;
  /** Why it is unavailable when the current state does not handle it at all. */
  notNow: string;
  /**
   * A representative event, used to ask the chart "could this happen now?" for the `actions`
   * list. It passes every payload check a real request must pass, so only state and context decide.
   * (Which dates an event's payload may carry is declared once, in timeline.ts.)
   */
  probe(context: CaseContext, at: string): CaseEvent;
}

// Who may send each event comes from the access policy's one table of permissions.
const STAFF: readonly StaffRole[] = PERMISSIONS.casework;
const SUPERVISOR_ONLY: readonly StaffRole[] = PERMISSIONS.supervisorDecision;

/** The events time sends (CaseEventSpec.sentByTime): FSSP-3's lapse after the last step review date. */
export type TimeEventType = 'EXPIRE_FSSP';

/** Every event of the chart, with the mutation that sends it and who may send it. */
export const CASE_EVENTS: { [T in CaseEventType]: CaseEventSpec } = {
  RECORD_CONTACT_ATTEMPT: {
    mutation: 'recordContactAttempt', roles: STAFF, notNow: 'initial engagement is over',
    probe: (_c, at) => ({ type: 'RECORD_CONTACT_ATTEMPT', on: alaskaDateOf(at), method: 'PHONE', outcome: 'NOT_REACHED', at }),
  },
  ISSUE_J016: {
    mutation: 'issueJ016Notice', roles: STAFF, notNow: 'a J016 is issued only while the client has not been reached',
    probe: (_c, at) => ({ type: 'ISSUE_J016', eaAppointmentAt: at, at }),
  },
  DISCLOSE_EMERGENCY: {
    mutation: 'reportClientEmergency', roles: STAFF, notNow: 'TA is closed',
    probe: (_c, at) => ({ type: 'DISCLOSE_EMERGENCY', description: 'probe', at }),
  },
  SCHEDULE_EA: {
    mutation: 'scheduleEmployabilityAssessment', roles: STAFF, notNow: 'the client has not been reached, or the EA is done',
    probe: (_c, at) => ({ type: 'SCHEDULE_EA', appointmentAt: at, at }),
  },
  COMPLETE_EA: {
    mutation: 'completeEmployabilityAssessment', roles: STAFF, notNow: 'the client has not been reached, or the EA is done',
    probe: (_c, at) => ({ type: 'COMPLETE_EA', completedOn: alaskaDateOf(at), at }),
  },
  COMPLETE_REASSESSMENT: {
    mutation: 'completeReassessment', roles: STAFF, notNow: 'TA is closed',
    probe: (_c, at) => ({ type: 'COMPLETE_REASSESSMENT', completedOn: alaskaDateOf(at), at }),
  },
  RECORD_EA_NOTE: {
    mutation: 'recordEmployabilityAssessmentNote', roles: STAFF, notNow: 'EA not completed',
    probe: (_c, at) => ({ type: 'RECORD_EA_NOTE', enteredOn: alaskaDateOf(at), at }),
  },
  DRAFT_FSSP: {
    mutation: 'draftFssp', roles: STAFF, notNow: 'EA note not entered, or the FSSP is already out for signature',
    probe: (_c, at) => ({ type: 'DRAFT_FSSP', draftedOn: alaskaDateOf(at), lastStepReviewDate: alaskaDateOf(at), at }),
  },
  MAIL_FSSP: {
    mutation: 'mailFsspForSignature', roles: STAFF, notNow: 'no unsigned FSSP draft',
    probe: (_c, at) => ({ type: 'MAIL_FSSP', mailedOn: alaskaDateOf(at), dueBackOn: alaskaDateOf(at), at }),
  },
  SIGN_FSSP: {
    mutation: 'recordFsspSigned', roles: STAFF, notNow: 'no unsigned FSSP draft',
    probe: (_c, at) => ({ type: 'SIGN_FSSP', signedOn: alaskaDateOf(at), at }),
  },
  REVIEW_FSSP: {
    mutation: 'reviewFssp', roles: STAFF, notNow: 'FSSP not signed and current',
    probe: (_c, at) => ({ type: 'REVIEW_FSSP', reviewedOn: alaskaDateOf(at), at }),
  },
  UPDATE_FSSP: {
    mutation: 'updateFssp', roles: STAFF, notNow: 'FSSP not signed yet',
    probe: (_c, at) => ({ type: 'UPDATE_FSSP', updatedOn: alaskaDateOf(at), lastStepReviewDate: alaskaDateOf(at), at }),
  },
  EXPIRE_FSSP: {
    mutation: 'expireFssp', roles: STAFF, sentByTime: true, notNow: 'FSSP not signed and current',
    probe: (_c, at) => ({ type: 'EXPIRE_FSSP', at }),
  },
  REQUEST_TRACK_CHANGE: {
    mutation: 'requestTrackChange', roles: STAFF, notNow: 'FSSP not signed, or a consultation request is pending',
    probe: (c, at) => ({ type: 'REQUEST_TRACK_CHANGE', toTrack: c.track === 'WORK_FIRST' ? 'FAMILIES_FIRST' : 'WORK_FIRST', reason: 'probe', at }),
  },
  DECIDE_TRACK_CHANGE: {
    mutation: 'decideTrackChange', roles: SUPERVISOR_ONLY, notNow: 'no consultation request pending',
    probe: (_c, at) => ({ type: 'DECIDE_TRACK_CHANGE', approved: true, reason: 'probe', at }),
  },
  REPORT_NON_COMPLIANCE: {
    mutation: 'reportNonCompliance', roles: STAFF, notNow: 'FSSP not signed, or a non-compliance is already open',
    // AS 47.27.035: an exempt client is not reported for work activities, but still for child support.
    probe: (c, at) => ({ type: 'REPORT_NON_COMPLIANCE', kind: c.exemption && !c.exemption.endedOn ? 'CHILD_SUPPORT' : 'WORK_ACTIVITY', occurredOn: alaskaDateOf(at), at }),
  },
  DETERMINE_GOOD_CAUSE: {
    mutation: 'determineGoodCause', roles: STAFF, notNow: 'no non-compliance awaiting a good cause determination',
    probe: (_c, at) => ({ type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'probe', at }),
  },
  REQUEST_PENALTY: {
    mutation: 'requestPenalty', roles: STAFF, notNow: 'good cause not yet determined as absent (PEN-1)',
    probe: (_c, at) => ({ type: 'REQUEST_PENALTY', at }),
  },
  IMPOSE_PENALTY: {
    notifiesEligibility: 'MGT-5',
    mutation: 'imposePenalty', roles: STAFF, notNow: 'no penalty requested',
    // PEN-5: notice given today; the effective date follows from it (timeline.ts checks both).
    probe: (_c, at) => ({ type: 'IMPOSE_PENALTY', noticeOn: alaskaDateOf(at), effectiveOn: null, at }),
  },
  RECORD_PENALTY_HOME_VISIT: {
    mutation: 'recordPenaltyResolutionHomeVisit', roles: STAFF, notNow: 'no penalty imposed',
    probe: (_c, at) => ({ type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: alaskaDateOf(at), childSafetyDetermined: true, at }),
  },
  ESCALATE_PENALTY: {
    notifiesEligibility: 'MGT-5',
    mutation: 'escalatePenalty', roles: STAFF, notNow: 'no penalty imposed',
    probe: (_c, at) => ({ type: 'ESCALATE_PENALTY', at }),
  },
  CURE_PENALTY: {
    notifiesEligibility: 'MGT-5',
    mutation: 'curePenalty', roles: STAFF, notNow: 'no penalty requested or imposed',
    probe: (_c, at) => ({ type: 'CURE_PENALTY', intentToComplyOn: alaskaDateOf(at), compliedOn: null, at }),
  },
  REMOVE_PENALTY_FOR_GOOD_CAUSE: {
    notifiesEligibility: 'MGT-5',
    mutation: 'removePenaltyForGoodCause', roles: STAFF, notNow: 'no penalty requested or imposed',
    probe: (_c, at) => ({ type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', goodCauseBeganOn: alaskaDateOf(at), reason: 'probe', at }),
  },
  START_EXEMPTION: {
    notifiesEligibility: 'EXM-1',
    mutation: 'startExemption', roles: STAFF, notNow: 'FSSP not signed, or the client is already exempt',
    probe: (_c, at) => ({ type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: alaskaDateOf(at), at }),
  },
  END_EXEMPTION: {
    notifiesEligibility: 'EXM-1',
    mutation: 'endExemption', roles: STAFF, notNow: 'the client is not exempt',
    probe: (_c, at) => ({ type: 'END_EXEMPTION', endedOn: alaskaDateOf(at), at }),
  },
  RECORD_ASSISTANCE_MONTH: {
    mutation: 'recordAssistanceMonth', roles: STAFF, notNow: 'TA is closed',
    probe: (_c, at) => ({ type: 'RECORD_ASSISTANCE_MONTH', month: alaskaDateOf(at).slice(0, 7), at }),
  },
  SCHEDULE_EXTENSION_STAFFING: {
    mutation: 'scheduleExtensionStaffing', roles: STAFF, notNow: 'FSSP not signed, or the extension is already decided',
    probe: (_c, at) => ({ type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: alaskaDateOf(at), at }),
  },
  SUBMIT_STAFFING_FORM: {
    mutation: 'submitExtensionStaffingForm', roles: STAFF, notNow: 'no extension staffing scheduled',
    probe: (_c, at) => ({ type: 'SUBMIT_STAFFING_FORM', submittedOn: alaskaDateOf(at), at }),
  },
  DECIDE_EXTENSION: {
    notifiesEligibility: 'MGT-5',
    mutation: 'decideExtension', roles: SUPERVISOR_ONLY, notNow: 'no extension staffing scheduled',
    probe: (c, at) => ({
      type: 'DECIDE_EXTENSION', approved: true, reason: 'probe', at,
      criteria: parentClocks(c).map((p) => ({ householdMemberId: p.householdMemberId, criteria: ['MEDICAL_INABILITY_TA10' as const] })),
    }),
  },
  CHANGE_CASE_MANAGER: {
    mutation: 'reassignCaseManager', roles: SUPERVISOR_ONLY, notNow: 'TA is closed',
    probe: (_c, at) => ({ type: 'CHANGE_CASE_MANAGER', caseManagerId: '00000000-0000-0000-0000-000000000000', at }),
  },
  CLOSE_TA: {
    notifiesEligibility: 'MGT-5',
    mutation: 'closeTemporaryAssistance', roles: STAFF, notNow: 'TA is already closed',
    probe: (_c, at) => ({ type: 'CLOSE_TA', closedOn: alaskaDateOf(at), withWork: true, at }),
  },
  RECORD_EXIT_SUMMARY: {
    mutation: 'recordExitSummary', roles: STAFF, notNow: 'TA not closed, or the exit summary is already recorded',
    probe: (_c, at) => ({ type: 'RECORD_EXIT_SUMMARY', enteredOn: alaskaDateOf(at), at }),
  },
  CLOSE_WORK_ACTIVITY_RECORD: {
    mutation: 'closeWorkActivityRecord', roles: STAFF, notNow: 'exit summary not recorded (EXIT-1)',
    probe: (_c, at) => ({ type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: alaskaDateOf(at), at }),
  },
  RECORD_POST_TA_CONTACT: {
    mutation: 'recordPostTaContact', roles: STAFF, notNow: 'the case is not in Post-TA',
    probe: (_c, at) => ({ type: 'RECORD_POST_TA_CONTACT', contactedOn: alaskaDateOf(at), at }),
  },
  COMPLETE_POST_TA: {
    mutation: 'completePostTa', roles: STAFF, notNow: 'the case is not in Post-TA',
    probe: (_c, at) => ({ type: 'COMPLETE_POST_TA', at }),
  },
  REFER_AGAIN: {
    mutation: 'referClientAgain', roles: STAFF, notNow: 'the case is still open',
    probe: (c, at) => ({ type: 'REFER_AGAIN', referralDate: alaskaDateOf(at), track: c.track, caseManagerId: c.caseManagerId, monthsUsed: c.monthsUsed, at }),
  },
};

export const CASE_EVENT_TYPES = Object.keys(CASE_EVENTS) as CaseEventType[];
