import { DataSource, EntityManager } from 'typeorm';
import { transition } from 'xstate';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CaseEntity } from '../entities';
import { badInput, forbidden, notFound } from '../errors';
import { describeCaseActions, whyNotNow } from '../machines/case-actions';
import { CASE_EVENTS } from '../machines/case-event-catalog';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import type { CaseEvent } from '../machines/case-lifecycle.types';
import { restoreCaseSnapshot, toStored, type CaseSnapshot, type StoredCaseSnapshot } from '../machines/case-snapshot';
import { phaseOf, stateString } from '../machines/case-state';
import { dayOf } from '../machines/iso-dates';
import { transitionNotAllowed, versionConflict } from './case-errors';
import type { Clock } from './clock';
import { assertRecordId } from './ids';

/** An event as a client sends it; the server stamps `at` from its clock. */
export type CaseCommand = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> : never) : never;

/** Checks that need the database (e.g. "is that staff member a case manager here?") before an event applies. */
export type CasePrecondition = (manager: EntityManager, kase: CaseEntity, event: CaseEvent, user: CurrentUser) => Promise<void>;

export interface AppliedTransition { kase: CaseEntity; before: string; after: string }

/**
 * Applies lifecycle events to cases: load, compute with the pure machine, then a conditional
 * UPDATE ... WHERE version = $expected and one append-only history row, in one transaction.
 * TypeORM's save() with @VersionColumn would silently overwrite a concurrent change (typeorm#2848).
 */
export class CaseTransitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly preconditions: Partial<Record<CaseEvent['type'], CasePrecondition>> = {},
    /** Runs in the same transaction after the write, e.g. to recompute the case's obligations. */
    private readonly onCaseChanged: (manager: EntityManager, caseId: string, kase: CaseEntity) => Promise<void> = async () => undefined,
  ) {}

  /**
   * @example
   * await transitions.apply(user, caseId, { type: 'SIGN_FSSP', signedOn: '2026-11-20' }, 4);
   */
  async apply(user: CurrentUser, caseId: string, command: CaseCommand, expectedVersion?: number | null): Promise<AppliedTransition> {
    assertRecordId('Case', caseId);
    const event = { ...command, at: this.clock.now().toISOString() } as CaseEvent;
    assertNotInFuture(event);
    return this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOneBy(CaseEntity, { id: caseId });
      if (!kase) throw notFound('Case', caseId);
      AccessPolicy.assertCanReadOffice(user, kase.officeId);
      const spec = CASE_EVENTS[event.type];
      if (!spec.roles.includes(user.role)) throw forbidden(`${spec.mutation} requires ${spec.roles.join(' or ')}`);
      AccessPolicy.assertCanActOnCase(user, kase);
      if (expectedVersion != null && expectedVersion !== kase.version) throw versionConflict(caseId, kase.version, expectedVersion);

      const snapshot = restoreCaseSnapshot(kase.snapshot as StoredCaseSnapshot, kase.machineVersion);
      const before = stateString(snapshot.value);
      if (!snapshot.can(event)) throw this.refusal(snapshot, event, before, user);
      await this.preconditions[event.type]?.(manager, kase, event, user);
      const [next] = transition(caseLifecycleMachine, snapshot, event);
      const updated = await this.write(manager, kase, next, event, user, before);
      await this.onCaseChanged(manager, kase.id, updated);
      return { kase: updated, before, after: updated.state };
    });
  }

  private refusal(snapshot: CaseSnapshot, event: CaseEvent, state: string, user: CurrentUser) {
    const reason = whyNotNow(snapshot, event.type, event.at) ?? 'the event does not pass the chart\'s checks with these values';
    const allowed = describeCaseActions(snapshot, { role: user.role, mayActOnCase: true }, event.at)
      .filter((a) => a.allowed)
      .map((a) => a.event);
    return transitionNotAllowed(event.type, state, reason, allowed);
  }

  private async write(manager: EntityManager, kase: CaseEntity, next: CaseSnapshot, event: CaseEvent, user: CurrentUser, before: string): Promise<CaseEntity> {
    const ctx = next.context;
    // A structured result, because TypeORM returns UPDATE ... RETURNING as [rows, count] otherwise.
    const { records: rows } = await manager.queryRunner!.query(
      `UPDATE work_case
          SET snapshot = $3, state = $4, phase = $5, track = $6, case_manager_id = $7, months_used = $8,
              referral_date = $9, machine_version = $10, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING ${CASE_COLUMNS}`,
      [kase.id, kase.version, toStored(next), stateString(next.value), phaseOf(next.value), ctx.track, ctx.caseManagerId,
        ctx.monthsUsed, ctx.referralDate, CASE_MACHINE_VERSION],
      true,
    ) as { records: CaseEntity[] };
    // With READ COMMITTED a racing UPDATE waits for the winner, re-checks the WHERE, and matches nothing.
    if (rows.length === 0) {
      const current = await manager.findOneBy(CaseEntity, { id: kase.id });
      throw versionConflict(kase.id, current?.version ?? kase.version, kase.version);
    }
    const { type, at, ...payload } = event;
    await manager.query(
      `INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [kase.id, rows[0].version, type, payload, before, stateString(next.value), user.id, user.role, at],
    );
    const rule = CASE_EVENTS[type].notifiesEligibility;
    if (rule) {
      // The outbox row commits with the change or not at all, so Eligibility never misses one.
      await manager.query(
        `INSERT INTO eligibility_notice (case_id, office_id, case_version, event, rule_id, payload, created_at, due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [kase.id, kase.officeId, rows[0].version, type, rule, payload, at, dayOf(at)],
      );
    }
    return Object.assign(new CaseEntity(), rows[0]);
  }
}

/** A record of something done cannot be dated after today in Alaska: it would meet deadlines in advance. */
function assertNotInFuture(event: CaseEvent): void {
  const today = dayOf(event.at);
  for (const field of CASE_EVENTS[event.type].pastDates ?? []) {
    const value = (event as unknown as Record<string, string | null>)[field];
    if (value && value > today) throw badInput(`${field} ${value} is after today (${today})`, field, 'notInFuture');
  }
}

/** The row as CaseEntity properties, so the UPDATE returns what the response needs without a re-read. */
const CASE_COLUMNS = `id, client_id AS "clientId", office_id AS "officeId", case_manager_id AS "caseManagerId", track,
  to_char(referral_date, 'YYYY-MM-DD') AS "referralDate", months_used AS "monthsUsed", state, phase, snapshot,
  machine_version AS "machineVersion", child_care_authorized AS "childCareAuthorized",
  child_care_federally_funded AS "childCareFederallyFunded", version, created_at AS "createdAt", updated_at AS "updatedAt"`;

