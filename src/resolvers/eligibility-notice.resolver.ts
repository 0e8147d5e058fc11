import { IsOptional, Matches, Max, Min } from 'class-validator';
import { PERMISSIONS } from '../auth/roles';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { EligibilityNoticeType } from '../schema/eligibility-notice.type';

@ArgsType()
class NoticesArgs {
  @Field({ defaultValue: true, description: 'Only notices not yet acknowledged' }) @IsOptional() pending: boolean;
  @Field(() => Int, { defaultValue: 100 }) @Min(1) @Max(500) first: number;
}

@InputType()
class AcknowledgeEligibilityNoticeInput {
  @Field(() => ID) @Matches(/^\d{1,18}$/, { message: 'id must be a notice id' }) id: string;
}

/** The Eligibility outbox for integration partners (EXM-1, MGT-5). */
@Resolver()
export class EligibilityNoticeResolver {
  @Authorized(...PERMISSIONS.readEligibilityNotices) @Query(() => [EligibilityNoticeType])
  eligibilityNotices(@Args() { pending, first }: NoticesArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.eligibilityNotices.list(requireUser(ctx), pending, first);
  }

  @Authorized(...PERMISSIONS.acknowledgeEligibilityNotice) @Mutation(() => EligibilityNoticeType)
  acknowledgeEligibilityNotice(@Arg('input') input: AcknowledgeEligibilityNoticeInput, @Ctx() ctx: RequestContext) {
    return ctx.services.eligibilityNotices.acknowledge(requireUser(ctx), input.id);
  }
}
