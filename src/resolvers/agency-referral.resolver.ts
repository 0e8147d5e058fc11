import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { isUUID } from 'class-validator';
import { caseworkLoaders } from '../assessment/casework-loaders';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { AssignmentFollowUpEntity, ReferralOutcomeEntity } from '../entities';
import type { AgencyReferralRow } from '../repositories/agency-referral.repository';
import {
  AgencyReferralConnectionType, AgencyReferralType, AssignmentFollowUpConnectionType, RecordAssignmentFollowUpInput, RecordAssignmentFollowUpPayload,
  RecordReferralOutcomeInput, RecordReferralOutcomePayload, ReferToAgencyInput, ReferToAgencyPayload, ReferralOutcomeType,
} from '../schema/agency-referral.type';
import { CaseType } from '../schema/case.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList, type ListOrder } from '../schema/page-info.cursor';

const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isId = (v: unknown) => typeof v === 'string' && isUUID(v);
const REFERRALS: ListOrder<AgencyReferralRow> = { name: 'AgencyReferral', keyOf: (r) => [r.referredOn, r.id], valid: [isDate, isId] };
const FOLLOW_UPS: ListOrder<AssignmentFollowUpEntity> = { name: 'AssignmentFollowUp', keyOf: (f) => [f.followedUpOn, f.id], valid: [isDate, isId] };

/** EA-3: referrals to agencies and their outcomes; EA-5: follow-ups of activity assignments. */
@Resolver(() => AgencyReferralType)
export class AgencyReferralResolver {
  @Authorized(...PERMISSIONS.recordCasework) @Mutation(() => ReferToAgencyPayload, { description: 'EA-3: refer the client or a household member (a child, a parent) to an agency, with the follow-up date that goes on the worklist' })
  async referToAgency(@Arg('input', { description: 'The referral, and a clientMutationId that makes a retry safe' }) input: ReferToAgencyInput, @Ctx() ctx: RequestContext) {
    return { referral: await ctx.services.agencyReferrals.refer(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordCasework) @Mutation(() => RecordReferralOutcomePayload, { description: 'EA-3: record what a follow-up of a referral found; the first outcome meets the referral\'s follow-up obligation' })
  async recordReferralOutcome(@Arg('input', { description: 'The referral, the day, the outcome, and a clientMutationId' }) input: RecordReferralOutcomeInput, @Ctx() ctx: RequestContext) {
    return { referral: await ctx.services.agencyReferrals.recordOutcome(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordCasework) @Mutation(() => RecordAssignmentFollowUpPayload, { description: 'EA-5: record a follow-up of a work activity assignment (and plan the next); it meets the assignment\'s open follow-up obligation' })
  async recordAssignmentFollowUp(@Arg('input', { description: 'The assignment, the day, what it found, and a clientMutationId' }) input: RecordAssignmentFollowUpInput, @Ctx() ctx: RequestContext) {
    return { followUp: await ctx.services.agencyReferrals.recordAssignmentFollowUp(requireUser(ctx), input) };
  }

  @FieldResolver(() => ReferralOutcomeType, { nullable: true })
  latestOutcome(@Root() referral: AgencyReferralRow): ReferralOutcomeEntity | null {
    return referral.outcomes.at(-1) ?? null;
  }
}

@Resolver(() => CaseType)
export class CaseAgencyReferralsResolver {
  @Authorized(...PERMISSIONS.readCasework) @FieldResolver(() => AgencyReferralConnectionType, { description: 'Referrals to agencies for the family (EA-3), oldest first' })
  async agencyReferrals(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await caseworkLoaders(ctx).referralsByCaseId.load(kase.id), REFERRALS, first, after);
  }

  @Authorized(...PERMISSIONS.readCasework) @FieldResolver(() => AssignmentFollowUpConnectionType, { description: 'Follow-ups of the case\'s activity assignments (EA-5), oldest first' })
  async assignmentFollowUps(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await caseworkLoaders(ctx).followUpsByCaseId.load(kase.id), FOLLOW_UPS, first, after);
  }
}
