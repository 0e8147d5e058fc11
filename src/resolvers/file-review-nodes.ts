import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { RequestContext } from '../context';
import type { FileReviewDrawEntity } from '../entities';
import { notFound } from '../errors';
import { fileReviewLoaders } from '../file-reviews/file-review-loaders';
import type { FileReviewNodeType } from '../file-reviews/file-review-node-tables';
import { recordOfCase, type NodeReader } from './node-access';

/** A draw, read as fileReviewDraw reads it: the management team of its office, and WSTA (MGT-1). */
export async function readableDraw(ctx: RequestContext, user: CurrentUser, id: string): Promise<FileReviewDrawEntity> {
  AccessPolicy.assertMay(user, 'readFileReviewDraws', 'Query.fileReviewDraw requires MANAGER, SUPERVISOR or WSTA');
  const draw = await fileReviewLoaders(ctx).drawById.load(id);
  if (!draw) throw notFound('File review draw', id);
  AccessPolicy.assertCanReadOffice(user, draw.officeId);
  return draw;
}

/**
 * node(id) of the file-review records: a draw and its sample entries as fileReviewDraw reads them
 * (not the case managers reviewed); a review and its corrections as Case.fileReviews (the case's
 * record: CASE_RECORD_READERS of its office, PARTNER refused, ROI-1).
 */
export const FILE_REVIEW_NODE_READERS: Record<FileReviewNodeType, NodeReader> = {
  FileReviewDraw: (ctx, user, id) => readableDraw(ctx, user, id),
  FileReviewSampleCase: (ctx, user, id) =>
    recordOfCase(ctx, user, 'readFileReviewDraws', 'FileReviewDraw.cases', 'File review sample case', id, fileReviewLoaders(ctx).sampleById.load(id)),
  FileReview: (ctx, user, id) => recordOfCase(ctx, user, 'readCaseRecord', 'Case.fileReviews', 'File review', id, fileReviewLoaders(ctx).reviewById.load(id)),
  FileReviewCorrection: (ctx, user, id) =>
    recordOfCase(ctx, user, 'readCaseRecord', 'Case.fileReviews', 'File review correction', id, fileReviewLoaders(ctx).correctionById.load(id)),
};
