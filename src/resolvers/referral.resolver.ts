import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { CaseType } from '../schema/case.type';
import { ReferClientInput } from '../schema/inputs/referral.input';

@Resolver()
export class ReferralResolver {
  @Authorized(...PERMISSIONS.referClient) @Mutation(() => CaseType, { description: 'A referral: creates the client, the household and a case' })
  referClient(@Arg('input') input: ReferClientInput, @Ctx() ctx: RequestContext) {
    return ctx.services.referrals.refer(requireUser(ctx), input);
  }
}
