import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type {
  FsspGoalEntity, FsspMailingEntity, FsspServicePlanEntity, FsspSignatureEntity, FsspStepEntity, FsspUpdateAppointmentEntity, FsspVersionEntity,
} from '../entities';
import type { FsspRepository, FsspReviewRow } from '../repositories/fssp.repository';

const grouped = <T>(keyOf: (row: T) => string, load: (keys: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (keys) => {
    const rows = await load(keys);
    return keys.map((k) => rows.filter((r) => keyOf(r) === k));
  });

/** Per-request batch loaders of the FSSP document: one statement per field for a whole page of cases. */
export function fsspLoaders(repo: FsspRepository) {
  return {
    versionsByCaseId: grouped<FsspVersionEntity>((v) => v.caseId, (ids) => repo.versionsOfCases(ids)),
    goalsByVersionId: grouped<FsspGoalEntity>((g) => g.versionId, (ids) => repo.goalsOf(ids)),
    stepsByVersionId: grouped<FsspStepEntity>((s) => s.versionId, (ids) => repo.stepsOf(ids)),
    servicePlansByVersionId: grouped<FsspServicePlanEntity>((p) => p.versionId, (ids) => repo.servicePlansOf(ids)),
    signaturesByVersionId: grouped<FsspSignatureEntity>((s) => s.versionId, (ids) => repo.signaturesOf(ids)),
    mailingsByVersionId: grouped<FsspMailingEntity>((m) => m.versionId, (ids) => repo.mailingsOf(ids)),
    reviewsByVersionId: grouped<FsspReviewRow>((r) => r.versionId, (ids) => repo.reviewsOf(ids)),
    appointmentsByCaseId: grouped<FsspUpdateAppointmentEntity>((a) => a.caseId, (ids) => repo.appointmentsOfCases(ids)),
  };
}
export type FsspLoaders = ReturnType<typeof fsspLoaders>;

const perRequest = new WeakMap<RequestContext, FsspLoaders>();

/** The request's FSSP loaders, made on first use. */
export function fsspLoadersOf(ctx: RequestContext): FsspLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = fsspLoaders(ctx.services.fssp.reader());
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
