import { addDays, type PlainDate } from '../dates';
import type { CaseContext, CaseEventType } from './case-lifecycle.types';

/**
 * Transitions the rules say must be documented first: a note of `kind` entered (Alaska date) on
 * or after the day `since` names. Pure: the notes on file arrive as `DocumentationOnFile`, and
 * `today` is the Alaska date of the event. `availableActions` reads this table both for
 * `Case.actions` and for the mutation.
 *
 * NOTE-3's CANOs come BEFORE the change they document: the rule says a CANO is made for the
 * change, and the system can only check one that is on file when the change is sent. The CANO of
 * an earlier change of the same category (the exemption's start, the request to impose) must not
 * count for the next one (its end, a request to end): see `enteredAfter`.
 */
export interface DocumentationRule {
  /** `client_note:<subject>` or `case_note:<category>` */
  kind: string;
  since(context: CaseContext, today: PlainDate): string | null | undefined;
  message: string;
  constraint: string;
}

/** The latest Alaska date each kind of note was entered on a case (kind as in DocumentationRule). */
export type DocumentationOnFile = ReadonlyMap<string, PlainDate>;

/**
 * The first day a CANO documents this change rather than the earlier one of its category, which
 * was recorded on `recordedOn` with its own CANO entered by then. Notes are known by day: sent on
 * a later day, this change needs a CANO from after that day; sent the same day, one CANO of the
 * day documents both changes.
 *
 * @example
 * enteredAfter('2026-11-02', '2026-11-12') // '2026-11-03'
 * enteredAfter('2026-11-02', '2026-11-02') // '2026-11-02'
 */
export function enteredAfter(recordedOn: PlainDate | null | undefined, today: PlainDate): PlainDate | null | undefined {
  return recordedOn && today > recordedOn ? addDays(recordedOn, 1) : recordedOn;
}

export const DOCUMENTATION_RULES: Partial<Record<CaseEventType, DocumentationRule>> = {
  /** EA-2: the assessment's results are documented in an EA CLNO, entered since the EA. */
  RECORD_EA_NOTE: {
    kind: 'client_note:EA',
    since: (c) => c.ea.completedOn,
    message: 'Enter the Employability Assessment client note first (EA-2)',
    constraint: 'eaNoteRequired',
  },
  /** PEN-1: the good cause result is documented in a Good Cause Determination CLNO. */
  DETERMINE_GOOD_CAUSE: {
    kind: 'client_note:GOOD_CAUSE_DETERMINATION',
    since: (c) => c.penalty?.reportedOn ?? c.penalty?.occurredOn,
    message: 'Enter the Good Cause Determination client note first (PEN-1)',
    constraint: 'goodCauseNoteRequired',
  },
  /** PEN-4: the home visit with the decision to raise the penalty is recorded in a CANO. */
  ESCALATE_PENALTY: {
    kind: 'case_note:PENALTY_HOME_VISIT',
    since: (c) => c.penalty?.homeVisitRecordedOn ?? c.penalty?.homeVisitOn,
    message: 'Enter the home visit case note (CANO) before raising the penalty (PEN-4)',
    constraint: 'homeVisitCaseNoteRequired',
  },
  /** NOTE-3: the start of an exemption, in a CANO entered after the previous exemption's end was recorded (or since the referral). */
  START_EXEMPTION: {
    kind: 'case_note:EXEMPTION_START_OR_END',
    since: (c, today) => enteredAfter(c.exemption?.endRecordedOn, today) ?? c.exemption?.endedOn,
    message: 'Enter the exemption case note (CANO) before starting the exemption (NOTE-3)',
    constraint: 'exemptionStartCaseNoteRequired',
  },
  /** NOTE-3: the end of an exemption, in a CANO entered after this exemption's start was recorded: not the start's own CANO. */
  END_EXEMPTION: {
    kind: 'case_note:EXEMPTION_START_OR_END',
    since: (c, today) => enteredAfter(c.exemption?.recordedOn, today) ?? c.exemption?.startedOn,
    message: 'Enter the exemption case note (CANO) before ending the exemption (NOTE-3)',
    constraint: 'exemptionEndCaseNoteRequired',
  },
  /** NOTE-3: a request to impose a penalty, in a CANO entered since this non-compliance was reported. */
  REQUEST_PENALTY: {
    kind: 'case_note:PENALTY_REQUEST',
    since: (c) => c.penalty?.reportedOn,
    message: 'Enter the penalty request case note (CANO) before requesting the penalty (NOTE-3)',
    constraint: 'penaltyRequestCaseNoteRequired',
  },
  /** NOTE-3: a request to end the penalty (cured), in a CANO entered after the request to impose it was recorded. */
  CURE_PENALTY: {
    kind: 'case_note:PENALTY_REQUEST',
    since: (c, today) => enteredAfter(c.penalty?.requestedOn, today) ?? c.penalty?.reportedOn,
    message: 'Enter the case note (CANO) requesting to end the penalty before recording the cure (NOTE-3)',
    constraint: 'penaltyEndCaseNoteRequired',
  },
  /** NOTE-3: a request to end the penalty (good cause found later), as for a cure. */
  REMOVE_PENALTY_FOR_GOOD_CAUSE: {
    kind: 'case_note:PENALTY_REQUEST',
    since: (c, today) => enteredAfter(c.penalty?.requestedOn, today) ?? c.penalty?.reportedOn,
    message: 'Enter the case note (CANO) requesting to end the penalty before removing it for good cause (NOTE-3)',
    constraint: 'penaltyEndCaseNoteRequired',
  },
  /** NOTE-3: the extension decision, in a CANO entered on or after the staffing (TL-2). */
  DECIDE_EXTENSION: {
    kind: 'case_note:EXTENSION_DECISION',
    since: (c) => c.extension?.staffingOn,
    message: 'Enter the extension decision case note (CANO) before deciding the extension (NOTE-3)',
    constraint: 'extensionDecisionCaseNoteRequired',
  },
};

/**
 * Whether the notes on file satisfy a rule for an event sent on `today` (Alaska date).
 *
 * @example
 * isDocumented(DOCUMENTATION_RULES.END_EXEMPTION!, context, new Map([['case_note:EXEMPTION_START_OR_END', '2026-11-12']]), '2026-11-12')
 * // true when the exemption's start was recorded before 2026-11-12 (a CANO of that day is the start's)
 */
export function isDocumented(rule: DocumentationRule, context: CaseContext, onFile: DocumentationOnFile, today: PlainDate): boolean {
  const noted = onFile.get(rule.kind);
  return !!noted && noted >= (rule.since(context, today) ?? context.referralDate);
}

/** Whether an event needs notes on file, so a caller loads them only when they matter. */
export const needsDocumentation = (type: CaseEventType): boolean => DOCUMENTATION_RULES[type] !== undefined;
