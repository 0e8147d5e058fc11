import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import type { PlainDate } from '../dates';
import type { CaseContext } from '../machines/case-lifecycle.types';
import type { WaiverReasonCode } from './waiver-reasons';
import type { TrackRecordFacts } from './track-record-facts';
import type { FileReviewFact } from './file-review-obligations';
import type { ComplaintFact } from './complaint-obligations';

/** MET and WAIVED are settled; OPEN and OVERDUE depend on `today`. */
export type ObligationStatus = 'OPEN' | 'MET' | 'OVERDUE' | 'WAIVED';

/** One applied lifecycle event, as case_history stores it (payload = the event without `type` and `at`). */
export interface HistoryEntry {
  version: number;
  event: string;
  payload: Record<string, unknown>;
  /** ISO instant (UTC); counted as the Alaska date it falls on. */
  occurredAt: string;
  stateAfter: string;
}

/** CLNO subjects (see src/notes/note-templates.ts, NOTE-1). */
export type NoteSubject =
  | 'CONTACT'
  | 'CONTACT_ATTEMPT'
  | 'EA'
  | 'FSSP_REVIEW'
  | 'MONTHLY_WORK_VERIFICATION'
  | 'GOOD_CAUSE_DETERMINATION'
  | 'SUPPORTIVE_SERVICE_JUSTIFICATION'
  | 'STAFFING'
  | 'EXIT_SUMMARY'
  | 'COMPLAINT';

/** What this module needs to know about a client note. */
export interface NoteFact {
  id: string;
  subject: NoteSubject;
  /** ISO instant; counted as the Alaska date it falls on. */
  enteredAt: string;
  contactMethod?: string | null;
}

/** A supervisor's waiver of one obligation instance (e.g. EA-2's extenuating circumstances). */
export interface Waiver {
  obligationKey: string;
  /** The coded reason (waiver-reasons.ts); null only on waivers recorded before the coded list. */
  reasonCode: WaiverReasonCode | null;
  /** The supervisor's free text beside the code. */
  reason: string;
  /** ISO instant */
  waivedAt: string;
  waivedBy: string;
}

/** Everything the derivation reads about one case. */
export interface CaseRecord {
  caseId: string;
  context: CaseContext;
  /** stateString of the snapshot, e.g. 'open.compliance.compliant, open.exemption.notExempt, open.phase.participating.plan.current, ...' */
  state: string;
  history: HistoryEntry[];
  notes: NoteFact[];
  waivers: Waiver[];
  /** SS-3 applies only while child care is authorized; the chart does not track it. */
  childCareAuthorized?: boolean;
  /**
   * SS-3: every change of the child care authorization with the Alaska date it took effect, in
   * recording order (child_care_authorization). Absent: not tracked by the caller, and the current
   * `childCareAuthorized` is used for every month.
   */
  childCareChanges?: ChildCareChange[];
  /** WV-1: months whose hours were verified (verifyMonth), and when. Absent: not tracked by the caller. */
  verifications?: Array<{ month: string; verifiedAt: string }>;
  /** EA-3: the case's referrals to agencies with their outcomes (agency_referral). Absent: none tracked. */
  agencyReferrals?: AgencyReferralFact[];
  /** EA-5: the case's activity assignments with their follow-ups (assignment_follow_up). Absent: none tracked. */
  assignmentFollowUps?: AssignmentFollowUpFact[];
  /** ENG-7: the case's logged calls, e-mails and requests with their responses (contact_log). Absent: none tracked. */
  contacts?: ContactFact[];
  /** TRK-2, TRK-3, TRK-4, TL-3: the track records and case review staffings (issue 12). Absent: none tracked. */
  trackRecords?: TrackRecordFacts;
  /** FSSP-4: the FSSP update appointments recorded (fssp_update_appointment), oldest first. Absent: none tracked. */
  fsspUpdateAppointments?: FsspUpdateAppointmentFact[];
  /** FSSP-6: the FSSP document's mailings (fssp_mailing) with their version's signature, oldest first. Absent: none tracked. */
  fsspMailings?: FsspMailingFact[];
  /** MGT-2: the case's file reviews with their failed items and corrections (file_review). Absent: none tracked. */
  fileReviews?: FileReviewFact[];
  /** MGT-4: the case's complaints, each with its chart context (complaint.snapshot). Absent: none tracked. */
  complaints?: ComplaintFact[];
}

/**
 * FSSP-6: a mailing of a version of the FSSP document: when, due back when, and the version's
 * signature (null until signed); `superseded` when a later version was drafted (a new draft voids it).
 */
export interface FsspMailingFact { id: string; versionId: string; versionNumber: number; mailedOn: PlainDate; dueBackOn: PlainDate; signatureId: string | null; signedOn: PlainDate | null; superseded: boolean }

/** FSSP-4: an update appointment: the day it is for and the Alaska date it was scheduled on. */
export interface FsspUpdateAppointmentFact { id: string; scheduledFor: PlainDate; recordedOn: PlainDate }

/** EA-3: a referral to an agency and the outcomes recorded for it. */
export interface AgencyReferralFact {
  id: string;
  householdMemberId: string | null;
  referredOn: PlainDate;
  followUpOn: PlainDate;
  outcomes: Array<{ id: string; outcomeOn: PlainDate }>;
}

/** EA-5: an activity assignment and its recorded follow-ups. */
export interface AssignmentFollowUpFact {
  assignmentId: string;
  startDate: PlainDate;
  endDate: PlainDate | null;
  timesheetFrequency: 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY';
  followUps: Array<{ id: string; followedUpOn: PlainDate; nextFollowUpOn: PlainDate | null }>;
}

/** ENG-7: a logged contact; instants are ISO strings, counted as Alaska dates. */
export interface ContactFact {
  id: string;
  direction: 'INBOUND' | 'OUTBOUND';
  fromParty: 'CLIENT' | 'PARTNER' | 'OTHER';
  receivedAt: string;
  emergent: boolean;
  respondedAt: string | null;
}

/** A deadline a rule puts on a case. */
export interface Obligation {
  /** Stable per rule instance, e.g. 'ENG-1', 'ENG-4:2026-11', 'EA-2:v7'; waivers name it. */
  key: string;
  /** The DOMAIN.md rule id. */
  ruleId: string;
  /** What is due, in caseworker words. */
  description: string;
  /** Alaska date; the obligation is met when done on or before it. */
  dueDate: PlainDate;
  status: ObligationStatus;
  /** What met it, e.g. 'RECORD_CONTACT_ATTEMPT (history v3)' or 'CLNO <note id>', as met-by.ts writes it (parseMetBy reads it back). */
  metBy: string | null;
  metOn: PlainDate | null;
  /** Set only when the status is WAIVED. */
  waiverReason: string | null;
  /** The waiver's coded reason; set only when the status is WAIVED (null on a waiver recorded before the coded list). */
  waiverReasonCode: WaiverReasonCode | null;
}

/** The act that met an obligation. */
export interface Evidence {
  by: string;
  on: PlainDate;
}

/** An obligation before today and the waivers decide its status. */
export interface ObligationDraft {
  key: string;
  ruleId: string;
  description: string;
  dueDate: PlainDate;
  met: Evidence | null;
  /**
   * Most duties exist only while TA is open: an unmet one falling due after TA closed is moot and
   * is dropped. Exit duties, and WV-1's verification of the last months, outlive the closure.
   */
  outlivesClosure?: boolean;
}

/** A history entry reduced to what the rules read: which act, and the Alaska date it took effect. */
export interface Act {
  version: number;
  event: string;
  /** The act's own date (e.g. signedOn), else the Alaska date of occurredAt. */
  on: PlainDate;
  payload: Record<string, unknown>;
  stateAfter: string;
}

export interface DatedNote {
  id: string;
  subject: NoteSubject;
  /** Alaska date of enteredAt */
  on: PlainDate;
  method: string | null;
}

export interface Period {
  start: PlainDate;
  /** null while it lasts */
  end: PlainDate | null;
}

/** One change of a case's child care authorization, from `effectiveOn` (an Alaska date). */
export interface ChildCareChange {
  effectiveOn: PlainDate;
  authorized: boolean;
}

/** The record, normalised once: Alaska dates, the current referral only, sorted. */
export interface CaseFacts {
  context: CaseContext;
  state: string;
  today: PlainDate;
  calendar: AlaskaCalendar;
  acts: Act[];
  notes: DatedNote[];
  childCareAuthorized: boolean;
  /** The child care changes of the record (see CaseRecord.childCareChanges); null when not tracked. */
  childCareChanges?: readonly ChildCareChange[] | null;
  /** Verified months (YYYY-MM) with the Alaska date of verification; null when the record does not track them. */
  verifications: Map<string, PlainDate> | null;
  /** CaseRecord's agencyReferrals, assignmentFollowUps and contacts as given (EA-3, EA-5, ENG-7). */
  agencyReferrals?: readonly AgencyReferralFact[];
  assignmentFollowUps?: readonly AssignmentFollowUpFact[];
  contacts?: readonly ContactFact[];
  /** CaseRecord's trackRecords as given (TRK-2, TRK-3, TRK-4, TL-3); null when not tracked. */
  trackRecords?: TrackRecordFacts | null;
  /** CaseRecord's fsspUpdateAppointments as given (FSSP-4). */
  fsspUpdateAppointments?: readonly FsspUpdateAppointmentFact[];
  /** CaseRecord's fsspMailings as given (FSSP-6). */
  fsspMailings?: readonly FsspMailingFact[];
  /** CaseRecord's fileReviews as given (MGT-2). */
  fileReviews?: readonly FileReviewFact[];
  /** CaseRecord's complaints as given (MGT-4). */
  complaints?: readonly ComplaintFact[];
  /** From the signature that started participation until TA closed; null if never. */
  participation: Period | null;
  /** From referral until the client was reached. */
  referral: Period;
}
