/** The worksite and employer types node(id) reads, and their tables (their ids are the tables' UUIDs). */
export const WORKSITE_NODE_TABLES = [
  ['Employer', 'employer'], ['Worksite', 'worksite'], ['WorksitePosition', 'worksite_position'], ['SiteAgreement', 'site_agreement'],
  ['WorksitePlacement', 'worksite_placement'], ['PlacementProgressNote', 'placement_progress_note'], ['EmployerContract', 'employer_contract'],
  ['EmployerReimbursement', 'employer_reimbursement'], ['EmployerOutreach', 'employer_outreach'],
] as const;
export type WorksiteNodeType = (typeof WORKSITE_NODE_TABLES)[number][0];
