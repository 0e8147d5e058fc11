import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ReferClientPayload } from '../schema/payloads';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { ReferClientInput } from '../schema/inputs/referral.input';

@Resolver()
export class ReferralResolver {
  @Authorized(...PERMISSIONS.referClient) @Mutation(() => ReferClientPayload, { description: 'A referral: creates the client, the household and a case (ENG-1 starts)' })
  async referClient(@Arg('input', { description: 'The client, household, track and case manager, and a clientMutationId that makes a retry safe (a retried referral creates one case)' }) input: ReferClientInput, @Ctx() ctx: RequestContext) {
    return { case: await ctx.services.referrals.refer(requireUser(ctx), input) };
  }
}
