import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { PERMISSIONS, type Permission } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { badInput, notFound } from '../errors';
import { CaseHistoryEntryType } from '../schema/case-history.type';
import { CaseType } from '../schema/case.type';
import { EligibilityNoticeType } from '../schema/eligibility-notice.type';
import { parseGlobalId, toGlobalId } from '../schema/node.id';
import { NODE_TYPE, NodeInterface, type NodeTypeName } from '../schema/node.type';
import { CaseAlertType } from '../schema/note.type';
import { ObligationType } from '../schema/obligation.type';
import { requireMedicalGate } from '../releases/medical-gate';
import { WORKSITE_NODE_READERS } from './worksite-nodes';
import { TRACK_RECORD_NODE_READERS } from './track-record.loaders';
import { FSSP_NODE_READERS } from './fssp-nodes';
import { CASEWORK_NODE_READERS } from './casework-nodes';
import { FILE_REVIEW_NODE_READERS } from './file-review-nodes';
import { COMPLAINT_NODE_READERS } from './complaint-fields.resolver';
import { WEBHOOK_NODE_READERS } from './webhook-fields.resolver';
import { readableCase, type NodeReader } from './node-access';

/** The most ids one `nodes` call takes (a page of a list is at most 500 entries). */
const MAX_NODE_IDS = 500;

/** The roles of a permission, as the @Authorized gate names them in its FORBIDDEN message. */
const roles = (permission: Permission) => PERMISSIONS[permission].join(' or ');

async function found<T>(what: string, id: string, row: Promise<T | null>): Promise<T> {
  const value = await row;
  if (!value) throw notFound(what, id);
  return value;
}

/** A record of a case: readable as its case is (and, for the narrative record, by CASE_RECORD_READERS). */
async function ofCase<T extends { caseId: string }>(ctx: RequestContext, user: CurrentUser, what: string, id: string, row: Promise<T | null>): Promise<T> {
  const value = await found(what, id, row);
  await readableCase(ctx, user, value.caseId);
  return value;
}

/**
 * How node(id) reads each type, with the access checks of the typed queries and fields: a case,
 * its client and household as `case(id)` / `client(id)`; staff and offices of the offices the
 * user reads (as `staff` / `offices`); notes, history and alerts only for CASE_RECORD_READERS
 * (PARTNER is refused, ROI-1); notices only for NOTICE_READERS of the notice's office.
 */
const READERS: Record<NodeTypeName, NodeReader> = {
  Case: (ctx, user, id) => readableCase(ctx, user, id),
  Client: (ctx, user, id) => ctx.services.cases.findClient(user, id),
  HouseholdMember: async (ctx, user, id) => {
    const member = await found('Household member', id, ctx.loaders.householdMemberById.load(id));
    await ctx.services.cases.findClient(user, member.clientId);
    return member;
  },
  Staff: async (ctx, user, id) => {
    const staff = await found('Staff', id, ctx.loaders.staffById.load(id));
    if (staff.id !== user.id) AccessPolicy.assertCanReadOffice(user, staff.officeId);
    return staff;
  },
  Office: async (ctx, user, id) => {
    const office = await found('Office', id, ctx.loaders.officeById.load(id));
    AccessPolicy.assertCanReadOffice(user, office.id);
    return office;
  },
  CaseHistoryEntry: (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readCaseRecord', `Case.history requires ${roles('readCaseRecord')}`);
    return ofCase(ctx, user, 'Case history entry', id, ctx.loaders.historyById.load(id));
  },
  ClientNote: (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readCaseRecord', `Case.clientNotes requires ${roles('readCaseRecord')}`);
    return ofCase(ctx, user, 'Client note', id, ctx.loaders.clientNoteById.load(id));
  },
  CaseNote: (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readCaseRecord', `Case.caseNotes requires ${roles('readCaseRecord')}`);
    return ofCase(ctx, user, 'Case note', id, ctx.loaders.caseNoteById.load(id));
  },
  CaseAlert: (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readCaseRecord', `Query.caseAlerts requires ${roles('readCaseRecord')}`);
    return ofCase(ctx, user, 'Case alert', id, ctx.loaders.alertById.load(id));
  },
  Obligation: (ctx, user, id) => ofCase(ctx, user, 'Obligation', id, ctx.loaders.obligationById.load(id)),
  EligibilityNotice: async (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readEligibilityNotices', `Query.eligibilityNotices requires ${roles('readEligibilityNotices')}`);
    const notice = await found('Eligibility notice', id, ctx.loaders.noticeById.load(id));
    AccessPolicy.assertCanReadOffice(user, notice.officeId);
    return notice;
  },
  ActivityAssignment: (ctx, user, id) => ofCase(ctx, user, 'Activity assignment', id, ctx.loaders.assignmentById.load(id)),
  HoursEntry: (ctx, user, id) => ofCase(ctx, user, 'Hours entry', id, ctx.loaders.hoursEntryById.load(id)),
  // ROI-1: releases are part of the case record (not for PARTNER); agencies are the parties a release can name.
  Release: (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readReleases', `Case.releases requires ${roles('readReleases')}`);
    return ofCase(ctx, user, 'Release', id, requireMedicalGate(ctx).releaseById.load(id));
  },
  PartnerAgency: (ctx, user, id) => {
    AccessPolicy.assertMay(user, 'readReleases', `Query.partnerAgencies requires ${roles('readReleases')}`);
    return found('Partner agency', id, requireMedicalGate(ctx).agencyById.load(id));
  },
  ...WORKSITE_NODE_READERS,
  ...TRACK_RECORD_NODE_READERS,
  ...FSSP_NODE_READERS,
  ...CASEWORK_NODE_READERS,
  ...FILE_REVIEW_NODE_READERS,
  ...COMPLAINT_NODE_READERS,
  ...WEBHOOK_NODE_READERS,
};

/** Reads one object by global id, tagged with its GraphQL type for Node's resolveType. */
async function readNode(ctx: RequestContext, id: string): Promise<object> {
  const user = requireUser(ctx);
  const parsed = parseGlobalId(id);
  const type = parsed && (parsed.kind === 'uuid' ? await ctx.loaders.nodeTypeById.load(parsed.id) : parsed.type);
  if (!parsed || !type) throw notFound('Node', id);
  const row = await READERS[type](ctx, user, parsed.id);
  return Object.assign(row, { [NODE_TYPE]: type });
}

/** Relay's object identification: refetch any object by its id, with the typed queries' access checks. */
@Resolver()
export class NodeResolver {
  @Authorized() @Query(() => NodeInterface, {
    nullable: true,
    description: 'The object with this global id; null with an error (NOT_FOUND, FORBIDDEN) when it cannot be read, as case(id) answers',
  })
  node(@Arg('id', () => ID, { description: 'A global id, as an object\'s id field gives it' }) id: string, @Ctx() ctx: RequestContext) {
    return readNode(ctx, id);
  }

  @Authorized() @Query(() => [NodeInterface], {
    nullable: 'items',
    description: 'The objects with these ids, in order; null for each one that cannot be read, with its error at path ["nodes", index]',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: `Global ids, at most ${MAX_NODE_IDS}` }) ids: string[],
    @Ctx() ctx: RequestContext,
  ) {
    if (ids.length > MAX_NODE_IDS) throw badInput(`nodes takes at most ${MAX_NODE_IDS} ids`, 'ids', 'arrayMaxSize');
    // An Error in a list is the item's error: GraphQL answers null there and reports it with its path.
    return Promise.all(ids.map((id) => readNode(ctx, id).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
  }
}

/** Obligation.id (opaque global id) and Obligation.case. */
@Resolver(() => ObligationType)
export class ObligationNodeResolver {
  @FieldResolver(() => ID, { description: 'Global id (README "Relay")' })
  id(@Root() obligation: ObligationType) {
    return toGlobalId('Obligation', obligation.id);
  }

  @FieldResolver(() => CaseType, { description: 'The case the obligation is on' })
  case(@Root() obligation: ObligationType, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), obligation.caseId);
  }
}

/** EligibilityNotice.id (opaque global id) and EligibilityNotice.case: a PARTNER gets what case(id) gives it. */
@Resolver(() => EligibilityNoticeType)
export class EligibilityNoticeNodeResolver {
  @FieldResolver(() => ID, { description: 'Global id (README "Relay"); acknowledgeEligibilityNotice takes it' })
  id(@Root() notice: EligibilityNoticeType) {
    return toGlobalId('EligibilityNotice', notice.id);
  }

  @FieldResolver(() => CaseType, { description: 'The case whose change this notice reports' })
  case(@Root() notice: EligibilityNoticeType, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), notice.caseId);
  }
}

/** CaseAlert.id (opaque global id) and CaseAlert.case. */
@Resolver(() => CaseAlertType)
export class CaseAlertNodeResolver {
  @FieldResolver(() => ID, { description: 'Global id (README "Relay")' })
  id(@Root() alert: CaseAlertType) {
    return toGlobalId('CaseAlert', alert.id);
  }

  @FieldResolver(() => CaseType, { description: 'The case whose case note raised the alert' })
  case(@Root() alert: CaseAlertType, @Ctx() ctx: RequestContext) {
    return readableCase(ctx, requireUser(ctx), alert.caseId);
  }
}

/** CaseHistoryEntry.id (opaque global id). */
@Resolver(() => CaseHistoryEntryType)
export class CaseHistoryEntryNodeResolver {
  @FieldResolver(() => ID, { description: 'Global id (README "Relay")' })
  id(@Root() entry: CaseHistoryEntryType) {
    return toGlobalId('CaseHistoryEntry', entry.id);
  }
}

export const NODE_RESOLVERS = [NodeResolver, ObligationNodeResolver, EligibilityNoticeNodeResolver, CaseAlertNodeResolver, CaseHistoryEntryNodeResolver] as const;
