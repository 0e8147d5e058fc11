import { DataSource, EntityManager } from 'typeorm';
import { initialTransition } from 'xstate';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CaseEntity, ClientEntity, HouseholdMemberEntity, StaffEntity } from '../entities';
import type { HouseholdRelationship } from '../entities/household-member.entity';
import { badInput, forbidden } from '../errors';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import type { Track } from '../machines/case-lifecycle.types';
import { toStored } from '../machines/case-snapshot';
import { phaseOf, stateString } from '../machines/case-state';
import { alaskaDateOf } from '../calendar/alaska-calendar';
import type { Clock } from './clock';

export interface ReferralRequest {
  client: { firstName: string; lastName: string; dateOfBirth: string; phone?: string | null; email?: string | null; mailingAddress?: string | null; community?: string | null };
  household: Array<{ firstName: string; lastName: string; relationship: HouseholdRelationship; dateOfBirth: string }>;
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
    private readonly onCaseChanged: (manager: EntityManager, caseId: string) => Promise<void> = async () => undefined,
  ) {}

  async refer(user: CurrentUser, request: ReferralRequest): Promise<CaseEntity> {
    if (!['CASE_MANAGER', 'SUPERVISOR', 'MANAGER'].includes(user.role)) throw forbidden(`${user.role} may not refer clients`);
    const caseManagerId = request.caseManagerId ?? (user.role === 'CASE_MANAGER' ? user.id : null);
    if (!caseManagerId) throw badInput('caseManagerId is required when a supervisor or manager refers a client', 'caseManagerId', 'isDefined');
    if (user.role === 'CASE_MANAGER' && caseManagerId !== user.id) throw forbidden('Case managers refer clients to their own caseload');
    const today = alaskaDateOf(this.clock.now());
    if (request.referralDate > today) throw badInput(`referralDate ${request.referralDate} is after today (${today})`, 'referralDate', 'notInFuture');
    const born = [request.client.dateOfBirth, ...request.household.map((m) => m.dateOfBirth)].find((d) => d > today);
    if (born) throw badInput(`a date of birth (${born}) is after today (${today})`, 'dateOfBirth', 'notInFuture');
    return this.dataSource.transaction(async (manager) => {
      const caseManager = await manager.findOneBy(StaffEntity, { id: caseManagerId });
      if (!caseManager || caseManager.role !== 'CASE_MANAGER' || !caseManager.active) {
        throw badInput('caseManagerId must name an active case manager', 'caseManagerId', 'isActiveCaseManager');
      }
      AccessPolicy.assertCanActOnCase(user, { officeId: caseManager.officeId, caseManagerId });
      const client = await manager.save(manager.create(ClientEntity, { ...request.client }));
      if (request.household.length) {
        await manager.insert(HouseholdMemberEntity, request.household.map((m) => ({ ...m, clientId: client.id })));
      }
      const [snapshot] = initialTransition(caseLifecycleMachine, {
        track: request.track, caseManagerId, referralDate: request.referralDate, monthsUsed: request.monthsUsed,
      });
      const kase = await manager.save(manager.create(CaseEntity, {
        clientId: client.id, officeId: caseManager.officeId, caseManagerId, track: request.track,
        referralDate: request.referralDate, monthsUsed: request.monthsUsed, state: stateString(snapshot.value),
        phase: phaseOf(snapshot.value), snapshot: toStored(snapshot), machineVersion: CASE_MACHINE_VERSION, version: 1,
      }));
      await manager.query(
        `INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
         VALUES ($1, 1, 'REFERRED', $2, NULL, $3, $4, $5, $6)`,
        [kase.id, { track: request.track, referralDate: request.referralDate, monthsUsed: request.monthsUsed, caseManagerId }, kase.state, user.id, user.role, this.clock.now()],
      );
      await this.onCaseChanged(manager, kase.id);
      return kase;
    });
  }
}
