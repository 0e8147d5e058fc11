import { DataSource, EntityManager } from 'typeorm';
import { transition } from 'xstate';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CaseEntity } from '../entities';
import { badInput, forbidden, notFound } from '../errors';
import { authorizeEvent, availableActions, checkEvent, type ActingUser, type ActionFacts } from '../machines/available-actions';
import { needsDocumentation } from '../machines/documentation-rules';
import { CaseRepository } from '../repositories/case.repository';
import { DocumentationRepository } from '../repositories/documentation.repository';
import { StaffRepository } from '../repositories/staff.repository';
import type { ActorRole } from '../entities/staff.entity';
import { publishCaseChange } from './case-publication';
import { CASE_EVENTS, type TimeEventType } from '../machines/case-event-catalog';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import type { CaseEvent } from '../machines/case-lifecycle.types';
import { restoreCaseSnapshot, toStored, type CaseSnapshot, type StoredCaseSnapshot } from '../machines/case-snapshot';
import { phaseOf, stateString } from '../machines/case-state';
import { transitionNotAllowed, versionConflict } from './case-errors';
import type { Clock } from './clock';
import { assertRecordId } from './ids';
import { writeTransaction } from './transaction';

/** An event as a client sends it; the server stamps `at` from its clock. */
export type CaseCommand = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> : never) : never;

/** Checks that need the database (e.g. "is that staff member a case manager here?") before an event applies. */
export type CasePrecondition = (manager: EntityManager, kase: CaseEntity, event: CaseEvent, user: CurrentUser) => Promise<void>;

export interface AppliedTransition { kase: CaseEntity; before: string; after: string }

/**
 * What an applied event does beyond the case, in its transaction, before onCaseChanged: e.g. a
 * TRK-1 / TL-2 request or decision recorded as an approval (src/approvals/approval-effects.ts).
 * Throwing refuses the event: nothing is written.
 */
export type TransitionEffect = (manager: EntityManager, applied: { event: CaseEvent; kase: CaseEntity; user: CurrentUser }) => Promise<void>;

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
    private readonly onCaseChanged: (manager: EntityManager, caseId: string, kase: CaseEntity) => Promise<void> = () => Promise.resolve(),
    private readonly effects: TransitionEffect = () => Promise.resolve(),
  ) {}

  /**
   * @example
   * await transitions.apply(user, caseId, { type: 'SIGN_FSSP', signedOn: '2026-11-20' }, 4);
   */
  async apply(user: CurrentUser, caseId: string, command: CaseCommand, expectedVersion?: number | null): Promise<AppliedTransition> {
    assertRecordId('Case', caseId);
    return writeTransaction(this.dataSource, (manager) => this.applyIn(manager, user, caseId, command, expectedVersion));
  }

  /**
   * `apply` inside a transaction the caller already opened (a document's rows and the chart event
   * it sends commit together): the same checks, write, history row and onCaseChanged.
   */
  async applyIn(manager: EntityManager, user: CurrentUser, caseId: string, command: CaseCommand, expectedVersion?: number | null): Promise<AppliedTransition> {
    assertRecordId('Case', caseId);
    const event: CaseEvent = { ...command, at: this.clock.now().toISOString() };
    const kase = await new CaseRepository(manager).findById(caseId);
    if (!kase) throw notFound('Case', caseId);
    AccessPolicy.assertCanReadOffice(user, kase.officeId);
    const acting = actingUser(user, kase);
    const denied = authorizeEvent(event.type, acting);
    if (denied?.by === 'ROLE') throw forbidden(`${CASE_EVENTS[event.type].mutation} ${denied.reason}`);
    if (denied) AccessPolicy.assertCanActOnCase(user, kase);
    if (expectedVersion != null && expectedVersion !== kase.version) throw versionConflict(caseId, kase.version, expectedVersion);

    const snapshot = restoreCaseSnapshot(kase.snapshot as StoredCaseSnapshot, kase.machineVersion);
    const before = stateString(snapshot.value);
    // The one decision Case.actions shows (availableActions): the dates against the record, the chart, then the note on file.
    const facts = await this.factsFor(manager, kase.id, needsDocumentation(event.type));
    const refused = checkEvent(snapshot, event, facts);
    if (refused?.by === 'TIMELINE') throw badInput(refused.reason, refused.field, refused.constraint);
    if (refused?.by === 'CHART') throw await this.refusal(manager, kase.id, snapshot, event, refused.reason, acting);
    // The record's own checks (who may claim an exemption, the case manager named) answer before
    // the note on file: a request refused on its facts should not first ask for a CANO (NOTE-3).
    await this.preconditions[event.type]?.(manager, kase, event, user);
    if (refused?.by === 'DOCUMENTATION') throw badInput(refused.reason, 'caseId', refused.constraint);
    const [next] = transition(caseLifecycleMachine, snapshot, event);
    const updated = await this.write(manager, kase, next, event, user, before);
    await this.effects(manager, { event, kase: updated, user });
    await this.onCaseChanged(manager, kase.id, updated);
    return { kase: updated, before, after: updated.state };
  }

  /**
   * An event time sends (CASE_EVENTS[type].sentByTime), applied by the office's SYSTEM actor in the
   * caller's transaction when the chart accepts it now, or null (nothing written) when it does not.
   * The same chart, timeline, history row and onCaseChanged as a person's event: only the actor
   * differs, so the record never names a case manager for an act nobody did.
   *
   * @example
   * await transitions.applyByTime(manager, caseId, 'EXPIRE_FSSP') // the day after the last step review date (FSSP-3)
   */
  async applyByTime(manager: EntityManager, caseId: string, type: TimeEventType): Promise<AppliedTransition | null> {
    if (!CASE_EVENTS[type].sentByTime) throw new Error(`${type} is not an event time sends`);
    const event: CaseEvent = { type, at: this.clock.now().toISOString() };
    const kase = await new CaseRepository(manager).lockById(caseId);
    if (!kase) return null;
    const snapshot = restoreCaseSnapshot(kase.snapshot as StoredCaseSnapshot, kase.machineVersion);
    if (checkEvent(snapshot, event, await this.factsFor(manager, kase.id, needsDocumentation(type))) !== null) return null;
    const actor = await new StaffRepository(manager).systemActorOf(kase.officeId);
    const before = stateString(snapshot.value);
    const [next] = transition(caseLifecycleMachine, snapshot, event);
    const updated = await this.write(manager, kase, next, event, actor, before);
    await this.onCaseChanged(manager, kase.id, updated);
    return { kase: updated, before, after: updated.state };
  }

  /** The notes on file, read under the case's transaction, only for the events that need them. */
  private async factsFor(manager: EntityManager, caseId: string, needed: boolean): Promise<ActionFacts> {
    return { documentation: needed ? await new DocumentationRepository(manager).onFileFor(caseId) : new Map() };
  }

  /** TRANSITION_NOT_ALLOWED with what the user could send instead, by the same decision as Case.actions. */
  private async refusal(manager: EntityManager, caseId: string, snapshot: CaseSnapshot, event: CaseEvent, reason: string, user: ActingUser) {
    const facts = await this.factsFor(manager, caseId, true);
    const allowed = availableActions(snapshot, facts, user, event.at).filter((a) => a.allowed).map((a) => a.event);
    return transitionNotAllowed(event.type, stateString(snapshot.value), reason, allowed);
  }

  private async write(manager: EntityManager, kase: CaseEntity, next: CaseSnapshot, event: CaseEvent, user: { id: string; role: ActorRole }, before: string): Promise<CaseEntity> {
    const ctx = next.context;
    const cases = new CaseRepository(manager);
    const updated = await cases.updateIfVersion(kase.id, kase.version, {
      snapshot: toStored(next), state: stateString(next.value), phase: phaseOf(next.value), track: ctx.track, caseManagerId: ctx.caseManagerId,
      monthsUsed: ctx.monthsUsed, referralDate: ctx.referralDate, machineVersion: CASE_MACHINE_VERSION,
    });
    // With READ COMMITTED a racing UPDATE waits for the winner, re-checks the WHERE, and matches nothing.
    if (!updated) {
      const current = await cases.findById(kase.id);
      throw versionConflict(kase.id, current?.version ?? kase.version, kase.version);
    }
    const { type, at, ...payload } = event;
    await cases.appendHistory({
      caseId: kase.id, version: updated.version, event: type, payload, stateBefore: before, stateAfter: updated.state,
      actorId: user.id, actorRole: user.role, occurredAt: new Date(at),
    });
    // The change feed and the Eligibility outbox commit with the change or not at all.
    await publishCaseChange(manager, updated, event, before);
    return updated;
  }
}

/** The access policy's answer for this case, as the pure decision takes it. */
const actingUser = (user: CurrentUser, kase: CaseEntity): ActingUser => ({ role: user.role, cannotActBecause: AccessPolicy.whyCannotActOnCase(user, kase) });
