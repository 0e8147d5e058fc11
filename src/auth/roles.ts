/**
 * Who may read the narrative record of a case (notes, history, alerts): the people who work or
 * review it. Integration partners (PARTNER) see the case's facts, not what was said (ROI-1).
 */
export const CASE_RECORD_READERS = ['CASE_MANAGER', 'SUPERVISOR', 'MANAGER', 'WSTA'] as const;
