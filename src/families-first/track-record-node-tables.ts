/** The track record and staffing types of issue 12 that implement Node, and their tables (node(id)). */
export const TRACK_RECORD_NODE_TABLES = [
  ['FamiliesFirstDocument', 'families_first_document'], ['FamilySupportTeamMeeting', 'family_support_team_meeting'],
  ['DisabilityVerification', 'disability_verification'], ['TrackReadinessReview', 'track_readiness_review'],
  ['WorkFirstReadinessItem', 'work_first_readiness_item'], ['WorkSearchFinding', 'work_search_finding'], ['DailyCheckIn', 'daily_check_in'],
  ['CaseReviewStaffing', 'case_review_staffing'], ['ExtensionStaffingForm', 'extension_staffing_form'],
] as const;
export type TrackRecordNodeType = (typeof TRACK_RECORD_NODE_TABLES)[number][0];
