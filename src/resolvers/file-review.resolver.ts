import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { FILE_REVIEW_CHECKLIST, QA_TARGET, meetsQaTarget } from '../file-reviews/file-review-checklist';
import type { QaRateRow } from '../repositories/file-review.repository';
import {
  AddFileReviewCaseInput, AddFileReviewCasePayload, DrawFileReviewSampleInput, DrawFileReviewSamplePayload, RecordFileReviewCorrectionInput,
  RecordFileReviewCorrectionPayload, RecordFileReviewInput, RecordFileReviewPayload,
} from '../schema/file-review.input';
import { FileReviewChecklistItemType, FileReviewDrawType, QualityAssuranceType, type QaRateType } from '../schema/file-review.type';
import { LocalDate, YearMonth } from '../schema/scalars';

const toRate = (r: QaRateRow): QaRateType => ({ ...r, meetsTarget: meetsQaTarget(r.rate) });

/**
 * File reviews (MGT-1..3): the monthly draw and its additions (MANAGER), the reviews (the assigned
 * reviewer of the management team), the corrections (the case's staff), the QA rates.
 */
@Resolver()
export class FileReviewResolver {
  @Authorized(...PERMISSIONS.drawFileReviews) @Mutation(() => DrawFileReviewSamplePayload, {
    description: 'MGT-1: draws the month\'s file-review sample of your office: ceil(10%) of its open cases, at random from a seed the server generates and records (never the drawer\'s), each assigned to a reviewer of the management team; once per office and month, never edited',
  })
  async drawFileReviewSample(@Arg('input', { description: 'The office, the month, and a clientMutationId' }) input: DrawFileReviewSampleInput, @Ctx() ctx: RequestContext) {
    return { draw: await ctx.services.fileReviews.draw(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.drawFileReviews) @Mutation(() => AddFileReviewCasePayload, {
    description: 'MGT-1: adds a case of the office to a month\'s sample, with the reason (recorded with who added it); drawn cases are never removed',
  })
  async addFileReviewCase(@Arg('input', { description: 'The draw, the case, why, an optional reviewer, and a clientMutationId' }) input: AddFileReviewCaseInput, @Ctx() ctx: RequestContext) {
    return { sampleCase: await ctx.services.fileReviews.addCase(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.reviewFiles) @Mutation(() => RecordFileReviewPayload, {
    description: 'MGT-1: the assigned reviewer records the checklist of a sampled case, once, with its score (MGT-3); each FAIL becomes a correction due in 10 business days on the case manager\'s worklist (MGT-2)',
  })
  async recordFileReview(@Arg('input', { description: 'The sample entry, the day, every item\'s answer, and a clientMutationId' }) input: RecordFileReviewInput, @Ctx() ctx: RequestContext) {
    const items = input.items.map((i) => ({ item: i.item, result: i.result, comment: i.comment ?? null }));
    return { review: await ctx.services.fileReviews.recordReview(requireUser(ctx), { ...input, items }) };
  }

  @Authorized(...PERMISSIONS.correctFileReviewFindings) @Mutation(() => RecordFileReviewCorrectionPayload, {
    description: 'MGT-2: records what was corrected for a failed item of a file review (dated on or after the review); it meets the finding\'s obligation',
  })
  async recordFileReviewCorrection(@Arg('input', { description: 'The review, the item, the day, what was corrected, and a clientMutationId' }) input: RecordFileReviewCorrectionInput, @Ctx() ctx: RequestContext) {
    return { correction: await ctx.services.fileReviews.recordCorrection(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.readFileReviewDraws) @Query(() => FileReviewDrawType, {
    nullable: true, description: 'MGT-1: the month\'s file-review draw of an office (yours; WSTA: any); null before it is drawn',
  })
  fileReviewDraw(
    @Arg('officeId', () => ID, { description: 'The office' }) officeId: string,
    @Arg('month', () => YearMonth, { description: 'The month' }) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.fileReviews.drawOf(requireUser(ctx), officeId, month);
  }

  @Authorized() @Query(() => [FileReviewChecklistItemType], { description: 'MGT-1: the file review checklist, one item per rule, each citing its DOMAIN.md rule id' })
  fileReviewChecklist(): FileReviewChecklistItemType[] {
    return FILE_REVIEW_CHECKLIST.map((c) => ({ ...c, suggestedResult: null }));
  }

  @Authorized(...PERMISSIONS.readQualityAssurance) @Query(() => QualityAssuranceType, {
    description: 'MGT-3: the QA rate (average file review score) of an office and of each of its case managers over the reviews dated from..to, against the 80% target',
  })
  async qualityAssurance(
    @Arg('officeId', () => ID, { description: 'The office (yours; WSTA: any)' }) officeId: string,
    @Arg('from', () => LocalDate, { description: 'The first review day counted' }) from: string,
    @Arg('to', () => LocalDate, { description: 'The last review day counted (not before from)' }) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<QualityAssuranceType> {
    const rates = await ctx.services.fileReviews.qualityAssurance(requireUser(ctx), officeId, from, to);
    return { officeId, from, to, target: QA_TARGET, office: toRate(rates.office), staff: rates.staff.map(toRate) };
  }
}
