/** The file-review records node(id) reads (issue 13 item 3, MGT-1..3), and their tables (their ids are the tables' UUIDs). */
export const FILE_REVIEW_NODE_TABLES = [
  ['FileReviewDraw', 'file_review_draw'], ['FileReviewSampleCase', 'file_review_sample'], ['FileReview', 'file_review'],
  ['FileReviewCorrection', 'file_review_correction'],
] as const;
export type FileReviewNodeType = (typeof FILE_REVIEW_NODE_TABLES)[number][0];
