import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { RequestContext } from '../context';
import { notFound } from '../errors';
import { worksiteLoaders } from '../worksites/worksite-loaders';
import type { WorksiteNodeType } from '../worksites/worksite-node-tables';


/** Readable by the roles that read worksites, in an office the user reads: as the typed queries answer. */
async function inOffice<T extends object>(user: CurrentUser, what: string, id: string, row: Promise<T | null>, officeOf: (row: T) => Promise<string | null> | string | null): Promise<T> {
  AccessPolicy.assertMay(user, 'readWorksites');
  const value = await row;
  const officeId = value ? await officeOf(value) : null;
  if (!value || !officeId) throw notFound(what, id);
  AccessPolicy.assertCanReadOffice(user, officeId);
  return value;
}

const first = async <T>(rows: Promise<T[]>): Promise<T | null> => (await rows)[0] ?? null;

type Reader = (ctx: RequestContext, user: CurrentUser, id: string) => Promise<object>;

/**
 * node(id) for SITE-1..3 records. The few not loaded by id elsewhere (progress notes,
 * reimbursements, outreach) are read by their own statement.
 */
export const WORKSITE_NODE_READERS: Record<WorksiteNodeType, Reader> = {
  Employer: (ctx, user, id) => inOffice(user, 'Employer', id, worksiteLoaders(ctx).employerById.load(id), (e) => e.officeId),
  Worksite: (ctx, user, id) => inOffice(user, 'Worksite', id, worksiteLoaders(ctx).worksiteById.load(id), (w) => w.officeId),
  WorksitePosition: (ctx, user, id) => inOffice(user, 'Worksite position', id, worksiteLoaders(ctx).positionById.load(id), (p) => p.officeId),
  SiteAgreement: (ctx, user, id) => inOffice(user, 'Site agreement', id, first(ctx.services.worksites.repository().siteAgreementsByIds([id])), (a) => a.officeId),
  WorksitePlacement: (ctx, user, id) => inOffice(user, 'Worksite placement', id, first(ctx.services.worksites.repository().placementsByIds([id])), (p) => p.officeId),
  PlacementProgressNote: (ctx, user, id) => inOffice(user, 'Placement progress note', id, ctx.services.worksites.repository().progressNoteById(id), (n) => n.officeId),
  EmployerContract: (ctx, user, id) => inOffice(user, 'Employer contract', id, ctx.services.employers.repository().contractById(id), (k) => k.officeId),
  EmployerReimbursement: (ctx, user, id) => inOffice(user, 'Employer reimbursement', id, ctx.services.employers.repository().reimbursementById(id), (r) => r.officeId),
  EmployerOutreach: (ctx, user, id) => inOffice(user, 'Employer outreach', id, ctx.services.employers.repository().outreachById(id), (o) => o.officeId),
};
