/**
 * What part of a client's record a request read, as the access log names it. One group per kind
 * of record rather than one per GraphQL field: an auditor asks "who read this client's notes, or
 * medical facts", and the names stay stable when fields are added.
 */
export const ACCESS_FIELD_GROUPS = [
  'CLIENT', 'CONTACT', 'HOUSEHOLD', 'CASE', 'HISTORY', 'NOTES', 'OBLIGATIONS', 'ACTIVITIES', 'HOURS',
  'PARTICIPATION', 'NOTICES', 'MEDICAL', 'RELEASES',
  // Issue 12: the track records and staffings (TRK-2..7, TL-2, TL-3), and the casework records (EA, referrals, contacts).
  'TRACK_RECORDS', 'STAFFINGS', 'CASEWORK',
  // Issue 13 item 3: the file reviews of a case, their findings and corrections (MGT-1, MGT-2).
  'FILE_REVIEWS',
  // Issue 13 item 4: the client's complaints, their handling and resolution (MGT-4).
  'COMPLAINTS',
] as const;
export type AccessFieldGroup = (typeof ACCESS_FIELD_GROUPS)[number];

/** Where the client of a record is found on the object a field resolves on. */
export type RecordKey = { clientId: string; caseId: string | null } | { clientId: null; caseId: string };

export interface AuditedType {
  /** The client (or the case, whose client the insert looks up) the object belongs to. */
  keyOf(root: Record<string, unknown>): RecordKey | null;
  /** The group of a field of the type; `default` for the fields not listed. */
  groups: { default: AccessFieldGroup } & Record<string, AccessFieldGroup>;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const byCase = (root: Record<string, unknown>): RecordKey | null => {
  const caseId = str(root.caseId);
  return caseId ? { clientId: null, caseId } : null;
};

/**
 * The object types that are part of a client's record and how each one is keyed. Every field of
 * these types, whichever query reaches it (cases, case(id), client(id), node(s), the worklist,
 * the outbox, a mutation's payload), writes its group to the request's access log.
 */
export const AUDITED_TYPES: Record<string, AuditedType> = {
  Client: {
    keyOf: (root) => (str(root.id) ? { clientId: str(root.id)!, caseId: null } : null),
    groups: { default: 'CLIENT', phone: 'CONTACT', email: 'CONTACT', mailingAddress: 'CONTACT', household: 'HOUSEHOLD' },
  },
  Case: {
    keyOf: (root) => (str(root.clientId) ? { clientId: str(root.clientId)!, caseId: str(root.id) } : null),
    groups: {
      default: 'CASE', history: 'HISTORY', clientNotes: 'NOTES', caseNotes: 'NOTES', alerts: 'NOTES', obligations: 'OBLIGATIONS',
      activities: 'ACTIVITIES', monthlyParticipation: 'HOURS', releases: 'RELEASES',
      familiesFirstDocuments: 'TRACK_RECORDS', familiesFirstDocument: 'TRACK_RECORDS', familySupportTeamMeetings: 'TRACK_RECORDS',
      trackReadinessReviews: 'TRACK_RECORDS', workFirstReadinessItems: 'TRACK_RECORDS', workFirstReadiness: 'TRACK_RECORDS',
      workSearchFindings: 'TRACK_RECORDS', dailyCheckIns: 'TRACK_RECORDS', disabilityVerifications: 'MEDICAL',
      caseReviewStaffings: 'STAFFINGS', extensionStaffingForms: 'STAFFINGS',
      assessments: 'CASEWORK', latestAssessment: 'CASEWORK', agencyReferrals: 'CASEWORK', assignmentFollowUps: 'CASEWORK',
      contacts: 'CASEWORK', visits: 'CASEWORK',
      approvalRequests: 'CASEWORK', supportiveServices: 'CASEWORK',
      worksitePlacements: 'ACTIVITIES', employerContracts: 'ACTIVITIES',
      fileReviews: 'FILE_REVIEWS',
      complaints: 'COMPLAINTS',
    },
  },
  HouseholdMember: {
    keyOf: (root) => (str(root.clientId) ? { clientId: str(root.clientId)!, caseId: null } : null),
    groups: { default: 'HOUSEHOLD' },
  },
  ClientNote: { keyOf: byCase, groups: { default: 'NOTES' } },
  CaseNote: { keyOf: byCase, groups: { default: 'NOTES' } },
  CaseAlert: { keyOf: byCase, groups: { default: 'NOTES' } },
  CaseHistoryEntry: { keyOf: byCase, groups: { default: 'HISTORY' } },
  Obligation: { keyOf: byCase, groups: { default: 'OBLIGATIONS' } },
  ActivityAssignment: { keyOf: byCase, groups: { default: 'ACTIVITIES' } },
  HoursEntry: { keyOf: byCase, groups: { default: 'HOURS' } },
  MonthVerification: { keyOf: byCase, groups: { default: 'HOURS' } },
  EligibilityNotice: { keyOf: byCase, groups: { default: 'NOTICES' } },
  // Issue 14: the change feed's thin entries still say which case changed and how.
  ChangeEvent: { keyOf: byCase, groups: { default: 'NOTICES' } },
  ParticipationRateCase: { keyOf: byCase, groups: { default: 'PARTICIPATION' } },
  Release: { keyOf: byCase, groups: { default: 'RELEASES' } },
  // Issue 12 (SITE-1, SITE-2): a placement is the site of a work activity; OJT / Job Start is subsidized work.
  WorksitePlacement: { keyOf: byCase, groups: { default: 'ACTIVITIES' } },
  PlacementProgressNote: { keyOf: byCase, groups: { default: 'ACTIVITIES' } },
  EmployerContract: { keyOf: byCase, groups: { default: 'ACTIVITIES' } },
  // The FSSP document (issue 12 item 1): the plan is one of the case's facts (its goals and steps are the client's own words).
  FsspVersion: { keyOf: byCase, groups: { default: 'CASE' } },
  FsspGoal: { keyOf: byCase, groups: { default: 'CASE' } },
  FsspStep: { keyOf: byCase, groups: { default: 'CASE' } },
  FsspReview: { keyOf: byCase, groups: { default: 'CASE' } },
  FsspUpdateAppointment: { keyOf: byCase, groups: { default: 'CASE' } },
  // Issue 12: the track records (TRK-2..6), the disability verification (TRK-7: medical), the staffings (TL-2, TL-3).
  FamiliesFirstDocument: { keyOf: byCase, groups: { default: 'TRACK_RECORDS' } },
  FamilySupportTeamMeeting: { keyOf: byCase, groups: { default: 'TRACK_RECORDS' } },
  TrackReadinessReview: { keyOf: byCase, groups: { default: 'TRACK_RECORDS' } },
  WorkFirstReadinessItem: { keyOf: byCase, groups: { default: 'TRACK_RECORDS' } },
  WorkSearchFinding: { keyOf: byCase, groups: { default: 'TRACK_RECORDS' } },
  DailyCheckIn: { keyOf: byCase, groups: { default: 'TRACK_RECORDS' } },
  DisabilityVerification: { keyOf: byCase, groups: { default: 'MEDICAL' } },
  CaseReviewStaffing: { keyOf: byCase, groups: { default: 'STAFFINGS' } },
  ExtensionStaffingForm: { keyOf: byCase, groups: { default: 'STAFFINGS' } },
  // Issue 12 items 2, 3, 8: the EA (EA-1, EA-2), agency referrals and follow-ups (EA-3, EA-5), contacts and visits (ENG-7, ENG-8).
  EmployabilityAssessment: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  AgencyReferral: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  ReferralOutcome: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  AssignmentFollowUp: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  ContactLogEntry: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  CaseVisit: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  // Issue 13 items 1 and 2: approval requests and their decisions (reasons, evidence), supportive services (vendor, justification).
  ApprovalRequest: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  ApprovalDecision: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  SupportiveService: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  SupportiveServiceAuthorization: { keyOf: byCase, groups: { default: 'CASEWORK' } },
  // Issue 13 item 3 (MGT-1, MGT-2): a case in a file-review sample (a manager's reason), its review and the corrections.
  FileReviewSampleCase: { keyOf: byCase, groups: { default: 'FILE_REVIEWS' } },
  FileReview: { keyOf: byCase, groups: { default: 'FILE_REVIEWS' } },
  FileReviewCorrection: { keyOf: byCase, groups: { default: 'FILE_REVIEWS' } },
  // Issue 13 item 4 (MGT-4): a complaint, in the client's words, with its call, resolution and WSTA steps.
  Complaint: { keyOf: byCase, groups: { default: 'COMPLAINTS' } },
};

/** A field of a type that is no one client's record but discloses many: it records each record it holds. */
export interface AuditedField {
  keysOf(root: Record<string, unknown>): RecordKey[];
  group: AccessFieldGroup;
}

/** The cases behind a participation rate: the resolver keeps the service's view as `source` (participation-rate.resolver.ts). */
const rateCases = (root: Record<string, unknown>): RecordKey[] => {
  const cases = (root.source as { cases?: Array<{ caseId?: unknown }> } | undefined)?.cases ?? [];
  return cases.flatMap((c) => (str(c.caseId) ? [{ clientId: null, caseId: str(c.caseId)! }] : []));
};

/**
 * Fields of aggregate types that hold client data of many records at once. Their other fields
 * (counts, rates, the month) name no client and record nothing; their per-case objects
 * (ParticipationRateCase) are audited types of their own.
 */
export const AUDITED_FIELDS: Record<string, Record<string, AuditedField>> = {
  // Every case of the month: client name, hours, exclusion status.
  ParticipationRate: { csv: { keysOf: rateCases, group: 'PARTICIPATION' } },
};
