import { Type } from 'class-transformer';
import { PERMISSIONS } from '../auth/roles';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { CaseType } from '../schema/case.type';
import { ObligationFilterInput, WaiveObligationInput } from '../schema/obligation.input';
import { ObligationConnectionType, ObligationType } from '../schema/obligation.type';
import { ObligationService } from '../services/obligation.service';

@ArgsType()
class ObligationsArgs {
  @Field(() => ObligationFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ObligationFilterInput) filter?: ObligationFilterInput;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) first: number;
  @Field(() => String, { nullable: true }) after?: string;
}

/** Deadlines: a case's obligations, the office worklist, and supervisor waivers. */
@Resolver(() => CaseType)
export class ObligationResolver {
  @Authorized() @Query(() => ObligationConnectionType, { description: 'The worklist: obligations by due date for an office or a caseload' })
  async obligations(@Args() { filter, first, after }: ObligationsArgs, @Ctx() ctx: RequestContext) {
    const f = filter ?? {};
    const page = await ctx.services.obligations.worklist(requireUser(ctx), { officeId: f.office, caseManagerId: f.caseManager, status: f.status, dueBefore: f.dueBefore, ruleIds: f.ruleIds }, first, after);
    const edges = page.rows.map((node) => ({ cursor: ObligationService.cursorOf(node), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(...PERMISSIONS.waiveObligation) @Mutation(() => ObligationType)
  waiveObligation(@Arg('input') input: WaiveObligationInput, @Ctx() ctx: RequestContext) {
    return ctx.services.obligations.waive(requireUser(ctx), input.caseId, input.key, input.reason);
  }

  @FieldResolver(() => [ObligationType], { name: 'obligations', description: 'What is due on this case, when, and whether it was met' })
  caseObligations(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.services.obligations.forCase(kase.id);
  }
}
