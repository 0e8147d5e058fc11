/** The casework records node(id) reads (issue 12 items 2, 3, 8), and their tables (their ids are the tables' UUIDs). */
export const CASEWORK_NODE_TABLES = [
  ['EmployabilityAssessment', 'employability_assessment'], ['AgencyReferral', 'agency_referral'], ['ReferralOutcome', 'referral_outcome'],
  ['AssignmentFollowUp', 'assignment_follow_up'], ['ContactLogEntry', 'contact_log'], ['CaseVisit', 'case_visit'],
  // Issue 13 items 1 and 2: approval requests (TRK-1, TL-2, SS-2, waivers) and supportive services (SS-1..3).
  ['ApprovalRequest', 'approval_request'], ['SupportiveService', 'supportive_service'],
] as const;
export type CaseworkNodeType = (typeof CASEWORK_NODE_TABLES)[number][0];
