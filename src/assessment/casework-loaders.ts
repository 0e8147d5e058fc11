import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type { AssignmentFollowUpEntity, CaseVisitEntity, EmployabilityAssessmentEntity } from '../entities';
import type { AgencyReferralRow } from '../repositories/agency-referral.repository';
import type { ContactRow } from '../repositories/contact.repository';

const byCase = <T extends { caseId: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const rows = await load(ids);
    return ids.map((id) => rows.filter((r) => r.caseId === id));
  });

/** Per request: a case's EAs, referrals, assignment follow-ups, contacts and visits, one statement each for a page of cases. */
function createCaseworkLoaders(ctx: Pick<RequestContext, 'services'>) {
  const { assessments, agencyReferrals, contacts } = ctx.services;
  return {
    assessmentsByCaseId: byCase<EmployabilityAssessmentEntity>((ids) => assessments.ofCases(ids)),
    referralsByCaseId: byCase<AgencyReferralRow>((ids) => agencyReferrals.ofCases(ids)),
    followUpsByCaseId: byCase<AssignmentFollowUpEntity>((ids) => agencyReferrals.followUpsOfCases(ids)),
    contactsByCaseId: byCase<ContactRow>((ids) => contacts.ofCases(ids)),
    visitsByCaseId: byCase<CaseVisitEntity>((ids) => contacts.visitsOfCases(ids)),
  };
}
export type CaseworkLoaders = ReturnType<typeof createCaseworkLoaders>;

// Keyed by the request's loaders object, which every request creates afresh.
const perRequest = new WeakMap<object, CaseworkLoaders>();

/** The request's casework loaders (created on first use). */
export function caseworkLoaders(ctx: Pick<RequestContext, 'services' | 'loaders'>): CaseworkLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = createCaseworkLoaders(ctx)));
  return loaders;
}
