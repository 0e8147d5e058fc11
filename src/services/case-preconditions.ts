import { StaffEntity } from '../entities';
import { badInput } from '../errors';
import type { CasePrecondition } from './case-transition.service';

/** A case manager named on an event must be an active case manager of the case's office. */
const activeCaseManagerOfOffice = (field: string): CasePrecondition => async (manager, kase, event) => {
  const id = (event as unknown as Record<string, string>)[field];
  const staff = await manager.findOneBy(StaffEntity, { id });
  if (!staff || staff.role !== 'CASE_MANAGER' || !staff.active || staff.officeId !== kase.officeId) {
    throw badInput(`${field} must name an active case manager of this office`, field, 'isActiveCaseManager');
  }
};

/** Database checks that run before an event is applied; the chart itself stays pure. */
export const CASE_PRECONDITIONS = {
  CHANGE_CASE_MANAGER: activeCaseManagerOfOffice('caseManagerId'),
  REFER_AGAIN: activeCaseManagerOfOffice('caseManagerId'),
};
