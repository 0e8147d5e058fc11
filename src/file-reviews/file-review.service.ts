import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type Month, type PlainDate } from '../dates';
import type { FileReviewCorrectionEntity, FileReviewDrawEntity, FileReviewEntity, FileReviewSampleEntity } from '../entities';
import { badInput, forbidden, notFound } from '../errors';
import { refuse, type Recompute } from '../families-first/record-write';
import { FileReviewRepository, qaRates, type QaRateRow } from '../repositories/file-review.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import { checklistViolations, reviewedItems, scoreOf, type FileReviewItem, type ItemAnswer } from './file-review-checklist';
import { DRAW_METHOD, drawSample, generateSeed } from './file-review-draw';
import { assignReviewers, nextReviewer, unassignableCases, whyNotReviewer } from './file-review-reviewers';
import { additionViolations, correctionViolations, drawMonthViolations, reviewDateViolations, seedViolations } from './file-review-rules';

export interface DrawRequest { officeId: string; month: Month; seed?: string | null }
export interface AddCaseRequest { drawId: string; caseId: string; reason: string; reviewerId?: string | null }
export interface RecordReviewRequest { sampleCaseId: string; reviewedOn: PlainDate; items: ItemAnswer[] }
export interface RecordCorrectionRequest { reviewId: string; item: FileReviewItem; correctedOn: PlainDate; summary: string }

/**
 * File reviews (MGT-1..3): the month's random draw of an office's open cases from a recorded seed,
 * each case assigned to a reviewer of the management team; the reviews (a checklist of rules with
 * a score) and the corrections of their findings, each an obligation due in 10 business days
 * (MGT-2); the QA rates against 80% (MGT-3). Every table is append-only.
 */
export class FileReviewService {
  constructor(
    private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute,
    /** Where a draw's seed comes from: 32 random bytes (a test passes a fixed one; nobody who draws chooses it, MGT-1). */
    private readonly newSeed: () => string = generateSeed,
  ) {}

  /** Reads for the loaders (outside any write). */
  reads(): FileReviewRepository {
    return new FileReviewRepository(this.dataSource.manager);
  }

  /** drawFileReviewSample: a MANAGER draws their own office's month. */
  draw(user: CurrentUser, request: DrawRequest): Promise<FileReviewDrawEntity> {
    AccessPolicy.assertMay(user, 'drawFileReviews', 'Only a MANAGER draws the file-review sample (MGT-1)');
    assertRecordId('Office', request.officeId);
    AccessPolicy.assertCanActOnOfficeRecord(user, request.officeId);
    return this.drawAs(user.id, request);
  }

  /**
   * MGT-1: the month's draw of an office, recorded as made by `actorId`: the entry point of the
   * monthly job (the office's SYSTEM actor), after `draw` has checked a user's rights. One draw per
   * office and month; in its own month only; from a seed the server generates (never the
   * drawer's); refused, writing nothing, when any open case of the office has no eligible
   * reviewer, whichever cases the seed would pick.
   */
  drawAs(actorId: string, request: DrawRequest): Promise<FileReviewDrawEntity> {
    refuse('file review draw', seedViolations(request.seed));
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = new FileReviewRepository(manager);
      const now = this.clock.now();
      const today = alaskaDateOf(now);
      refuse('file review draw', drawMonthViolations(request.month, today));
      await repo.lockMonth(request.officeId, request.month);
      if (await repo.drawOf(request.officeId, request.month)) {
        throw badInput(`The ${request.month} sample of this office is drawn already; a manager may add cases to it`, 'month', 'oncePerMonth');
      }
      const population = await repo.population(request.officeId, today);
      const staff = await repo.staffOf(request.officeId);
      // Before the seed: a refusal that depended on the cases drawn would let the drawer retry until a file is left out.
      const unreviewable = unassignableCases(population, staff);
      if (unreviewable.length) {
        throw badInput(`No eligible reviewer for ${unreviewable.length} open case(s) of the office: the office needs an active MANAGER or SUPERVISOR who is not the case's case manager (MGT-1)`, 'officeId', 'hasEligibleReviewer');
      }
      const seed = this.newSeed();
      const byId = new Map(population.map((c) => [c.caseId, c]));
      const drawn = drawSample(seed, population.map((c) => c.caseId)).map((id) => byId.get(id)!);
      const { assignments, unassignable } = assignReviewers(seed, drawn, staff);
      if (unassignable.length) throw new Error('a drawn case has no reviewer although every case of the population has one');
      const draw = await repo.addDraw({
        officeId: request.officeId, month: request.month, drawnOn: today, seed, seedSource: 'GENERATED', method: DRAW_METHOD,
        populationSize: population.length, populationCaseIds: population.map((c) => c.caseId), sampleSize: drawn.length, drawnBy: actorId, drawnAt: now,
      });
      await repo.addSamples(assignments.map((a, i) => ({
        drawId: draw.id, caseId: a.caseId, position: i + 1, source: 'DRAWN' as const, reviewerId: a.reviewerId,
        caseManagerId: byId.get(a.caseId)!.caseManagerId, reason: null, addedBy: actorId, addedAt: now,
      })));
      return draw;
    });
  }

  /** MGT-1: a manager adds a case of the office to a month's sample (who and why recorded); nothing drawn is ever removed. */
  addCase(user: CurrentUser, request: AddCaseRequest): Promise<FileReviewSampleEntity> {
    AccessPolicy.assertMay(user, 'drawFileReviews', 'Only a MANAGER adds cases to the file-review sample (MGT-1)');
    assertRecordId('File review draw', request.drawId);
    assertRecordId('Case', request.caseId);
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = new FileReviewRepository(manager);
      const [draw] = await repo.drawsByIds([request.drawId]);
      if (!draw) throw notFound('File review draw', request.drawId);
      AccessPolicy.assertCanActOnOfficeRecord(user, draw.officeId);
      await repo.lockMonth(draw.officeId, draw.month);
      const kase = await repo.sampledCase(request.caseId);
      if (!kase) throw notFound('Case', request.caseId);
      if (kase.officeId !== draw.officeId) throw badInput('The case belongs to another office than the draw', 'caseId', 'ofDrawOffice');
      const samples = await repo.samplesOfDraws([draw.id]);
      refuse('addition to the sample', additionViolations(request.reason, samples.some((s) => s.caseId === kase.caseId)));
      const staff = await repo.staffOf(draw.officeId);
      let reviewerId = request.reviewerId ?? null;
      if (reviewerId !== null) {
        const candidate = staff.find((s) => s.id === reviewerId);
        const why = candidate ? whyNotReviewer(candidate, kase) : 'not of the case\'s office';
        if (why) throw badInput(`That reviewer may not review this case: ${why} (MGT-1)`, 'reviewerId', 'eligibleReviewer');
      } else {
        const load = new Map<string, number>();
        for (const s of samples) load.set(s.reviewerId, (load.get(s.reviewerId) ?? 0) + 1);
        reviewerId = nextReviewer(draw.seed, kase, staff, load);
        if (reviewerId === null) throw badInput('No eligible reviewer: the office needs an active MANAGER or SUPERVISOR (MGT-1)', 'caseId', 'hasEligibleReviewer');
      }
      return repo.addSample({
        drawId: draw.id, caseId: kase.caseId, position: Math.max(0, ...samples.map((s) => s.position)) + 1, source: 'ADDED', reviewerId,
        caseManagerId: kase.caseManagerId, reason: request.reason.trim(), addedBy: user.id, addedAt: this.clock.now(),
      });
    });
  }

  /**
   * MGT-1, MGT-3: the assigned reviewer records the checklist of a sampled case (once) with its
   * score, provided they may still review it that day (not its case manager since a reassignment); each failed item becomes a correction due in 10 business days on the case manager's
   * worklist (MGT-2), re-derived in the same transaction.
   */
  recordReview(user: CurrentUser, request: RecordReviewRequest): Promise<FileReviewEntity> {
    AccessPolicy.assertMay(user, 'reviewFiles', 'Files are reviewed by the management team (MANAGER or SUPERVISOR), never by a case manager (MGT-1)');
    assertRecordId('File review sample case', request.sampleCaseId);
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = new FileReviewRepository(manager);
      const [sample] = await repo.samplesByIds([request.sampleCaseId]);
      if (!sample) throw notFound('File review sample case', request.sampleCaseId);
      if (sample.reviewerId !== user.id) throw forbidden('This file is assigned to another reviewer of the management team (MGT-1)');
      const kase = await lockCaseForWrite(manager, user, sample.caseId);
      // MGT-1 on the review's day, not only the draw's: the case may have been reassigned to its reviewer since.
      const why = whyNotReviewer({ id: user.id, role: user.role, officeId: user.officeId, active: true }, { caseId: kase.id, caseManagerId: kase.caseManagerId, officeId: kase.officeId });
      if (why) throw forbidden(`You may not review this file now: ${why} (MGT-1)`);
      if ((await repo.reviewsOfSamples([sample.id])).length) throw badInput('This sampled case is reviewed already', 'sampleCaseId', 'oncePerSample');
      const now = this.clock.now();
      refuse('file review', [...reviewDateViolations(request.reviewedOn, alaskaDateOf(sample.addedAt), alaskaDateOf(now)), ...checklistViolations(request.items)]);
      const items = reviewedItems(request.items);
      const { passed, applicable } = scoreOf(items);
      const review = await repo.addReview({
        sampleId: sample.id, caseId: kase.id, officeId: kase.officeId, caseManagerId: kase.caseManagerId, reviewedOn: request.reviewedOn,
        items, passed, applicable, reviewedBy: user.id, recordedAt: now,
      });
      await this.recompute(manager, kase.id, kase);
      return review;
    });
  }

  /** MGT-2: a finding corrected (what was corrected, dated not before the review): meets its obligation. */
  recordCorrection(user: CurrentUser, request: RecordCorrectionRequest): Promise<FileReviewCorrectionEntity> {
    AccessPolicy.assertMay(user, 'correctFileReviewFindings');
    assertRecordId('File review', request.reviewId);
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = new FileReviewRepository(manager);
      const [review] = await repo.reviewsByIds([request.reviewId]);
      if (!review) throw notFound('File review', request.reviewId);
      const kase = await lockCaseForWrite(manager, user, review.caseId);
      const corrected = new Set((await repo.correctionsOfReviews([review.id])).map((c) => c.item));
      const now = this.clock.now();
      refuse('correction', correctionViolations(review, request.item, request.correctedOn, request.summary, corrected, alaskaDateOf(now)));
      const correction = await repo.addCorrection({
        reviewId: review.id, caseId: kase.id, item: request.item, correctedOn: request.correctedOn, summary: request.summary.trim(), recordedBy: user.id, recordedAt: now,
      });
      await this.recompute(manager, kase.id, kase);
      return correction;
    });
  }

  /** The month's draw of an office (null before it is drawn): the management team of the office, and WSTA. */
  drawOf(user: CurrentUser, officeId: string, month: Month): Promise<FileReviewDrawEntity | null> {
    AccessPolicy.assertMay(user, 'readFileReviewDraws');
    assertRecordId('Office', officeId);
    AccessPolicy.assertCanReadOffice(user, officeId);
    return this.reads().drawOf(officeId, month);
  }

  /** MGT-3: the office's and each case manager's QA rate over the reviews dated from..to, in one statement. */
  qualityAssurance(user: CurrentUser, officeId: string, from: PlainDate, to: PlainDate): Promise<{ office: QaRateRow; staff: QaRateRow[] }> {
    AccessPolicy.assertMay(user, 'readQualityAssurance');
    assertRecordId('Office', officeId);
    AccessPolicy.assertCanReadOffice(user, officeId);
    if (to < from) throw badInput(`The period ends (${to}) before it starts (${from})`, 'to', 'notBeforeFrom');
    return qaRates(this.dataSource.manager, officeId, from, to);
  }
}
