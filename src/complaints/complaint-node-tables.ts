/** The complaint records node(id) reads (MGT-4), and their tables (their ids are the tables' UUIDs). */
export const COMPLAINT_NODE_TABLES = [['Complaint', 'complaint']] as const;
export type ComplaintNodeType = (typeof COMPLAINT_NODE_TABLES)[number][0];
