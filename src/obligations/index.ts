/**
 * Obligations: the deadlines DOMAIN.md's rules put on a case, derived purely from its record
 * (context, history, notes, waivers) for a given Alaska `today`.
 */
export { deriveObligations, OBLIGATION_RULE_IDS } from './derive-obligations';
export { parseMetBy, type MetByReference } from './met-by';
export { WAIVER_REASON_CODES, WAIVER_REASONS, waiverReasonApplies, waiverReasonsFor, type WaiverReasonCode } from './waiver-reasons';
export type {
  CaseRecord,
  HistoryEntry,
  NoteFact,
  NoteSubject,
  Obligation,
  ObligationStatus,
  Waiver,
} from './obligation.types';
