import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { PartnerAgencyEntity } from '../entities';
import { requireMedicalGate as gateOf } from '../releases/medical-gate';
import { isCurrentOn } from '../releases/release-rules';
import { CaseType } from '../schema/case.type';
import {
  PartnerAgencyType, RecordReleaseInput, RecordReleasePayload, ReleaseOfInformationType, RevokeReleaseInput, RevokeReleasePayload,
} from '../schema/release.type';

/** ROI-1: releases of information, entered by the case manager with their CLNO. */
@Resolver(() => ReleaseOfInformationType)
export class ReleaseResolver {
  @Authorized(...PERMISSIONS.recordRelease) @Mutation(() => RecordReleasePayload, { description: 'ROI-1: enter a release the client signed, with the Release of Information CLNO that documents it; MEDICAL needs a HIPAA release' })
  async recordRelease(@Arg('input', { description: 'The release, and a clientMutationId that makes a retry safe' }) input: RecordReleaseInput, @Ctx() ctx: RequestContext) {
    return { release: await ctx.services.releases.record(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordRelease) @Mutation(() => RevokeReleasePayload, { description: 'ROI-1: the client revoked a release; it no longer holds from revokedOn. Once per release' })
  async revokeRelease(@Arg('input', { description: 'The release, the day, the documenting CLNO, and a clientMutationId' }) input: RevokeReleaseInput, @Ctx() ctx: RequestContext) {
    return { release: await ctx.services.releases.revoke(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.readReleases) @Query(() => [PartnerAgencyType], { description: 'The agencies a release can name (ROI-1), by name' })
  partnerAgencies(@Ctx() ctx: RequestContext): Promise<PartnerAgencyEntity[]> {
    return ctx.services.releases.agencies();
  }

  @FieldResolver(() => [PartnerAgencyType])
  async parties(@Root() release: ReleaseOfInformationType, @Ctx() ctx: RequestContext): Promise<PartnerAgencyEntity[]> {
    const agencies = await gateOf(ctx).agencyById.loadMany(release.partyAgencyIds);
    return agencies.filter((a): a is PartnerAgencyEntity => a !== null && !(a instanceof Error));
  }

  @FieldResolver(() => Boolean)
  current(@Root() release: ReleaseOfInformationType, @Ctx() ctx: RequestContext): boolean {
    return isCurrentOn({ ...release, scope: release.scope, partyAgencyIds: release.partyAgencyIds }, gateOf(ctx).today());
  }
}

@Resolver(() => CaseType)
export class CaseReleasesResolver {
  @Authorized(...PERMISSIONS.readReleases) @FieldResolver(() => [ReleaseOfInformationType], { description: 'Releases of information entered on this case (ROI-1), oldest signature first' })
  releases(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return gateOf(ctx).releasesByCaseId.load(kase.id);
  }
}
