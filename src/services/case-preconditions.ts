import { badInput, forbidden } from '../errors';
import type { CasePrecondition } from './case-transition.service';
import { AccessPolicy } from '../auth/access-policy';
import { StaffRepository } from '../repositories/staff.repository';
import { ClientRepository } from '../repositories/client.repository';
import { ExemptionRepository } from '../repositories/exemption.repository';
import { documentationViolation, exemptionClaimViolation } from '../exemptions/exemption-rules';
import { alaskaDateOf } from '../dates';
import { secondParentViolation } from '../activities/assignment-rules';
import { extensionCriteriaViolation } from '../machines/time-limit-clock';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import type { CaseEntity } from '../entities/case.entity';
import type { EntityManager } from 'typeorm';

/**
 * A second parent named on an event must be the client's SPOUSE or PARTNER (TL-1, 45 CFR 261.24).
 * Returns the household's second parents.
 */
async function requireSecondParents(manager: EntityManager, kase: CaseEntity, ids: ReadonlyArray<string | null | undefined>): Promise<string[]> {
  const household = await new ClientRepository(manager).householdsOf([kase.clientId]);
  for (const id of ids.filter((named): named is string => !!named)) {
    const refused = secondParentViolation(household.find((m) => m.id === id)?.relationship ?? null);
    if (refused) throw badInput(refused.message, refused.field, refused.constraint);
  }
  return household.filter((m) => secondParentViolation(m.relationship) === null).map((m) => m.id);
}

/** TL-1: an assistance month counts for the client or for the client's spouse or partner. */
const assistanceMonthOfAParent: CasePrecondition = async (manager, kase, event) => {
  if (event.type === 'RECORD_ASSISTANCE_MONTH' && event.householdMemberId) await requireSecondParents(manager, kase, [event.householdMemberId]);
};

/** DOMAIN.md "Time limit": each parent of a two-parent family must meet an extension criterion. */
const extensionCriteriaOfEachParent: CasePrecondition = async (manager, kase, event) => {
  if (event.type !== 'DECIDE_EXTENSION') return;
  const householdParents = await requireSecondParents(manager, kase, (event.criteria ?? []).map((c) => c.householdMemberId));
  const refused = extensionCriteriaViolation((kase.snapshot as StoredCaseSnapshot).context, event.approved, event.criteria, householdParents);
  if (refused) throw badInput(refused, 'criteria', 'eachParentMeetsCriterion');
};

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
  RECORD_ASSISTANCE_MONTH: assistanceMonthOfAParent,
  DECIDE_EXTENSION: extensionCriteriaOfEachParent,
};
