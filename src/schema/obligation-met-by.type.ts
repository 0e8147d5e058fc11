import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { parseMetBy, type MetByReference } from '../obligations';
import { CaseHistoryEventEnum } from './case-event.enum';
import type { WaiverReasonCode } from '../obligations/waiver-reasons';
import { NoteKindEnum, WaiverReasonEnum } from './enums';
import { MetByRecordTypeEnum } from './casework.enums';
import type { RecordType } from '../obligations/met-by';
import { YearMonth } from './scalars';

/**
 * What met (or settled) an obligation, as typed references a client can follow: a history entry,
 * a client note, a month's verification, or a supervisor's waiver. Read from the stored met_by
 * text (src/obligations/met-by.ts) and the waiver reason.
 */

@ObjectType('MetByHistoryEntry', { description: 'A lifecycle event applied to the case: its history entry (Case.history) of this version' })
export class MetByHistoryEntryType {
  readonly evidenceKind = 'HISTORY_ENTRY';
  @Field(() => Int, { description: 'The case version the event produced (CaseHistoryEntry.version)' }) version: number;
  @Field(() => CaseHistoryEventEnum, { description: 'The event' }) event: CaseHistoryEventEnum;
}

@ObjectType('MetByNote', { description: 'A note on the case (Case.clientNotes for a CLNO)' })
export class MetByNoteType {
  readonly evidenceKind = 'NOTE';
  @Field(() => ID, { description: 'The note\'s id' }) noteId: string;
  @Field(() => NoteKindEnum, { description: 'Which kind of note it is' }) kind: NoteKindEnum;
}

@ObjectType('MetByMonthVerification', { description: 'WV-1: the month\'s work activities verified (verifyMonth; MonthlyParticipation.verification)' })
export class MetByMonthVerificationType {
  readonly evidenceKind = 'MONTH_VERIFICATION';
  @Field(() => YearMonth, { description: 'The month verified' }) month: string;
}

@ObjectType('MetByRecord', { description: 'A record of the case that met it: a referral outcome (EA-3), an assignment follow-up (EA-5) or a contact\'s response (ENG-7)' })
export class MetByRecordType {
  readonly evidenceKind = 'RECORD';
  @Field(() => MetByRecordTypeEnum, { description: 'Which record: ReferralOutcome (AgencyReferral.outcomes), AssignmentFollowUp (Case.assignmentFollowUps) or ContactResponse (the ContactLogEntry of that id); TrackReadinessReview (TRK-2), FamiliesFirstDocument (TRK-3), WorkFirstReadinessItem (TRK-4) or CaseReviewStaffing (TL-3), each refetched with node(recordId)' }) recordType: RecordType;
  @Field(() => ID, { description: 'The record\'s id (for ContactResponse: the contact it answers)' }) recordId: string;
}

@ObjectType('MetByWaiver', { description: 'A supervisor waived the obligation (waiveObligation); it was not met' })
export class MetByWaiverType {
  readonly evidenceKind = 'WAIVER';
  @Field(() => WaiverReasonEnum, { nullable: true, description: 'The coded reason (null on a waiver recorded before reasons were coded)' }) reasonCode: WaiverReasonCode | null;
  @Field({ description: 'Why it was waived, in the supervisor\'s words' }) reason: string;
}

export type ObligationEvidenceValue = MetByHistoryEntryType | MetByNoteType | MetByMonthVerificationType | MetByRecordType | MetByWaiverType;

export const ObligationEvidenceUnion = createUnionType({
  name: 'ObligationEvidence',
  description: 'What met an obligation (a history entry, a note, a month verification) or settled it (a waiver)',
  types: () => [MetByHistoryEntryType, MetByNoteType, MetByMonthVerificationType, MetByRecordType, MetByWaiverType] as const,
  resolveType: (value: ObligationEvidenceValue) => {
    switch (value.evidenceKind) {
      case 'HISTORY_ENTRY': return MetByHistoryEntryType;
      case 'NOTE': return MetByNoteType;
      case 'MONTH_VERIFICATION': return MetByMonthVerificationType;
      case 'RECORD': return MetByRecordType;
      case 'WAIVER': return MetByWaiverType;
    }
  },
});

/** The stored facts of an obligation the evidence is read from. */
export interface ObligationEvidenceSource {
  key: string;
  status: string;
  metBy: string | null;
  waiverReason: string | null;
  waiverReasonCode: WaiverReasonCode | null;
}

function fromReference(ref: MetByReference): ObligationEvidenceValue {
  switch (ref.kind) {
    case 'HISTORY_ENTRY': return { evidenceKind: 'HISTORY_ENTRY', version: ref.version, event: ref.event as CaseHistoryEventEnum };
    case 'CLIENT_NOTE': return { evidenceKind: 'NOTE', noteId: ref.noteId, kind: NoteKindEnum.CLNO };
    case 'MONTH_VERIFICATION': return { evidenceKind: 'MONTH_VERIFICATION', month: ref.month };
    case 'RECORD': return { evidenceKind: 'RECORD', recordType: ref.recordType, recordId: ref.id };
  }
}

/**
 * The typed evidence of a stored obligation: what met it (several together for some rules, e.g.
 * ENG-3's assessment and signed plan), or the waiver; empty while it is open or overdue.
 *
 * @example
 * evidenceOf({ key: 'ENG-1', status: 'MET', metBy: 'RECORD_CONTACT_ATTEMPT (history v2)', waiverReason: null, waiverReasonCode: null })
 * // [{ evidenceKind: 'HISTORY_ENTRY', version: 2, event: 'RECORD_CONTACT_ATTEMPT' }]
 */
export function evidenceOf(obligation: ObligationEvidenceSource): ObligationEvidenceValue[] {
  if (obligation.status === 'WAIVED') return [{ evidenceKind: 'WAIVER', reasonCode: obligation.waiverReasonCode, reason: obligation.waiverReason ?? '' }];
  return parseMetBy(obligation.metBy, obligation.key).map(fromReference);
}
