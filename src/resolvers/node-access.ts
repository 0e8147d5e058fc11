import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { PERMISSIONS, type Permission } from '../auth/roles';
import type { RequestContext } from '../context';
import type { CaseEntity } from '../entities';
import { notFound } from '../errors';

/** How node(id) reads one type: with the access checks of the typed queries and fields. */
export type NodeReader = (ctx: RequestContext, user: CurrentUser, id: string) => Promise<object>;

/**
 * The case as `case(id)` answers it: NOT_FOUND when there is none, FORBIDDEN when it belongs to an
 * office the user does not read. Through the per-request loader, so a page of obligations,
 * notices or alerts loads its cases in one statement. Its own module so that the readers of each
 * record family (fssp-nodes.ts, casework-nodes.ts...) and node.resolver.ts share it without a cycle.
 */
export async function readableCase(ctx: RequestContext, user: CurrentUser, caseId: string): Promise<CaseEntity> {
  const kase = await ctx.loaders.caseById.load(caseId);
  if (!kase) throw notFound('Case', caseId);
  AccessPolicy.assertCanReadOffice(user, kase.officeId);
  return kase;
}

/**
 * A record of a case, read by node(id) as the case's own list reads it: the permission of that
 * list first (e.g. readFssp, readCasework: PARTNER is refused the narrative record, ROI-1), then
 * NOT_FOUND, then the case's office.
 *
 * @example
 * recordOfCase(ctx, user, 'readFssp', 'Case.fssp', 'FSSP step', id, ctx.services.fssp.nodes().step(id))
 */
export async function recordOfCase<T extends { caseId: string }>(
  ctx: RequestContext, user: CurrentUser, permission: Permission, list: string, what: string, id: string, row: Promise<T | null>,
): Promise<T> {
  AccessPolicy.assertMay(user, permission, `${list} requires ${PERMISSIONS[permission].join(' or ')}`);
  const value = await row;
  if (!value) throw notFound(what, id);
  await readableCase(ctx, user, value.caseId);
  return value;
}
