import type { StaffRole } from '../entities/staff.entity';

/** The people who work cases: they refer, document, assign and send the chart's events. */
export const CASEWORK_ROLES = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'] as const;
/** Decisions policy gives to a supervisor (TRK-1, TL-2, ENG-3 reassignment, waivers, hours after verification). */
export const SUPERVISOR_ROLES = ['SUPERVISOR'] as const;
/**
 * Who may read the narrative record of a case (notes, history, alerts): the people who work or
 * review it. Integration partners (PARTNER) see the case's facts, not what was said (ROI-1).
 */
export const CASE_RECORD_READERS = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA'] as const;
/** The Eligibility outbox is read by the integration and by those who oversee it (EXM-1, MGT-5). */
export const NOTICE_READERS = ['PARTNER', 'SUPERVISOR', 'MANAGER', 'WSTA'] as const;
/** Who reads the access log (who viewed whom): the provider's management team and the state (issue 11). */
export const ACCESS_LOG_READERS = ['MANAGER', 'WSTA'] as const;
/** Only the Eligibility integration confirms it has taken a notice. */
export const ELIGIBILITY_INTEGRATION = ['PARTNER'] as const;

/**
 * Who may perform each action of the API, by role (the office and caseload rules come on top, in
 * AccessPolicy). The `@Authorized` decorators, the chart's event catalog and the services read
 * this one table, so a role's rights are written once.
 */
export const PERMISSIONS = {
  casework: CASEWORK_ROLES,
  supervisorDecision: SUPERVISOR_ROLES,
  referClient: CASEWORK_ROLES,
  writeNotes: CASEWORK_ROLES,
  manageActivities: CASEWORK_ROLES,
  recordChildCare: CASEWORK_ROLES,
  /** WV-1: once a month is verified, only a supervisor changes its hours. */
  correctHours: SUPERVISOR_ROLES,
  waiveObligation: SUPERVISOR_ROLES,
  readCaseRecord: CASE_RECORD_READERS,
  readContactDetails: CASE_RECORD_READERS,
  readEligibilityNotices: NOTICE_READERS,
  /** Issue 14: the change feed (and its webhooks and subscriptions): the partner and those who oversee it. */
  readChanges: NOTICE_READERS,
  /** Issue 14 item 3: a PARTNER registers, rotates, disables and replays its own webhook endpoints. */
  manageWebhooks: ELIGIBILITY_INTEGRATION,
  /** The endpoints and their delivery logs: the partner (its own) and those who oversee it (their office; WSTA every office). */
  readWebhooks: NOTICE_READERS,
  /** Issue 14: the live worklist (worklistChanged): a case manager their own, the office's supervisors and managers, WSTA. */
  watchWorklist: CASE_RECORD_READERS,
  acknowledgeEligibilityNotice: ELIGIBILITY_INTEGRATION,
  /** ROI-1: releases are entered (and revoked) by the people who work the case. */
  recordRelease: CASEWORK_ROLES,
  readReleases: CASE_RECORD_READERS,
  /** EA-1..5, ENG-7, ENG-8: assessments, agency referrals and follow-ups, contacts and visits are entered by the people who work the case. */
  recordCasework: CASEWORK_ROLES,
  /** Their free text (barriers, reasons, summaries) is the narrative record: never a PARTNER's (ROI-1). */
  readCasework: CASE_RECORD_READERS,
  /** ROI-1: text a person wrote (reasons, justifications, places, providers) is not for PARTNER. */
  readFreeText: CASE_RECORD_READERS,
  /** ROI-1: medical information without a release: only the staff who work or review the case; PARTNER needs a HIPAA release. */
  readMedicalWithoutRelease: CASE_RECORD_READERS,
  readAccessLog: ACCESS_LOG_READERS,
  /** TRK-2..7, TL-2, TL-3 (issue 12): the track records and staffings are entered by the people who work the case. */
  recordTrackRecords: CASEWORK_ROLES,
  /** SITE-1..3: the office's case managers and supervisors keep worksites, placements, employer contracts and outreach. */
  manageWorksites: ['CASE_MANAGER', 'SUPERVISOR'],
  /** SITE-1..3: the office's staff (and the state) read them; PARTNER does not. */
  readWorksites: CASE_RECORD_READERS,
  /** FSSP-1..6: the plan as a document is written by the people who work the case. */
  manageFssp: CASEWORK_ROLES,
  /** The plan's goals and steps are the client's own words (free text, ROI-1): not for PARTNER, which reads Case.plan. */
  readFssp: CASE_RECORD_READERS,
  /** MGT-4: complaints are received by the office's casework staff or brought by WSTA (any office). */
  receiveComplaints: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA'],
  /** MGT-4: the office's case managers, supervisors and managers work its complaints (call, resolution, WSTA notice, forwarding). */
  workComplaints: CASEWORK_ROLES,
  /** MGT-4: WSTA resolves the complaints forwarded to it. */
  resolveForwardedComplaints: ['WSTA'],
  /** MGT-4: WSTA's case review of a complaint it brought, entered by WSTA or by the office that received the recommendations. */
  recordComplaintCaseReview: ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA'],
  /** MGT-4: a complaint is the client's own words (free text, ROI-1): never a PARTNER's. */
  readComplaints: CASE_RECORD_READERS,
  /** Issue 13: the supervisor's view of an office (caseloads, overdue obligations by rule, approvals, QA rate): its supervisors and managers, and WSTA. */
  superviseOffice: ['SUPERVISOR', 'MANAGER', 'WSTA'],
  /** MGT-1: a MANAGER draws the office's monthly file-review sample and may add cases to it (never remove). */
  drawFileReviews: ['MANAGER'],
  /** MGT-1: the management team (MANAGER, SUPERVISOR; never a case manager: the CM or a lateral colleague) reviews the files assigned to it. */
  reviewFiles: ['MANAGER', 'SUPERVISOR'],
  /** MGT-1: the draws and their samples (which files, whose review): the management team and WSTA, not the case managers reviewed. */
  readFileReviewDraws: ['MANAGER', 'SUPERVISOR', 'WSTA'],
  /** MGT-2: a review's findings are corrected by the people who work the case. */
  correctFileReviewFindings: CASEWORK_ROLES,
  /** MGT-3: the QA rates of an office's staff: the management team and WSTA. */
  readQualityAssurance: ['MANAGER', 'SUPERVISOR', 'WSTA'],
  /** Issue 13: a decision policy gives a supervisor (TRK-1, TL-2, SS-2, a waiver) is asked for by the people who work the case. */
  requestApproval: CASEWORK_ROLES,
  /** TRK-1, TL-2, SS-2, waivers: only a supervisor approves or denies, never a request of their own. */
  decideApproval: SUPERVISOR_ROLES,
  /** The approvals queue: reasons and evidence are the narrative record (ROI-1), not for PARTNER. */
  readApprovals: CASE_RECORD_READERS,
  /** SS-1..3: supportive services are drafted and authorized by the people who work the case. */
  manageSupportiveServices: CASEWORK_ROLES,
  /** Their vendors and justifications are free text (ROI-1): not for PARTNER. */
  readSupportiveServices: CASE_RECORD_READERS,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;
