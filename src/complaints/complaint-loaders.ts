import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type { ComplaintHistoryEntity } from '../entities';
import type { ComplaintRow } from '../repositories/complaint.repository';

/** Per request: the complaints of a page of cases and the histories of a page of complaints, one statement each. */
function createComplaintLoaders(ctx: Pick<RequestContext, 'services'>) {
  const { complaints } = ctx.services;
  return {
    complaintsByCaseId: new DataLoader<string, ComplaintRow[]>(async (ids) => {
      const rows = await complaints.ofCases(ids);
      return ids.map((id) => rows.filter((r) => r.caseId === id));
    }),
    historyByComplaintId: new DataLoader<string, ComplaintHistoryEntity[]>(async (ids) => {
      const rows = await complaints.historyOf(ids);
      return ids.map((id) => rows.filter((r) => r.complaintId === id));
    }),
  };
}
export type ComplaintLoaders = ReturnType<typeof createComplaintLoaders>;

// Keyed by the request's loaders object, which every request creates afresh.
const perRequest = new WeakMap<object, ComplaintLoaders>();

/** The request's complaint loaders (created on first use). */
export function complaintLoaders(ctx: Pick<RequestContext, 'services' | 'loaders'>): ComplaintLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = createComplaintLoaders(ctx)));
  return loaders;
}
