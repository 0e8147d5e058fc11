import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type { FileReviewCorrectionEntity, FileReviewDrawEntity, FileReviewEntity, FileReviewSampleEntity } from '../entities';
import type { FileReviewRepository } from '../repositories/file-review.repository';

/** Per-request loaders of the file-review tables: a page of draws, samples or cases reads each table in one statement. */
export interface FileReviewLoaders {
  drawById: DataLoader<string, FileReviewDrawEntity | null>;
  samplesByDraw: DataLoader<string, FileReviewSampleEntity[]>;
  sampleById: DataLoader<string, FileReviewSampleEntity | null>;
  reviewBySample: DataLoader<string, FileReviewEntity | null>;
  reviewsByCase: DataLoader<string, FileReviewEntity[]>;
  reviewById: DataLoader<string, FileReviewEntity | null>;
  correctionsByReview: DataLoader<string, FileReviewCorrectionEntity[]>;
  correctionById: DataLoader<string, FileReviewCorrectionEntity | null>;
}

const byId = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) => new DataLoader<string, T | null>(async (ids) => {
  const rows = new Map((await load(ids)).map((r) => [r.id, r]));
  return ids.map((id) => rows.get(id) ?? null);
});
const grouped = <T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) => new DataLoader<string, T[]>(async (keys) => {
  const rows = await load(keys);
  return keys.map((k) => rows.filter((r) => keyOf(r) === k));
});

function create(repo: FileReviewRepository): FileReviewLoaders {
  return {
    drawById: byId((ids) => repo.drawsByIds(ids)),
    samplesByDraw: grouped((ids) => repo.samplesOfDraws(ids), (s) => s.drawId),
    sampleById: byId((ids) => repo.samplesByIds(ids)),
    reviewBySample: new DataLoader<string, FileReviewEntity | null>(async (ids) => {
      const rows = new Map((await repo.reviewsOfSamples(ids)).map((r) => [r.sampleId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    reviewsByCase: grouped((ids) => repo.reviewsOfCases(ids), (r) => r.caseId),
    reviewById: byId((ids) => repo.reviewsByIds(ids)),
    correctionsByReview: grouped((ids) => repo.correctionsOfReviews(ids), (c) => c.reviewId),
    correctionById: byId((ids) => repo.correctionsByIds(ids)),
  };
}

const perRequest = new WeakMap<object, FileReviewLoaders>();

/** The request's file-review loaders (made on first use, kept as long as the request's loaders). */
export function fileReviewLoaders(ctx: RequestContext): FileReviewLoaders {
  let l = perRequest.get(ctx.loaders);
  if (!l) perRequest.set(ctx.loaders, (l = create(ctx.services.fileReviews.reads())));
  return l;
}
