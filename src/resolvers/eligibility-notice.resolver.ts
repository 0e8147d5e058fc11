import { IsOptional, Matches, Max, Min } from 'class-validator';
import { AcknowledgeEligibilityNoticePayload } from '../schema/payloads';
import { PERMISSIONS } from '../auth/roles';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { EligibilityNoticeConnectionType } from '../schema/connections.type';
import { decodeCursor, encodeCursor, toPage } from '../schema/page-info.cursor';
import { TOP_LEVEL_CURSORS } from '../schema/page-info.orders';
import { MutationInput } from '../schema/inputs/mutation.input';

@ArgsType()
class NoticesArgs {
  @Field({ defaultValue: true, description: 'Only notices not yet acknowledged' }) @IsOptional() pending: boolean;
  @Field(() => Int, { defaultValue: 100, description: 'At most this many notices (1-500)' }) @Min(1) @Max(500) first: number;
  @Field(() => String, { nullable: true, description: 'An endCursor of this list: the notices after it' }) @IsOptional() after?: string | null;
}

@InputType({ description: 'Which Eligibility notice to confirm' })
class AcknowledgeEligibilityNoticeInput extends MutationInput {
  @Field(() => ID, { description: 'The notice\'s id (its global id; the bare row number is still taken)' }) @Matches(/^[A-Za-z0-9_-]{1,80}$/, { message: 'id must be a notice id' }) id: string;
}

/** The Eligibility outbox for integration partners (EXM-1, MGT-5). */
@Resolver()
export class EligibilityNoticeResolver {
  @Authorized(...PERMISSIONS.readEligibilityNotices) @Query(() => EligibilityNoticeConnectionType, { description: 'The Eligibility outbox of your office, oldest first' })
  async eligibilityNotices(@Args() { pending, first, after }: NoticesArgs, @Ctx() ctx: RequestContext) {
    const { name, valid } = TOP_LEVEL_CURSORS.eligibilityNotices;
    const key = after ? decodeCursor(name, after, valid) : null;
    const page = await ctx.services.eligibilityNotices.list(requireUser(ctx), pending, first, key ? { createdAt: String(key[0]), id: String(key[1]) } : null);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(name, [node.cursorAt, Number(node.id)]), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.countTotal);
  }

  @Authorized(...PERMISSIONS.acknowledgeEligibilityNotice) @Mutation(() => AcknowledgeEligibilityNoticePayload, { description: 'PARTNER (Eligibility): confirm a notice was received; acknowledging an acknowledged notice succeeds and changes nothing' })
  async acknowledgeEligibilityNotice(@Arg('input', { description: 'The notice, and a clientMutationId that makes a retry safe' }) input: AcknowledgeEligibilityNoticeInput, @Ctx() ctx: RequestContext) {
    return { notice: await ctx.services.eligibilityNotices.acknowledge(requireUser(ctx), input.id) };
  }
}
