import { DataSource, EntityManager } from 'typeorm';
import { initialTransition } from 'xstate';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { CaseEntity } from '../entities';
import type { HouseholdRelationship } from '../entities/household-member.entity';
import { badInput, forbidden } from '../errors';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import type { Track } from '../machines/case-lifecycle.types';
import { toStored } from '../machines/case-snapshot';
import { priorMonthsViolation } from '../machines/time-limit-clock';
import { phaseOf, stateString } from '../machines/case-state';
import { alaskaDateOf } from '../dates';
import { CaseRepository } from '../repositories/case.repository';
import { ClientRepository } from '../repositories/client.repository';
import { StaffRepository } from '../repositories/staff.repository';
import type { Clock } from './clock';
import { writeTransaction } from './transaction';
import { publishReferral } from './case-publication';

export interface ReferralRequest {
  client: { firstName: string; lastName: string; dateOfBirth: string; phone?: string | null; email?: string | null; mailingAddress?: string | null; community?: string | null };
  /** `monthsUsed`: a SPOUSE/PARTNER's months used before this referral (TL-1). */
  household: Array<{ firstName: string; lastName: string; relationship: HouseholdRelationship; dateOfBirth: string; monthsUsed?: number | null }>;
  track: Track;
  referralDate: string;
  monthsUsed: number;
  caseManagerId?: string | null;
}

/** A referral from Eligibility: creates the client, the household and a case at the start of the chart. */
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly onCaseChanged: (manager: EntityManager, caseId: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  async refer(user: CurrentUser, request: ReferralRequest): Promise<CaseEntity> {
    AccessPolicy.assertMay(user, 'referClient', `${user.role} may not refer clients`);
    const caseManagerId = request.caseManagerId ?? AccessPolicy.defaultCaseload(user);
    if (!caseManagerId) throw badInput('caseManagerId is required when a supervisor or manager refers a client', 'caseManagerId', 'isDefined');
    if (!AccessPolicy.mayAssignToCaseload(user, caseManagerId)) throw forbidden('Case managers refer clients to their own caseload');
    const today = alaskaDateOf(this.clock.now());
    if (request.referralDate > today) throw badInput(`referralDate ${request.referralDate} is after today (${today})`, 'referralDate', 'notInFuture');
    // The field is named by its path in the input, as class-validator names it (item 7 of issue 9).
    const births = [{ field: 'client.dateOfBirth', date: request.client.dateOfBirth }, ...request.household.map((m, i) => ({ field: `household.${i}.dateOfBirth`, date: m.dateOfBirth }))];
    const born = births.find((b) => b.date > today);
    if (born) throw badInput(`a date of birth (${born.date}) is after today (${today})`, born.field, 'notInFuture');
    const notAParent = request.household.findIndex((m) => priorMonthsViolation(m.relationship, m.monthsUsed) !== null);
    if (notAParent >= 0) {
      const member = request.household[notAParent];
      throw badInput(priorMonthsViolation(member.relationship, member.monthsUsed)!, `household.${notAParent}.monthsUsed`, 'isSecondParent');
    }
    return writeTransaction(this.dataSource, async (manager) => {
      const caseManager = await new StaffRepository(manager).findById(caseManagerId);
      if (!AccessPolicy.canHoldCaseload(caseManager)) {
        throw badInput('caseManagerId must name an active case manager', 'caseManagerId', 'isActiveCaseManager');
      }
      AccessPolicy.assertCanActOnCase(user, { officeId: caseManager.officeId, caseManagerId });
      const clients = new ClientRepository(manager);
      const client = await clients.create({ ...request.client });
      const memberIds = await clients.addHousehold(request.household.map(({ monthsUsed: _prior, ...m }) => ({ ...m, clientId: client.id })));
      // TL-1: a second parent's months used elsewhere count on the family's clock from the start.
      const secondParentPriorMonths = Object.fromEntries(request.household
        .map((m, i) => [memberIds[i], m.monthsUsed] as const)
        .filter((entry): entry is readonly [string, number] => typeof entry[1] === 'number'));
      const [snapshot] = initialTransition(caseLifecycleMachine, {
        track: request.track, caseManagerId, referralDate: request.referralDate, monthsUsed: request.monthsUsed, secondParentPriorMonths,
      });
      const cases = new CaseRepository(manager);
      const kase = await cases.create({
        clientId: client.id, officeId: caseManager.officeId, caseManagerId, track: request.track,
        referralDate: request.referralDate, monthsUsed: request.monthsUsed, state: stateString(snapshot.value),
        phase: phaseOf(snapshot.value), snapshot: toStored(snapshot), machineVersion: CASE_MACHINE_VERSION, version: 1,
      });
      await cases.appendHistory({
        caseId: kase.id, version: 1, event: 'REFERRED', payload: { track: request.track, referralDate: request.referralDate, monthsUsed: request.monthsUsed, caseManagerId },
        stateBefore: null, stateAfter: kase.state, actorId: user.id, actorRole: user.role, occurredAt: this.clock.now(),
      });
      await publishReferral(manager, kase, this.clock.now());
      await this.onCaseChanged(manager, kase.id);
      return kase;
    });
  }
}
