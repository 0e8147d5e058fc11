import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { alaskaDateOf, isPlainDate } from '../dates';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';
import {
  AddPlacementProgressNoteInput, AddPlacementProgressNotePayload, AddWorksitePositionInput, AddWorksitePositionPayload, ChangeEmployerInput, ChangeEmployerPayload,
  ChangeWorksiteInput, ChangeWorksitePayload, ChangeWorksitePositionInput,
  ChangeWorksitePositionPayload, CreateEmployerInput, CreateEmployerPayload, CreateWorksiteInput, CreateWorksitePayload, EndWorksitePlacementInput,
  EndWorksitePlacementPayload, PlaceAtWorksiteInput, PlaceAtWorksitePayload, RecordSiteAgreementInput, RecordSiteAgreementPayload,
} from '../schema/worksite.input';
import {
  EmployerConnectionType, EmployerType, PlacementProgressNoteType, SiteAgreementType, WorksiteConnectionType, WorksitePlacementConnectionType,
  WorksitePlacementType, WorksitePositionType, WorksiteType,
} from '../schema/worksite.type';
import { DOCUMENT_PATHS } from '../worksites/document-routes';
import { worksiteLoaders } from '../worksites/worksite-loaders';
import { slotsTaken } from '../worksites/worksite-rules';

const isUuid = (v: unknown) => typeof v === 'string' && isUUID(v);
const isText = (v: unknown) => typeof v === 'string';
const isDate = (v: unknown) => typeof v === 'string' && isPlainDate(v);
const isInstantText = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The office lists and a case's placements, ordered as their statements order them (the cursor is the sort key). */
export const WORKSITE_ORDERS = {
  worksites: { name: 'Worksite', keyOf: (w) => [w.name, w.id], valid: [isText, isUuid] } satisfies ListOrder<{ name: string; id: string }>,
  employers: { name: 'Employer', keyOf: (e) => [e.name, e.id], valid: [isText, isUuid] } satisfies ListOrder<{ name: string; id: string }>,
  placements: {
    name: 'WorksitePlacement', keyOf: (p) => [p.startsOn, p.recordedAt.toISOString(), p.id], valid: [isDate, isInstantText, isUuid],
  } satisfies ListOrder<{ startsOn: string; recordedAt: Date; id: string }>,
};

const OFFICE_ARG = { nullable: true, description: 'The office (WSTA only; others read their own office)' } as const;

/** SITE-1: the office's employers and worksites, their positions and site agreements. */
@Resolver(() => WorksiteType)
export class WorksiteResolver {
  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => CreateEmployerPayload, { description: 'SITE-1/2: enter an employer of your office' })
  async createEmployer(@Arg('input', { description: 'The employer, and a clientMutationId' }) input: CreateEmployerInput, @Ctx() ctx: RequestContext) {
    return { employer: await ctx.services.worksites.createEmployer(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => CreateWorksitePayload, { description: 'SITE-1: enter a CWE or BWE worksite of your office' })
  async createWorksite(@Arg('input', { description: 'The worksite, and a clientMutationId' }) input: CreateWorksiteInput, @Ctx() ctx: RequestContext) {
    return { worksite: await ctx.services.worksites.createWorksite(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => ChangeEmployerPayload, { description: 'SITE-1: change an employer\'s name or contact facts (a new version; the earlier ones are kept)' })
  async changeEmployer(@Arg('input', { description: 'The employer\'s facts from now on, and a clientMutationId' }) input: ChangeEmployerInput, @Ctx() ctx: RequestContext) {
    return { employer: await ctx.services.worksites.changeEmployer(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => ChangeWorksitePayload, { description: 'SITE-1: change a worksite\'s name or contact facts (a new version; the earlier ones are kept)' })
  async changeWorksite(@Arg('input', { description: 'The worksite\'s facts from now on, and a clientMutationId' }) input: ChangeWorksiteInput, @Ctx() ctx: RequestContext) {
    return { worksite: await ctx.services.worksites.changeWorksite(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => AddWorksitePositionPayload, { description: 'SITE-1: add a position (hours, skills, slots) to a worksite of your office' })
  async addWorksitePosition(@Arg('input', { description: 'The position, and a clientMutationId' }) input: AddWorksitePositionInput, @Ctx() ctx: RequestContext) {
    return { position: await ctx.services.worksites.addPosition(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => ChangeWorksitePositionPayload, { description: 'SITE-1: change a position (a new version; the earlier ones are kept)' })
  async changeWorksitePosition(@Arg('input', { description: 'The position\'s facts from now on, and a clientMutationId' }) input: ChangeWorksitePositionInput, @Ctx() ctx: RequestContext) {
    return { position: await ctx.services.worksites.changePosition(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => RecordSiteAgreementPayload, { description: 'SITE-1: record the site agreement signed with a worksite; printable at its documentUrl' })
  async recordSiteAgreement(@Arg('input', { description: 'The agreement, and a clientMutationId' }) input: RecordSiteAgreementInput, @Ctx() ctx: RequestContext) {
    return { siteAgreement: await ctx.services.worksites.recordSiteAgreement(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.readWorksites) @Query(() => WorksiteConnectionType, { description: 'SITE-1: the office\'s worksites, by name' })
  async worksites(@Args() { first, after }: CaseListArgs, @Arg('officeId', () => ID, OFFICE_ARG) officeId: string | null, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.services.worksites.worksites(requireUser(ctx), officeId), WORKSITE_ORDERS.worksites, first, after);
  }

  @Authorized(...PERMISSIONS.readWorksites) @Query(() => EmployerConnectionType, { description: 'SITE-1/2: the office\'s employers, by name' })
  async employers(@Args() { first, after }: CaseListArgs, @Arg('officeId', () => ID, OFFICE_ARG) officeId: string | null, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.services.worksites.employers(requireUser(ctx), officeId), WORKSITE_ORDERS.employers, first, after);
  }

  @FieldResolver(() => EmployerType, { nullable: true })
  employer(@Root() site: WorksiteType, @Ctx() ctx: RequestContext) {
    return site.employerId ? worksiteLoaders(ctx).employerById.load(site.employerId) : null;
  }

  @FieldResolver(() => [WorksitePositionType])
  positions(@Root() site: WorksiteType, @Ctx() ctx: RequestContext) {
    return worksiteLoaders(ctx).positionsByWorksiteId.load(site.id);
  }

  @FieldResolver(() => [SiteAgreementType])
  siteAgreements(@Root() site: WorksiteType, @Ctx() ctx: RequestContext) {
    return worksiteLoaders(ctx).siteAgreementsByWorksiteId.load(site.id);
  }
}

@Resolver(() => WorksitePositionType)
export class WorksitePositionResolver {
  @FieldResolver(() => Float)
  hoursPerWeek(@Root() position: WorksitePositionType): number {
    return position.centiHoursPerWeek / 100;
  }

  @FieldResolver(() => Int)
  async slotsTaken(@Root() position: WorksitePositionType, @Ctx() ctx: RequestContext): Promise<number> {
    return slotsTaken(await worksiteLoaders(ctx).placementsByPositionId.load(position.id), alaskaDateOf(ctx.services.clock.now()));
  }
}

@Resolver(() => SiteAgreementType)
export class SiteAgreementResolver {
  @FieldResolver(() => String)
  documentUrl(@Root() agreement: SiteAgreementType): string {
    return DOCUMENT_PATHS.siteAgreement(agreement.id);
  }
}

/** SITE-1 / TRK-5: placements (the site of a WORK_EXPERIENCE assignment) and their progress. */
@Resolver(() => WorksitePlacementType)
export class WorksitePlacementResolver {
  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => PlaceAtWorksitePayload, { description: 'SITE-1 / TRK-5: place the client in a worksite position through their WORK_EXPERIENCE assignment; a full position is positionFull' })
  async placeAtWorksite(@Arg('input', { description: 'The placement, and a clientMutationId' }) input: PlaceAtWorksiteInput, @Ctx() ctx: RequestContext) {
    return { placement: await ctx.services.worksites.place(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => EndWorksitePlacementPayload, { description: 'SITE-1: end a placement (once); its slot is free from endedOn' })
  async endWorksitePlacement(@Arg('input', { description: 'The end, and a clientMutationId' }) input: EndWorksitePlacementInput, @Ctx() ctx: RequestContext) {
    return { placement: await ctx.services.worksites.endPlacement(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.manageWorksites) @Mutation(() => AddPlacementProgressNotePayload, { description: 'SITE-1: note the client\'s progress at the site' })
  async addPlacementProgressNote(@Arg('input', { description: 'The note, and a clientMutationId' }) input: AddPlacementProgressNoteInput, @Ctx() ctx: RequestContext) {
    return { progressNote: await ctx.services.worksites.addProgressNote(requireUser(ctx), input) };
  }

  @FieldResolver(() => WorksitePositionType)
  position(@Root() placement: WorksitePlacementType, @Ctx() ctx: RequestContext) {
    return worksiteLoaders(ctx).positionById.load(placement.positionId);
  }

  @FieldResolver(() => WorksiteType)
  async worksite(@Root() placement: WorksitePlacementType, @Ctx() ctx: RequestContext) {
    const position = await worksiteLoaders(ctx).positionById.load(placement.positionId);
    return position ? worksiteLoaders(ctx).worksiteById.load(position.worksiteId) : null;
  }

  @FieldResolver(() => Float)
  hoursPerWeek(@Root() placement: WorksitePlacementType): number {
    return placement.centiHoursPerWeek / 100;
  }

  @FieldResolver(() => [PlacementProgressNoteType])
  progressNotes(@Root() placement: WorksitePlacementType, @Ctx() ctx: RequestContext) {
    return worksiteLoaders(ctx).progressNotesByPlacementId.load(placement.id);
  }

  @FieldResolver(() => String)
  documentUrl(@Root() placement: WorksitePlacementType): string {
    return DOCUMENT_PATHS.placementAgreement(placement.id);
  }
}

/** Case.worksitePlacements (the case itself was read-checked by its query). */
@Resolver(() => CaseType)
export class CaseWorksiteResolver {
  @Authorized(...PERMISSIONS.readWorksites) @FieldResolver(() => WorksitePlacementConnectionType, { description: 'SITE-1 / TRK-5: the client\'s CWE/BWE worksite placements, by start' })
  async worksitePlacements(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await worksiteLoaders(ctx).placementsByCaseId.load(kase.id), WORKSITE_ORDERS.placements, first, after);
  }
}
