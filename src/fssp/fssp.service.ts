import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type PlainDate } from '../dates';
import type { CaseEntity } from '../entities';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { badInputs, notFound } from '../errors';
import { FsspNodeRepository, FsspRepository } from '../repositories/fssp.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import { versionConflict } from '../services/case-errors';
import type { CaseCommand, CaseTransitionService } from '../services/case-transition.service';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import {
  draftViolations, lastStepReviewOn, mailingViolations, reviewViolations, signatureViolations, updateAppointmentViolations,
  type FsspViolation, type GoalDraft, type ProgressFacts, type SignatureFacts, type VersionDraft, type VersionFacts,
} from './fssp-rules';
import { type FsspResult, inForceViolation, insertDraft, latestViolation, type VersionOnFile, versionsOnFile } from './fssp-write';

export interface DraftFsspRequest extends Omit<VersionDraft, 'draftedOn'> { caseId: string; expectedVersion: number; draftedOn?: PlainDate | null; goals: GoalDraft[] }
export interface MailFsspRequest { versionId: string; expectedVersion: number; mailedOn: PlainDate; dueBackOn: PlainDate }
export interface SignFsspRequest extends SignatureFacts { versionId: string; expectedVersion: number }
export interface ReviewFsspRequest { versionId: string; expectedVersion: number; reviewedOn: PlainDate; progress: ProgressFacts[] }
export interface ScheduleFsspUpdateRequest { caseId: string; scheduledFor: PlainDate }

function refuse(violations: readonly FsspViolation[]): void {
  if (violations.length > 0) throw badInputs(`Invalid FSSP: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/**
 * Whether the chart holds a signed plan (a version signed here, or a plan signed through the older
 * lifecycle mutations): then a draft is an update waiting for its signature and a signature is
 * UPDATE_FSSP. Read from the case's snapshot, so a re-referral (which clears the plan) starts over.
 */
const chartPlanSigned = (kase: CaseEntity): boolean => (kase.snapshot as StoredCaseSnapshot).context.fssp.signedOn !== null;

const facts = (v: VersionOnFile): VersionFacts => ({ draftedOn: v.draftedOn, signedOn: v.signature?.signedOn ?? null, mailedOn: v.mailing?.mailedOn ?? null });

/**
 * The FSSP as a document (FSSP-1..6, EA-4, ENG-4). Each write records its rows and sends the
 * chart's event through CaseTransitionService.applyIn in the same transaction, so the lifecycle's
 * plan (Case.plan, FSSP-1/3 currency) always follows the signed document, and a refusal of the
 * chart (TRANSITION_NOT_ALLOWED, VERSION_CONFLICT) leaves no row behind.
 */
export class FsspService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly transitions: CaseTransitionService,
    private readonly recompute: (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>,
  ) {}

  /** Reads outside a write (the per-request loaders). */
  reader(): FsspRepository {
    return new FsspRepository(this.dataSource.manager);
  }

  /** node(id) lookups. */
  nodes(): FsspNodeRepository {
    return new FsspNodeRepository(this.dataSource.manager);
  }

  today(): PlainDate {
    return alaskaDateOf(this.clock.now());
  }

  /** The case locked, the user's right to act on it, and the version the client read. */
  private async lockCase(manager: EntityManager, user: CurrentUser, caseId: string, expectedVersion: number | null): Promise<CaseEntity> {
    AccessPolicy.assertMay(user, 'manageFssp');
    const kase = await lockCaseForWrite(manager, user, caseId);
    if (expectedVersion !== null && expectedVersion !== kase.version) throw versionConflict(caseId, kase.version, expectedVersion);
    return kase;
  }

  /** The chart event, or (for writes the chart does not see) the obligations recomputed. */
  private async chart(manager: EntityManager, user: CurrentUser, kase: CaseEntity, command: CaseCommand | null): Promise<CaseEntity> {
    if (!command) {
      await this.recompute(manager, kase.id, kase);
      return kase;
    }
    return (await this.transitions.applyIn(manager, user, kase.id, command, kase.version)).kase;
  }

  /** The version a write names, with its case locked (the case first: the lock order of every write on a case). */
  private async versionFor(manager: EntityManager, user: CurrentUser, versionId: string, expectedVersion: number) {
    assertRecordId('FSSP version', versionId);
    const found = await new FsspRepository(manager).versionById(versionId);
    if (!found) throw notFound('FSSP version', versionId);
    const kase = await this.lockCase(manager, user, found.caseId, expectedVersion);
    const versions = await versionsOnFile(manager, kase.id);
    return { kase, versions, version: versions.find((v) => v.id === versionId)! };
  }

  /** FSSP-3, EA-4: a new version; while none is signed it is the plan drafted (DRAFT_FSSP), after that an update waiting for its signature. */
  async draft(user: CurrentUser, request: DraftFsspRequest): Promise<FsspResult> {
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await this.lockCase(manager, user, request.caseId, request.expectedVersion);
      const versions = await versionsOnFile(manager, kase.id);
      const number = (versions[0]?.number ?? 0) + 1;
      const draft: VersionDraft = { ...request, draftedOn: request.draftedOn ?? this.today() };
      const previous = versions[0] ? { number: versions[0].number, draftedOn: versions[0].draftedOn, signedOn: versions[0].signature?.signedOn ?? null } : null;
      refuse(draftViolations(draft, number, { referralDate: kase.referralDate, today: this.today(), previous }));
      const version = await insertDraft(manager, kase.id, number, versions[0]?.id ?? null, draft, user.id, this.clock.now());
      const last = lastStepReviewOn(draft.goals)!;
      const after = await this.chart(manager, user, kase, chartPlanSigned(kase) ? null : { type: 'DRAFT_FSSP', draftedOn: draft.draftedOn, lastStepReviewDate: last });
      return { versionId: version.id, kase: after };
    });
  }

  /** FSSP-6: mailed for signature, with the day it is due back (MAIL_FSSP while no version is signed). */
  async mail(user: CurrentUser, request: MailFsspRequest): Promise<FsspResult> {
    return writeTransaction(this.dataSource, async (manager) => {
      const { kase, versions, version } = await this.versionFor(manager, user, request.versionId, request.expectedVersion);
      refuse([...latestViolation(versions, version), ...mailingViolations(facts(version), request, this.today())]);
      await new FsspRepository(manager).insertMailing({
        versionId: version.id, mailedOn: request.mailedOn, dueBackOn: request.dueBackOn, recordedBy: user.id, recordedAt: this.clock.now(),
      });
      const after = await this.chart(manager, user, kase, !chartPlanSigned(kase) ? { type: 'MAIL_FSSP', mailedOn: request.mailedOn, dueBackOn: request.dueBackOn } : null);
      return { versionId: version.id, kase: after };
    });
  }

  /** FSSP-1, FSSP-5: signed, the version is current: the first signature is SIGN_FSSP, a later one UPDATE_FSSP. */
  async sign(user: CurrentUser, request: SignFsspRequest): Promise<FsspResult> {
    return writeTransaction(this.dataSource, async (manager) => {
      const { kase, versions, version } = await this.versionFor(manager, user, request.versionId, request.expectedVersion);
      refuse([...latestViolation(versions, version), ...signatureViolations(facts(version), request, this.today())]);
      const field = request.method === 'FIELD' ? request.field : null;
      await new FsspRepository(manager).insertSignature({
        versionId: version.id, method: request.method, signedOn: request.signedOn, fieldPlanOn: field?.planOn ?? null,
        fieldGoalOn: field?.goalOn ?? null, fieldGoal: field?.goal?.trim() ?? null, recordedBy: user.id, recordedAt: this.clock.now(),
      });
      const command: CaseCommand = chartPlanSigned(kase)
        ? { type: 'UPDATE_FSSP', updatedOn: request.signedOn, lastStepReviewDate: version.lastStepReviewOn }
        : { type: 'SIGN_FSSP', signedOn: request.signedOn };
      return { versionId: version.id, kase: await this.chart(manager, user, kase, command) };
    });
  }

  /** FSSP-2, ENG-4: the monthly review with progress per step (REVIEW_FSSP). */
  async review(user: CurrentUser, request: ReviewFsspRequest): Promise<FsspResult> {
    return writeTransaction(this.dataSource, async (manager) => {
      const { kase, versions, version } = await this.versionFor(manager, user, request.versionId, request.expectedVersion);
      const repo = new FsspRepository(manager);
      // FSSP-2: the review is of the plan in force on its day, not of a version an update replaced.
      refuse(inForceViolation(versions, version, request.reviewedOn));
      const stepIds = new Set((await repo.stepsOf([version.id])).map((s) => s.id));
      refuse(reviewViolations(facts(version), request, stepIds, this.today()));
      await repo.insertReview(
        { caseId: kase.id, versionId: version.id, reviewedOn: request.reviewedOn, recordedBy: user.id, recordedAt: this.clock.now() },
        request.progress.map((p) => ({ stepId: p.stepId, status: p.status, comment: p.comment?.trim() || null })),
      );
      return { versionId: version.id, kase: await this.chart(manager, user, kase, { type: 'REVIEW_FSSP', reviewedOn: request.reviewedOn }) };
    });
  }

  /** FSSP-4: the update appointment of the version in force, a record with its obligation (no chart event). */
  async scheduleUpdate(user: CurrentUser, request: ScheduleFsspUpdateRequest): Promise<FsspResult> {
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await this.lockCase(manager, user, request.caseId, null);
      const inForce = (await versionsOnFile(manager, kase.id)).find((v) => v.signature) ?? null;
      refuse(updateAppointmentViolations(inForce && facts(inForce), request.scheduledFor, this.today()));
      const appointment = await new FsspRepository(manager).insertUpdateAppointment({
        caseId: kase.id, versionId: inForce!.id, scheduledFor: request.scheduledFor, recordedOn: this.today(), recordedBy: user.id, recordedAt: this.clock.now(),
      });
      await this.recompute(manager, kase.id, kase);
      return { versionId: inForce!.id, kase, appointmentId: appointment.id };
    });
  }
}
