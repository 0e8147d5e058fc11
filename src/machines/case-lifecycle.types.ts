import type { IsoDate } from '../calendar/alaska-calendar';

export type Track = 'WORK_FIRST' | 'FAMILIES_FIRST';
export type ContactMethod = 'PHONE' | 'IN_PERSON' | 'LETTER' | 'EMAIL' | 'HOME_VISIT' | 'TEXT';
export type ContactOutcome = 'REACHED' | 'NOT_REACHED';
/** What the client failed to do (AS 47.27.085); MISSING_TIMESHEET alone never leads to a penalty (PEN-2). */
export type NonComplianceKind = 'FSSP' | 'WORK_ACTIVITY' | 'CHILD_SUPPORT' | 'NOT_ENGAGED' | 'MISSING_TIMESHEET';
/** Exemption reasons from AS 47.27.035 / 7 AAC 45.260 (DOMAIN.md "Work requirement and exemptions"). */
export type ExemptionReason =
  | 'CARETAKER_CHILD_UNDER_12_MONTHS'
  | 'HOME_CARE_DISABLED_CHILD'
  | 'HOME_CARE_DISABLED_RELATIVE'
  | 'MEDICAL_INABILITY'
  | 'UNREASONABLE_HARDSHIP'
  | 'CHILD_UNDER_6_NO_CHILD_CARE';

export interface ContactAttempt { on: IsoDate; method: ContactMethod; outcome: ContactOutcome }

export interface PenaltyRecord {
  kind: NonComplianceKind;
  occurredOn: IsoDate;
  /** The Alaska date the server recorded the report: documentation must come after it (PEN-1). */
  reportedOn: IsoDate;
  goodCause: boolean | null;
  goodCauseReason: string | null;
  stage: 0 | 1 | 2 | 3;
  imposedOn: IsoDate | null;
  /** The Penalty Resolution home visit that allows the next stage (PEN-4); cleared on escalation. */
  homeVisitOn: IsoDate | null;
  /** The Alaska date the server recorded that visit: its CANO must come after it (PEN-4). */
  homeVisitRecordedOn: IsoDate | null;
  endedOn: IsoDate | null;
  endReason: 'CURED' | 'GOOD_CAUSE' | 'TA_CLOSED' | null;
}

/** Everything the chart remembers about one case. Plain JSON: it is stored in work_case.snapshot. */
export interface CaseContext {
  track: Track;
  caseManagerId: string;
  referralDate: IsoDate;
  /** Start of the 30-day EA/FSSP/EPI clock: referral, case manager change or track change (ENG-3). */
  engagementClockStart: IsoDate;
  monthsUsed: number;
  /** Months (YYYY-MM) counted through this system, each once (TL-1); kept across re-referrals. */
  assistanceMonths: string[];
  contactAttempts: ContactAttempt[];
  /** Emergencies the client disclosed, each to be seen within 48 hours (ENG-6); `at` is when staff heard of it. */
  emergencies: Array<{ disclosedAt: string; description: string }>;
  j016: { issuedOn: IsoDate; eaAppointmentAt: string } | null;
  ea: { scheduledAt: string | null; completedOn: IsoDate | null; noteOn: IsoDate | null };
  fssp: {
    draftedOn: IsoDate | null;
    mailedOn: IsoDate | null;
    dueBackOn: IsoDate | null;
    signedOn: IsoDate | null;
    lastStepReviewDate: IsoDate | null;
    lastReviewedOn: IsoDate | null;
    lastUpdatedOn: IsoDate | null;
  };
  consultation: { toTrack: Track; requestedOn: IsoDate; decision: 'APPROVED' | 'DENIED' | null; decidedOn: IsoDate | null } | null;
  penalty: PenaltyRecord | null;
  penaltyHistory: PenaltyRecord[];
  exemption: { reason: ExemptionReason; startedOn: IsoDate; endedOn: IsoDate | null } | null;
  extension: { staffingOn: IsoDate; formSubmittedOn: IsoDate | null; decision: 'APPROVED' | 'DENIED' | null } | null;
  exit: { closedOn: IsoDate; withWork: boolean; summaryOn: IsoDate | null; recordClosedOn: IsoDate | null } | null;
  postTa: { startedOn: IsoDate; contacts: IsoDate[]; completedOn: IsoDate | null } | null;
  referrals: number;
}

export interface CaseInput {
  track: Track;
  caseManagerId: string;
  referralDate: IsoDate;
  monthsUsed: number;
}

/** Every event carries `at`: the instant the server accepted it (time arrives on events, never from a clock inside). */
interface At { at: string }
export type CaseEvent =
  | ({ type: 'RECORD_CONTACT_ATTEMPT'; on: IsoDate; method: ContactMethod; outcome: ContactOutcome } & At)
  | ({ type: 'ISSUE_J016'; eaAppointmentAt: string } & At)
  | ({ type: 'DISCLOSE_EMERGENCY'; description: string } & At)
  | ({ type: 'SCHEDULE_EA'; appointmentAt: string } & At)
  | ({ type: 'COMPLETE_EA'; completedOn: IsoDate } & At)
  | ({ type: 'RECORD_EA_NOTE'; enteredOn: IsoDate } & At)
  | ({ type: 'DRAFT_FSSP'; draftedOn: IsoDate; lastStepReviewDate: IsoDate } & At)
  | ({ type: 'MAIL_FSSP'; mailedOn: IsoDate; dueBackOn: IsoDate } & At)
  | ({ type: 'SIGN_FSSP'; signedOn: IsoDate } & At)
  | ({ type: 'REVIEW_FSSP'; reviewedOn: IsoDate } & At)
  | ({ type: 'UPDATE_FSSP'; updatedOn: IsoDate; lastStepReviewDate: IsoDate } & At)
  | ({ type: 'EXPIRE_FSSP' } & At)
  | ({ type: 'REQUEST_TRACK_CHANGE'; toTrack: Track; reason: string } & At)
  | ({ type: 'DECIDE_TRACK_CHANGE'; approved: boolean; reason: string } & At)
  | ({ type: 'REPORT_NON_COMPLIANCE'; kind: NonComplianceKind; occurredOn: IsoDate } & At)
  | ({ type: 'DETERMINE_GOOD_CAUSE'; goodCause: boolean; reason: string } & At)
  | ({ type: 'REQUEST_PENALTY' } & At)
  | ({ type: 'IMPOSE_PENALTY'; effectiveOn: IsoDate } & At)
  | ({ type: 'RECORD_PENALTY_HOME_VISIT'; visitedOn: IsoDate; childSafetyDetermined: boolean } & At)
  | ({ type: 'ESCALATE_PENALTY' } & At)
  | ({ type: 'CURE_PENALTY'; intentToComplyOn: IsoDate | null; compliedOn: IsoDate | null } & At)
  | ({ type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE'; goodCauseBeganOn: IsoDate; reason: string } & At)
  | ({ type: 'START_EXEMPTION'; reason: ExemptionReason; startedOn: IsoDate } & At)
  | ({ type: 'END_EXEMPTION'; endedOn: IsoDate } & At)
  | ({ type: 'RECORD_ASSISTANCE_MONTH'; month: string } & At)
  | ({ type: 'SCHEDULE_EXTENSION_STAFFING'; staffingOn: IsoDate } & At)
  | ({ type: 'SUBMIT_STAFFING_FORM'; submittedOn: IsoDate } & At)
  | ({ type: 'DECIDE_EXTENSION'; approved: boolean; reason: string } & At)
  | ({ type: 'CHANGE_CASE_MANAGER'; caseManagerId: string } & At)
  | ({ type: 'CLOSE_TA'; closedOn: IsoDate; withWork: boolean } & At)
  | ({ type: 'RECORD_EXIT_SUMMARY'; enteredOn: IsoDate } & At)
  | ({ type: 'CLOSE_WORK_ACTIVITY_RECORD'; closedOn: IsoDate } & At)
  | ({ type: 'RECORD_POST_TA_CONTACT'; contactedOn: IsoDate } & At)
  | ({ type: 'COMPLETE_POST_TA' } & At)
  | ({ type: 'REFER_AGAIN'; referralDate: IsoDate; track: Track; caseManagerId: string; monthsUsed: number } & At);

export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
