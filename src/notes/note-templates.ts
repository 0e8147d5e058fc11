/**
 * NOTE-1: client notes (CLNO) use standardized titles and headings, one major subject per note.
 * The title comes from the template, never from the writer, so reviewers find notes by subject.
 */
export const CLIENT_NOTE_TEMPLATES = {
  CONTACT: { title: 'Client Contact', headings: ['Contact method', 'Discussion', 'Next steps'] },
  CONTACT_ATTEMPT: { title: 'Contact Attempt', headings: ['Contact method', 'Outcome', 'Next attempt'] },
  EA: { title: 'Employability Assessment', headings: ['Family assessment', 'Strengths', 'Barriers', 'Discrepancies', 'Referrals and follow-up dates'] },
  FSSP_REVIEW: { title: 'FSSP Review', headings: ['Progress on goals', 'Steps reviewed', 'Changes to the plan', 'Next review'] },
  MONTHLY_WORK_VERIFICATION: { title: 'Monthly Work Verification', headings: ['Month verified', 'Hours by activity', 'Next month initialized'] },
  GOOD_CAUSE_DETERMINATION: { title: 'Good Cause Determination', headings: ['Non-compliance', 'Client statement', 'Determination and reason'] },
  SUPPORTIVE_SERVICE_JUSTIFICATION: { title: 'Supportive Service Justification', headings: ['Service and amount', 'Justification', 'Approval'] },
  STAFFING: { title: 'Staffing', headings: ['Participants', 'Progression and regression', 'Discrepancies', 'Decision'] },
  EXIT_SUMMARY: { title: 'Exit Summary', headings: ['Reason for exit', 'Employment', 'Post-TA plan'] },
  COMPLAINT: { title: 'Client Complaint', headings: ['Complaint', 'Response', 'Resolution or escalation'] },
  /** ROI-1: the release signed (or revoked), documented when it is entered (recordRelease / revokeRelease name the note). */
  RELEASE_OF_INFORMATION: { title: 'Release of Information', headings: ['Release', 'Parties and scope', 'Dates'] },
} as const;

export type ClientNoteSubject = keyof typeof CLIENT_NOTE_TEMPLATES;
export const CLIENT_NOTE_SUBJECTS = Object.keys(CLIENT_NOTE_TEMPLATES) as ClientNoteSubject[];

/**
 * NOTE-3: the only reasons a case note (CANO) may be written; each raises an "E" alert. The manual
 * (Case Management Expectations item 13, Admin manual 109-10) lists five, and its item b also allows
 * "any information regarding a potential Job Quit disqualification (policy Aug 2015)": a job quit is
 * not a penalty request, so it has its own category rather than hiding under PENALTY_REQUEST.
 */
export const CASE_NOTE_CATEGORIES = [
  'JOB_START_OR_OJT_PLACEMENT', 'PENALTY_REQUEST', 'POTENTIAL_JOB_QUIT', 'EXEMPTION_START_OR_END', 'EXTENSION_DECISION', 'PENALTY_HOME_VISIT',
] as const;
export type CaseNoteCategory = (typeof CASE_NOTE_CATEGORIES)[number];
