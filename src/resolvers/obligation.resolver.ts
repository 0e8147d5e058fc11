import { Type } from 'class-transformer';
import { WaiveObligationPayload } from '../schema/payloads';
import { PERMISSIONS } from '../auth/roles';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { CaseType } from '../schema/case.type';
import { ObligationFilterInput, WaiveObligationInput } from '../schema/obligation.input';
import { CaseListArgs, ObligationConnectionType } from '../schema/connections.type';
import { pageOfList, toPage } from '../schema/page-info.cursor';
import { CASE_LIST_ORDERS } from '../schema/page-info.orders';
import { ObligationService } from '../services/obligation.service';

@ArgsType()
class ObligationsArgs {
  @Field(() => ObligationFilterInput, { nullable: true, description: 'Which obligations; all you may read when omitted' }) @IsOptional() @ValidateNested() @Type(() => ObligationFilterInput) filter?: ObligationFilterInput;
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 200' }) @Min(1) @Max(200) first: number;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; omit for the first page' }) after?: string;
}

/** Deadlines: a case's obligations, the office worklist, and supervisor waivers. */
@Resolver(() => CaseType)
export class ObligationResolver {
  @Authorized() @Query(() => ObligationConnectionType, { description: 'The worklist: obligations by due date for an office or a caseload' })
  async obligations(@Args() { filter, first, after }: ObligationsArgs, @Ctx() ctx: RequestContext) {
    const f = filter ?? {};
    const page = await ctx.services.obligations.worklist(requireUser(ctx), { officeId: f.office, caseManagerId: f.caseManager, status: f.status, unresolved: f.unresolved, dueBefore: f.dueBefore, ruleIds: f.ruleIds }, first, after);
    const edges = page.rows.map((node) => ({ cursor: ObligationService.cursorOf(node), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.countTotal);
  }

  @Authorized(...PERMISSIONS.waiveObligation) @Mutation(() => WaiveObligationPayload, { description: "A supervisor's waiver of an obligation, with a coded reason that applies to its rule (WaiverReason) and free text" })
  async waiveObligation(@Arg('input', { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: WaiveObligationInput, @Ctx() ctx: RequestContext) {
    return { obligation: await ctx.services.obligations.waive(requireUser(ctx), input.caseId, input.key, input.reasonCode, input.reason) };
  }

  @FieldResolver(() => ObligationConnectionType, { name: 'obligations', description: 'What is due on this case, when, and whether it was met; earliest due first' })
  async caseObligations(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.loaders.obligationsByCaseId.load(kase.id), CASE_LIST_ORDERS.obligations, first, after);
  }
}
