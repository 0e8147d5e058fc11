import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type { ApprovalRow } from '../repositories/approval.repository';
import type { SupportiveServiceRow } from '../repositories/supportive-service.repository';

const byCase = <T extends { caseId: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const rows = await load(ids);
    return ids.map((id) => rows.filter((r) => r.caseId === id));
  });

/** Per request: a page of cases' approval requests and supportive services, one statement each; a service's request by id. */
function createApprovalLoaders(ctx: Pick<RequestContext, 'services'>) {
  const { approvals, supportiveServices } = ctx.services;
  return {
    approvalsByCaseId: byCase<ApprovalRow>((ids) => approvals.ofCases(ids)),
    approvalById: new DataLoader<string, ApprovalRow | null>(async (ids) => {
      const rows = await approvals.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    supportiveServicesByCaseId: byCase<SupportiveServiceRow>((ids) => supportiveServices.ofCases(ids)),
  };
}
export type ApprovalLoaders = ReturnType<typeof createApprovalLoaders>;

// Keyed by the request's loaders object, which every request creates afresh.
const perRequest = new WeakMap<object, ApprovalLoaders>();

/** The request's approval and supportive service loaders (created on first use). */
export function approvalLoaders(ctx: Pick<RequestContext, 'services' | 'loaders'>): ApprovalLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = createApprovalLoaders(ctx)));
  return loaders;
}
