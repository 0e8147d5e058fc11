import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type { EmployerReimbursementEntity } from '../entities/employer-contract.entity';
import type { EmployerEntity, WorksiteEntity } from '../entities/worksite.entity';
import type { ContractRow } from '../repositories/employer.repository';
import type { PlacementRow, PositionRow, ProgressNoteRow, SiteAgreementRow } from '../repositories/worksite.repository';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await load(ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(load: (ids: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await load(ids)) groups.get(keyOf(row))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function create(ctx: RequestContext) {
  const sites = ctx.services.worksites.repository();
  const employers = ctx.services.employers.repository();
  return {
    employerById: byId<EmployerEntity>((ids) => sites.employersByIds(ids)),
    worksiteById: byId<WorksiteEntity>((ids) => sites.worksitesByIds(ids)),
    positionById: byId<PositionRow>((ids) => sites.positionsByIds(ids)),
    positionsByWorksiteId: grouped<PositionRow>((ids) => sites.positionsOfWorksites(ids), (r) => r.worksiteId),
    siteAgreementsByWorksiteId: grouped<SiteAgreementRow>((ids) => sites.siteAgreementsOfWorksites(ids), (r) => r.worksiteId),
    placementsByPositionId: grouped<PlacementRow>((ids) => sites.placementsAtPositions(ids), (r) => r.positionId),
    placementsByCaseId: grouped<PlacementRow>((ids) => sites.placementsOfCases(ids), (r) => r.caseId),
    progressNotesByPlacementId: grouped<ProgressNoteRow>((ids) => sites.progressNotesOf(ids), (r) => r.placementId),
    contractsByCaseId: grouped<ContractRow>((ids) => employers.contractsOfCases(ids), (r) => r.caseId),
    reimbursementsByContractId: grouped<EmployerReimbursementEntity>((ids) => employers.reimbursementsOf(ids), (r) => r.contractId),
  };
}

export type WorksiteLoaders = ReturnType<typeof create>;
const perRequest = new WeakMap<object, WorksiteLoaders>();

/**
 * The worksite and employer loaders of this request (one statement per field for a whole page of
 * cases or worksites), made on first use and kept with the request's context object, so
 * src/services/loaders.ts stays the shared loaders' file.
 */
export function worksiteLoaders(ctx: RequestContext): WorksiteLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = create(ctx)));
  return loaders;
}
