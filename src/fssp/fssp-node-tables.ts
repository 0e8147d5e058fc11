/** The FSSP document's types node(id) reads, and their tables (their ids are the tables' UUIDs). */
export const FSSP_NODE_TABLES = [
  ['FsspVersion', 'fssp_version'], ['FsspGoal', 'fssp_goal'], ['FsspStep', 'fssp_step'], ['FsspReview', 'fssp_review'],
  ['FsspUpdateAppointment', 'fssp_update_appointment'],
] as const;
export type FsspNodeType = (typeof FSSP_NODE_TABLES)[number][0];
