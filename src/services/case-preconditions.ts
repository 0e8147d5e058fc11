import { StaffEntity } from '../entities';
import { badInput, forbidden } from '../errors';
import type { CaseContext } from '../machines/case-lifecycle.types';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import type { CasePrecondition } from './case-transition.service';
import { DOCUMENTATION_RULES, isDocumented, LATEST_DOCUMENTATION_SQL, type DocumentationRule } from './documentation-rules';

/** A case manager named on an event must be an active case manager of the case's office. */
const activeCaseManagerOfOffice = (field: string): CasePrecondition => async (manager, kase, event) => {
  const id = (event as unknown as Record<string, string>)[field];
  const staff = await manager.findOneBy(StaffEntity, { id });
  if (!staff || staff.role !== 'CASE_MANAGER' || !staff.active || staff.officeId !== kase.officeId) {
    throw badInput(`${field} must name an active case manager of this office`, field, 'isActiveCaseManager');
  }
};

/** The note a documented transition needs (DOCUMENTATION_RULES), read under the case's lock. */
const documented = (rule: DocumentationRule): CasePrecondition => async (manager, kase) => {
  const rows: Array<{ kind: string; latest: string }> = await manager.query(LATEST_DOCUMENTATION_SQL, [[kase.id]]);
  const context = (kase.snapshot as StoredCaseSnapshot).context as CaseContext;
  if (!isDocumented(rule, context, new Map(rows.map((r) => [r.kind, r.latest])))) throw badInput(rule.message, 'caseId', rule.constraint);
};

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
  RECORD_EA_NOTE: documented(DOCUMENTATION_RULES.RECORD_EA_NOTE!),
  DETERMINE_GOOD_CAUSE: documented(DOCUMENTATION_RULES.DETERMINE_GOOD_CAUSE!),
  ESCALATE_PENALTY: documented(DOCUMENTATION_RULES.ESCALATE_PENALTY!),
};
