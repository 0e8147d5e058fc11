import { badInput, forbidden } from '../errors';
import type { CasePrecondition } from './case-transition.service';
import { AccessPolicy } from '../auth/access-policy';
import { StaffRepository } from '../repositories/staff.repository';
import { ClientRepository } from '../repositories/client.repository';
import { ExemptionRepository } from '../repositories/exemption.repository';
import { documentationViolation, exemptionClaimViolation } from '../exemptions/exemption-rules';
import { alaskaDateOf } from '../dates';

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

/**
 * AS 47.27.035: the medical statement a reason rests on, then who may claim it, from the household and every earlier exemption period
 * of the client (the caretaker exemption's 12 cumulative months count across referrals).
 */
const exemptionMayBeClaimed: CasePrecondition = async (manager, kase, event) => {
  if (event.type !== 'START_EXEMPTION') return;
  const undocumented = documentationViolation(event.reason, event.documentedOn, alaskaDateOf(event.at));
  if (undocumented) throw badInput(undocumented.message, undocumented.field, undocumented.constraint);
  const [household, earlierExemptions] = await Promise.all([
    new ClientRepository(manager).householdsOf([kase.clientId]),
    new ExemptionRepository(manager).periodsOfClient(kase.clientId),
  ]);
  const refused = exemptionClaimViolation(event.reason, {
    startedOn: event.startedOn, household, earlierExemptions, childCareAuthorized: kase.childCareAuthorized,
  });
  if (refused) throw badInput(refused.message, refused.field, refused.constraint);
};

/** Database checks that run before an event is applied; the chart itself stays pure. */
export const CASE_PRECONDITIONS = {
  CHANGE_CASE_MANAGER: activeCaseManagerOfOffice('caseManagerId'),
  REFER_AGAIN: referAgainIntoOwnCaseload,
  START_EXEMPTION: exemptionMayBeClaimed,
};
