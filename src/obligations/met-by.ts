import { isMonth, type Month } from '../dates';

/**
 * What met an obligation, as references a client can follow. The derivation records it as text in
 * obligation.met_by (e.g. "COMPLETE_EA (history v3) + SIGN_FSSP (history v6)"); this module writes
 * that text and reads it back, so the stored rows stay as they are and the API shows typed values.
 */
export type MetByReference =
  /** An applied lifecycle event: the case history entry of that version. */
  | { kind: 'HISTORY_ENTRY'; version: number; event: string }
  /** A client note (CLNO, NOTE-1). */
  | { kind: 'CLIENT_NOTE'; noteId: string }
  /** WV-1: the month's hours verified with verifyMonth. */
  | { kind: 'MONTH_VERIFICATION'; month: Month }
  /** A record of the case that met it (EA-3's referral outcome, EA-5's follow-up, ENG-7's response): its type and id. */
  | { kind: 'RECORD'; recordType: RecordType; id: string };

/** The records an obligation can be met by, as met_by names them. */
export const RECORD_TYPES = [
  'ReferralOutcome', 'AssignmentFollowUp', 'ContactResponse',
  // TRK-2, TRK-3, TRK-4, TL-3 (issue 12 item 4-6)
  'TrackReadinessReview', 'FamiliesFirstDocument', 'WorkFirstReadinessItem', 'CaseReviewStaffing',
  // FSSP-4 (issue 12 item 1): the update appointment scheduled before the plan expired
  'FsspUpdateAppointment',
  // FSSP-6 (issue 12 item 1): a mailed update returned signed: the FsspVersion whose signature met it
  'FsspVersion',
  // MGT-2 (issue 13 item 3): a file review finding corrected
  'FileReviewCorrection',
  // MGT-4 (issue 13 item 4): the complaint whose step met it (its call returned, WSTA told, recommendations implemented)
  'Complaint',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

const JOIN = ' + ';
const HISTORY = /^([A-Z][A-Z0-9_]*) \(history v(\d+)\)$/;
const NOTE = /^CLNO (\S+)$/;
const VERIFICATION = 'verifyMonth';
const RECORD = new RegExp(`^(${RECORD_TYPES.join('|')}) (\\S+)$`);

/**
 * One reference as met_by text.
 *
 * @example
 * metByText({ kind: 'HISTORY_ENTRY', event: 'SIGN_FSSP', version: 6 }) // 'SIGN_FSSP (history v6)'
 * metByText({ kind: 'CLIENT_NOTE', noteId: 'n-1' }) // 'CLNO n-1'
 */
export function metByText(ref: MetByReference): string {
  switch (ref.kind) {
    case 'HISTORY_ENTRY': return `${ref.event} (history v${ref.version})`;
    case 'CLIENT_NOTE': return `CLNO ${ref.noteId}`;
    case 'MONTH_VERIFICATION': return VERIFICATION;
    case 'RECORD': return `${ref.recordType} ${ref.id}`;
  }
}

/** Several references that met an obligation together (e.g. ENG-3: the EA and the signed plan). */
export const joinMetBy = (...parts: string[]): string => parts.join(JOIN);

/**
 * The references in stored met_by text. A month verification names no month in the text: it is
 * the month of the obligation's key (WV-1:YYYY-MM).
 *
 * @example
 * parseMetBy('CLNO v-1 + verifyMonth', 'WV-1:2026-11')
 * // [{ kind: 'CLIENT_NOTE', noteId: 'v-1' }, { kind: 'MONTH_VERIFICATION', month: '2026-11' }]
 */
export function parseMetBy(text: string | null, obligationKey: string): MetByReference[] {
  if (text === null || text === '') return [];
  return text.split(JOIN).map((part): MetByReference => {
    const history = HISTORY.exec(part);
    if (history) return { kind: 'HISTORY_ENTRY', event: history[1], version: Number(history[2]) };
    const note = NOTE.exec(part);
    if (note) return { kind: 'CLIENT_NOTE', noteId: note[1] };
    const record = RECORD.exec(part);
    if (record) return { kind: 'RECORD', recordType: record[1] as RecordType, id: record[2] };
    const month = obligationKey.split(':')[1] ?? '';
    if (part === VERIFICATION && isMonth(month)) return { kind: 'MONTH_VERIFICATION', month };
    throw new Error(`Obligation ${obligationKey}: met_by part "${part}" is not one this build writes`);
  });
}
