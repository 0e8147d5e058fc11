import { StaffEntity } from '../entities';
import { badInput, forbidden } from '../errors';
import type { CaseContext } from '../machines/case-lifecycle.types';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import type { CasePrecondition } from './case-transition.service';

/** A case manager named on an event must be an active case manager of the case's office. */
const activeCaseManagerOfOffice = (field: string): CasePrecondition => async (manager, kase, event) => {
  const id = (event as unknown as Record<string, string>)[field];
  const staff = await manager.findOneBy(StaffEntity, { id });
  if (!staff || staff.role !== 'CASE_MANAGER' || !staff.active || staff.officeId !== kase.officeId) {
    throw badInput(`${field} must name an active case manager of this office`, field, 'isActiveCaseManager');
  }
};

/**
 * A documentation rule: a note of `kind` entered (Alaska date) on or after the day the context
 * names, else the event is refused with the rule's message.
 */
const requiresNote = (
  sql: string, since: (context: CaseContext) => string | null | undefined, message: string, constraint: string,
): CasePrecondition => async (manager, kase) => {
  const context = (kase.snapshot as StoredCaseSnapshot).context as CaseContext;
  const [note] = await manager.query(
    `${sql} AND case_id = $1 AND (entered_at AT TIME ZONE 'America/Anchorage')::date >= $2::date LIMIT 1`,
    [kase.id, since(context) ?? context.referralDate],
  );
  if (!note) throw badInput(message, 'caseId', constraint);
};

/** PEN-1: the good cause result is documented in a Good Cause Determination CLNO before it is recorded. */
const goodCauseDocumented = requiresNote(
  `SELECT 1 FROM client_note WHERE subject = 'GOOD_CAUSE_DETERMINATION'`, (c) => c.penalty?.reportedOn ?? c.penalty?.occurredOn,
  'Enter the Good Cause Determination client note first (PEN-1)', 'goodCauseNoteRequired');

/** PEN-4: the home visit with the decision to raise the penalty is recorded in a CANO before the increase. */
const homeVisitCaseNote = requiresNote(
  `SELECT 1 FROM case_note WHERE category = 'PENALTY_HOME_VISIT'`, (c) => c.penalty?.homeVisitRecordedOn ?? c.penalty?.homeVisitOn,
  'Enter the home visit case note (CANO) before raising the penalty (PEN-4)', 'homeVisitCaseNoteRequired');

/** Choosing someone else's caseload at re-referral is a reassignment, which is a supervisor's (ENG-3). */
const referAgainIntoOwnCaseload: CasePrecondition = async (manager, kase, event, user) => {
  const chosen = (event as { caseManagerId?: string }).caseManagerId;
  if (user.role === 'CASE_MANAGER' && chosen !== user.id) throw forbidden('Only a SUPERVISOR may refer the client into another caseload');
  await activeCaseManagerOfOffice('caseManagerId')(manager, kase, event, user);
};

/** Database checks that run before an event is applied; the chart itself stays pure. */
export const CASE_PRECONDITIONS = {
  CHANGE_CASE_MANAGER: activeCaseManagerOfOffice('caseManagerId'),
  REFER_AGAIN: referAgainIntoOwnCaseload,
  DETERMINE_GOOD_CAUSE: goodCauseDocumented,
  ESCALATE_PENALTY: homeVisitCaseNote,
};
