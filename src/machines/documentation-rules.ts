import type { PlainDate } from '../dates';
import type { CaseContext, CaseEventType } from './case-lifecycle.types';

/**
 * Transitions the rules say must be documented first: a note of `kind` entered (Alaska date) on
 * or after the day the context names. Pure: the notes on file arrive as `DocumentationOnFile`.
 * `availableActions` reads this table both for `Case.actions` and for the mutation.
 */
export interface DocumentationRule {
  /** `client_note:<subject>` or `case_note:<category>` */
  kind: string;
  since(context: CaseContext): string | null | undefined;
  message: string;
  constraint: string;
}

/** The latest Alaska date each kind of note was entered on a case (kind as in DocumentationRule). */
export type DocumentationOnFile = ReadonlyMap<string, PlainDate>;

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
};

/** Whether the notes on file satisfy a rule. */
export function isDocumented(rule: DocumentationRule, context: CaseContext, onFile: DocumentationOnFile): boolean {
  const noted = onFile.get(rule.kind);
  return !!noted && noted >= (rule.since(context) ?? context.referralDate);
}

/** Whether an event needs notes on file, so a caller loads them only when they matter. */
export const needsDocumentation = (type: CaseEventType): boolean => DOCUMENTATION_RULES[type] !== undefined;
