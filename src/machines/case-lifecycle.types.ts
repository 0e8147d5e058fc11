import type { PlainDate } from '../dates';

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

/** What an extension of the 60-month limit rests on, per parent (7 AAC 45.610; TL-2: TA10, partner input). */
export type ExtensionCriterion =
  | 'MEDICAL_INABILITY_TA10'
  | 'CARE_OF_DISABLED_FAMILY_MEMBER'
  | 'DOMESTIC_VIOLENCE'
  | 'UNREASONABLE_HARDSHIP'
  | 'PARTNER_AGENCY_INPUT';
/** The criteria one parent meets; `householdMemberId` null (or absent) is the client. */
export interface ParentExtensionCriteria { householdMemberId?: string | null; criteria: ExtensionCriterion[] }

/** One signed version of the FSSP: in force from `signedOn` until the next version is signed. */
export interface FsspVersion { signedOn: PlainDate; lastStepReviewDate: PlainDate | null; updatedOn?: PlainDate | null }

export interface ContactAttempt { on: PlainDate; method: ContactMethod; outcome: ContactOutcome }

export interface PenaltyRecord {
  kind: NonComplianceKind;
  occurredOn: PlainDate;
  /** The Alaska date the server recorded the report: documentation must come after it (PEN-1). */
  reportedOn: PlainDate;
  goodCause: boolean | null;
  goodCauseReason: string | null;
  stage: 0 | 1 | 2 | 3;
  /** The Alaska date the server recorded the request to impose: a CANO to end the penalty must come after it (NOTE-3). */
  requestedOn?: PlainDate | null;
  /** The written notice of the penalty (PEN-5); absent on records from before it was kept. */
  noticeOn?: PlainDate | null;
  /** The finding date stages count from: computed from the notice (PEN-5, 7 AAC 45.980(d)), never typed. */
  imposedOn: PlainDate | null;
  /** The Penalty Resolution home visit that allows the next stage (PEN-4); cleared on escalation. */
  homeVisitOn: PlainDate | null;
  /** The Alaska date the server recorded that visit: its CANO must come after it (PEN-4). */
  homeVisitRecordedOn: PlainDate | null;
  endedOn: PlainDate | null;
  /** NO_PENALTY: a report that can never lead to a penalty (a missing timesheet, PEN-2) closed without one. */
  endReason: 'CURED' | 'GOOD_CAUSE' | 'TA_CLOSED' | 'NO_PENALTY' | null;
}

/** Everything the chart remembers about one case. Plain JSON: it is stored in work_case.snapshot. */
export interface CaseContext {
  track: Track;
  caseManagerId: string;
  referralDate: PlainDate;
  /** Start of the 30-day EA/FSSP/EPI clock: referral, case manager change or track change (ENG-3). */
  engagementClockStart: PlainDate;
  monthsUsed: number;
  /** Months (YYYY-MM) counted through this system, each once (TL-1); kept across re-referrals. */
  assistanceMonths: string[];
  /**
   * Two-parent families: the second parent's counted months (YYYY-MM) by household member id; the
   * family's clock is the larger of the parents' (TL-1). Optional: absent on older snapshots.
   */
  secondParentMonths?: Record<string, string[]>;
  /**
   * Months a second parent had already used elsewhere when referred (TL-1: every month used counts),
   * by household member id; added to the months recorded here. Optional: absent on older snapshots.
   */
  secondParentPriorMonths?: Record<string, number>;
  contactAttempts: ContactAttempt[];
  /** Emergencies the client disclosed, each to be seen within 48 hours (ENG-6); `at` is when staff heard of it. */
  emergencies: Array<{ disclosedAt: string; description: string }>;
  j016: { issuedOn: PlainDate; eaAppointmentAt: string } | null;
  ea: { scheduledAt: string | null; completedOn: PlainDate | null; noteOn: PlainDate | null };
  fssp: {
    draftedOn: PlainDate | null;
    mailedOn: PlainDate | null;
    dueBackOn: PlainDate | null;
    signedOn: PlainDate | null;
    lastStepReviewDate: PlainDate | null;
    lastReviewedOn: PlainDate | null;
    lastUpdatedOn: PlainDate | null;
  };
  /**
   * Every signed version of the plan, oldest first (SIGN_FSSP, then each UPDATE_FSSP): a failure is
   * judged under the version in force on its date (FSSP-1, FSSP-3). Optional: absent on older snapshots.
   */
  fsspVersions?: FsspVersion[];
  consultation: { toTrack: Track; requestedOn: PlainDate; decision: 'APPROVED' | 'DENIED' | null; decidedOn: PlainDate | null } | null;
  penalty: PenaltyRecord | null;
  penaltyHistory: PenaltyRecord[];
  /** `recordedOn` / `endRecordedOn`: the Alaska dates the server recorded the start and end, which their CANOs follow (NOTE-3). */
  exemption: { reason: ExemptionReason; startedOn: PlainDate; endedOn: PlainDate | null; recordedOn?: PlainDate | null; endRecordedOn?: PlainDate | null } | null;
  extension: {
    staffingOn: PlainDate;
    formSubmittedOn: PlainDate | null;
    decision: 'APPROVED' | 'DENIED' | null;
    /** The criterion each parent meets, as decided (DOMAIN.md "Time limit"); absent on older snapshots. */
    criteria?: ParentExtensionCriteria[];
  } | null;
  exit: { closedOn: PlainDate; withWork: boolean; summaryOn: PlainDate | null; recordClosedOn: PlainDate | null } | null;
  postTa: { startedOn: PlainDate; contacts: PlainDate[]; completedOn: PlainDate | null } | null;
  referrals: number;
}

export interface CaseInput {
  track: Track;
  caseManagerId: string;
  referralDate: PlainDate;
  monthsUsed: number;
  /** TL-1: a SPOUSE/PARTNER's months used before the referral, by household member id. */
  secondParentPriorMonths?: Record<string, number>;
}

/** Every event carries `at`: the instant the server accepted it (time arrives on events, never from a clock inside). */
interface At { at: string }
export type CaseEvent =
  | ({ type: 'RECORD_CONTACT_ATTEMPT'; on: PlainDate; method: ContactMethod; outcome: ContactOutcome } & At)
  | ({ type: 'ISSUE_J016'; eaAppointmentAt: string } & At)
  | ({ type: 'DISCLOSE_EMERGENCY'; description: string } & At)
  | ({ type: 'SCHEDULE_EA'; appointmentAt: string } & At)
  | ({ type: 'COMPLETE_EA'; completedOn: PlainDate } & At)
  | ({ type: 'RECORD_EA_NOTE'; enteredOn: PlainDate } & At)
  /** ENG-3 / EA-1: a new EA after a change of case manager or track restarted the 30-day clock. */
  | ({ type: 'COMPLETE_REASSESSMENT'; completedOn: PlainDate } & At)
  | ({ type: 'DRAFT_FSSP'; draftedOn: PlainDate; lastStepReviewDate: PlainDate } & At)
  | ({ type: 'MAIL_FSSP'; mailedOn: PlainDate; dueBackOn: PlainDate } & At)
  | ({ type: 'SIGN_FSSP'; signedOn: PlainDate } & At)
  | ({ type: 'REVIEW_FSSP'; reviewedOn: PlainDate } & At)
  | ({ type: 'UPDATE_FSSP'; updatedOn: PlainDate; lastStepReviewDate: PlainDate } & At)
  | ({ type: 'EXPIRE_FSSP' } & At)
  | ({ type: 'REQUEST_TRACK_CHANGE'; toTrack: Track; reason: string } & At)
  | ({ type: 'DECIDE_TRACK_CHANGE'; approved: boolean; reason: string } & At)
  | ({ type: 'REPORT_NON_COMPLIANCE'; kind: NonComplianceKind; occurredOn: PlainDate } & At)
  | ({ type: 'DETERMINE_GOOD_CAUSE'; goodCause: boolean; reason: string } & At)
  | ({ type: 'REQUEST_PENALTY' } & At)
  /** PEN-5: the effective date follows from the notice; a typed `effectiveOn` must agree with it. */
  | ({ type: 'IMPOSE_PENALTY'; noticeOn: PlainDate; effectiveOn?: PlainDate | null } & At)
  | ({ type: 'RECORD_PENALTY_HOME_VISIT'; visitedOn: PlainDate; childSafetyDetermined: boolean; /** The visit record (ENG-8) it was recorded with, when sent by recordVisit. */ visitId?: string } & At)
  | ({ type: 'ESCALATE_PENALTY' } & At)
  | ({ type: 'CURE_PENALTY'; intentToComplyOn: PlainDate | null; compliedOn: PlainDate | null } & At)
  | ({ type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE'; goodCauseBeganOn: PlainDate; reason: string } & At)
  /** `documentedOn`: the date of the TA10 or physician's statement the reason rests on (AS 47.27.035). */
  | ({ type: 'START_EXEMPTION'; reason: ExemptionReason; startedOn: PlainDate; documentedOn?: PlainDate | null } & At)
  | ({ type: 'END_EXEMPTION'; endedOn: PlainDate } & At)
  /** `householdMemberId`: the second parent (SPOUSE/PARTNER) the month counts for; absent: the client (TL-1). */
  | ({ type: 'RECORD_ASSISTANCE_MONTH'; month: string; householdMemberId?: string | null } & At)
  | ({ type: 'SCHEDULE_EXTENSION_STAFFING'; staffingOn: PlainDate } & At)
  | ({ type: 'SUBMIT_STAFFING_FORM'; submittedOn: PlainDate } & At)
  | ({ type: 'DECIDE_EXTENSION'; approved: boolean; reason: string; criteria?: ParentExtensionCriteria[] | null } & At)
  | ({ type: 'CHANGE_CASE_MANAGER'; caseManagerId: string } & At)
  | ({ type: 'CLOSE_TA'; closedOn: PlainDate; withWork: boolean } & At)
  | ({ type: 'RECORD_EXIT_SUMMARY'; enteredOn: PlainDate } & At)
  | ({ type: 'CLOSE_WORK_ACTIVITY_RECORD'; closedOn: PlainDate } & At)
  | ({ type: 'RECORD_POST_TA_CONTACT'; contactedOn: PlainDate } & At)
  | ({ type: 'COMPLETE_POST_TA' } & At)
  | ({ type: 'REFER_AGAIN'; referralDate: PlainDate; track: Track; caseManagerId: string; monthsUsed: number } & At);

export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
