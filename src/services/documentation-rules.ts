import type { CaseContext, CaseEventType } from '../machines/case-lifecycle.types';

/**
 * Transitions the rules say must be documented first: a note of `kind` entered (Alaska date) on
 * or after the day the context names. One table, read by the precondition that refuses the
 * mutation and by `Case.actions`, so a button and the server agree.
 */
export interface DocumentationRule {
  /** `client_note:<subject>` or `case_note:<category>` */
  kind: string;
  since(context: CaseContext): string | null | undefined;
  message: string;
  constraint: string;
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
};

/** Whether a case's latest notes (kind -> latest Alaska date) satisfy a rule. */
export function isDocumented(rule: DocumentationRule, context: CaseContext, latest: ReadonlyMap<string, string>): boolean {
  const noted = latest.get(rule.kind);
  return !!noted && noted >= (rule.since(context) ?? context.referralDate);
}

/** Latest Alaska date of each documentation kind per case, in one statement for any number of cases. */
export const LATEST_DOCUMENTATION_SQL = `
  SELECT case_id AS "caseId", 'client_note:' || subject AS kind, max((entered_at AT TIME ZONE 'America/Anchorage')::date)::text AS latest
    FROM client_note WHERE case_id = ANY($1) GROUP BY case_id, subject
  UNION ALL
  SELECT case_id, 'case_note:' || category, max((entered_at AT TIME ZONE 'America/Anchorage')::date)::text
    FROM case_note WHERE case_id = ANY($1) GROUP BY case_id, category`;
