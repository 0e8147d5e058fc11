import { badInput, forbidden } from '../errors';
import type { CasePrecondition } from './case-transition.service';
import { AccessPolicy } from '../auth/access-policy';
import { StaffRepository } from '../repositories/staff.repository';

/** A case manager named on an event must be an active case manager of the case's office. */
const activeCaseManagerOfOffice = (field: string): CasePrecondition => async (manager, kase, event) => {
  const id = (event as unknown as Record<string, string>)[field];
  const staff = await new StaffRepository(manager).findById(id);
  if (!AccessPolicy.canHoldCaseload(staff) || staff.officeId !== kase.officeId) {
    throw badInput(`${field} must name an active case manager of this office`, field, 'isActiveCaseManager');
  }
};

/** Choosing someone else's caseload at re-referral is a reassignment, which is a supervisor's (ENG-3). */
const referAgainIntoOwnCaseload: CasePrecondition = async (manager, kase, event, user) => {
  const chosen = (event as { caseManagerId?: string }).caseManagerId;
  if (!AccessPolicy.mayAssignToCaseload(user, chosen)) throw forbidden('Only a SUPERVISOR may refer the client into another caseload');
  await activeCaseManagerOfOffice('caseManagerId')(manager, kase, event, user);
};

/** Database checks that run before an event is applied; the chart itself stays pure. */
export const CASE_PRECONDITIONS = {
  CHANGE_CASE_MANAGER: activeCaseManagerOfOffice('caseManagerId'),
  REFER_AGAIN: referAgainIntoOwnCaseload,
};
