import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { alaskaDateOf, isPlainDate } from '../dates';
import type { FileReviewDrawEntity, FileReviewEntity, FileReviewSampleEntity } from '../entities';
import { FILE_REVIEW_CHECKLIST, suggestedResult } from '../file-reviews/file-review-checklist';
import { redrawMatches } from '../file-reviews/file-review-draw';
import { fileReviewLoaders } from '../file-reviews/file-review-loaders';
import { correctionDueOn } from '../obligations/file-review-obligations';
import { CaseType } from '../schema/case.type';
import { connectionType } from '../schema/connection.type';
import { CaseListArgs } from '../schema/connections.type';
import {
  FileReviewChecklistItemType, FileReviewCorrectionType, FileReviewDrawType, FileReviewSampleCaseType, FileReviewType, QaRateType,
} from '../schema/file-review.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { LocalDate } from '../schema/scalars';
import { StaffType } from '../schema/staff.type';
import { readableCase } from './node-access';

export const FileReviewSampleCaseConnectionType = connectionType('FileReviewSampleCase', FileReviewSampleCaseType, 'A page of a month\'s file-review sample, in draw order');
export const FileReviewConnectionType = connectionType('FileReview', FileReviewType, 'A page of a case\'s file reviews, oldest first');

const isUuid = (v: unknown) => typeof v === 'string' && isUUID(v);
const SAMPLE_ORDER: ListOrder<FileReviewSampleEntity> = {
  name: 'FileReviewSampleCase', keyOf: (s) => [s.position, s.id], valid: [(v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1, isUuid],
};
const REVIEW_ORDER: ListOrder<FileReviewEntity> = {
  name: 'FileReview', keyOf: (r) => [r.reviewedOn, r.recordedAt.toISOString(), r.id], valid: [(v) => typeof v === 'string' && isPlainDate(v), isInstant, isUuid],
};

/** FileReviewDraw's sample and audit check (MGT-1). */
@Resolver(() => FileReviewDrawType)
export class FileReviewDrawFieldsResolver {
  @FieldResolver(() => FileReviewSampleCaseConnectionType, { description: 'The sample: the drawn cases in draw order, then the cases managers added' })
  async cases(
    @Root() draw: FileReviewDrawEntity, @Args() { first, after }: CaseListArgs,
    @Arg('reviewerId', () => ID, { nullable: true, description: 'Only the cases assigned to this reviewer (a reviewer\'s queue)' }) reviewerId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const rows = await fileReviewLoaders(ctx).samplesByDraw.load(draw.id);
    return pageOfList(reviewerId ? rows.filter((s) => s.reviewerId === reviewerId) : rows, SAMPLE_ORDER, first, after);
  }

  @FieldResolver(() => Boolean, { description: 'Whether redrawing from the seed over the stored population gives the drawn cases, in order (the audit\'s check)' })
  async redrawMatches(@Root() draw: FileReviewDrawEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    const drawn = (await fileReviewLoaders(ctx).samplesByDraw.load(draw.id)).filter((s) => s.source === 'DRAWN').map((s) => s.caseId);
    return drawn.length === draw.sampleSize && redrawMatches(draw.seed, draw.populationCaseIds, drawn);
  }
}

/** A sample entry's case, reviewer, review and suggested checklist. */
@Resolver(() => FileReviewSampleCaseType)
export class FileReviewSampleFieldsResolver {
  @FieldResolver(() => CaseType, { description: 'The case' })
  case(@Root() sample: FileReviewSampleEntity, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), sample.caseId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The reviewer' })
  reviewer(@Root() sample: FileReviewSampleEntity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(sample.reviewerId);
  }

  @FieldResolver(() => FileReviewType, { nullable: true, description: 'Its review; null until the reviewer records it' })
  review(@Root() sample: FileReviewSampleEntity, @Ctx() ctx: RequestContext) {
    return fileReviewLoaders(ctx).reviewBySample.load(sample.id);
  }

  @FieldResolver(() => [FileReviewChecklistItemType], { description: 'The checklist, with what the case\'s obligations suggest for each item (the reviewer decides)' })
  async checklist(@Root() sample: FileReviewSampleEntity, @Ctx() ctx: RequestContext): Promise<FileReviewChecklistItemType[]> {
    const obligations = await ctx.loaders.obligationsByCaseId.load(sample.caseId);
    return FILE_REVIEW_CHECKLIST.map((c) => ({ ...c, suggestedResult: suggestedResult(c, obligations) }));
  }
}

/** A review's id links, score, due day and corrections (MGT-1..3). */
@Resolver(() => FileReviewType)
export class FileReviewFieldsResolver {
  @FieldResolver(() => ID, { description: 'The sample entry it reviews' })
  sampleCaseId(@Root() review: FileReviewEntity): string {
    return review.sampleId;
  }

  @FieldResolver(() => Float, { description: 'passed / applicable, 0..1 (MGT-3)' })
  score(@Root() review: FileReviewEntity): number {
    return review.passed / review.applicable;
  }

  @FieldResolver(() => LocalDate, { description: 'The day its findings are due corrected: 10 business days after the review, or after the day it was recorded when later (MGT-2)' })
  correctionsDueOn(@Root() review: FileReviewEntity, @Ctx() ctx: RequestContext): string {
    return correctionDueOn({ reviewedOn: review.reviewedOn, recordedOn: alaskaDateOf(review.recordedAt) }, ctx.services.calendar);
  }

  @FieldResolver(() => [FileReviewCorrectionType], { description: 'The corrections of its findings, oldest first (at most one per failed item)' })
  corrections(@Root() review: FileReviewEntity, @Ctx() ctx: RequestContext) {
    return fileReviewLoaders(ctx).correctionsByReview.load(review.id);
  }
}

/** The case manager of a QA rate. */
@Resolver(() => QaRateType)
export class QaRateFieldsResolver {
  @FieldResolver(() => StaffType, { nullable: true, description: 'The case manager; null for the office\'s rate' })
  caseManager(@Root() rate: QaRateType, @Ctx() ctx: RequestContext) {
    return rate.caseManagerId ? ctx.loaders.staffById.load(rate.caseManagerId) : null;
  }
}

/** A case's file reviews (the case's record: CASE_RECORD_READERS; PARTNER refused, ROI-1). */
@Resolver(() => CaseType)
export class CaseFileReviewsResolver {
  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => FileReviewConnectionType, { description: 'MGT-1: the file reviews of the case, oldest first, with their findings and corrections' })
  async fileReviews(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await fileReviewLoaders(ctx).reviewsByCase.load(kase.id), REVIEW_ORDER, first, after);
  }
}

export const FILE_REVIEW_RESOLVERS = [
  FileReviewDrawFieldsResolver, FileReviewSampleFieldsResolver, FileReviewFieldsResolver, QaRateFieldsResolver, CaseFileReviewsResolver,
] as const;
