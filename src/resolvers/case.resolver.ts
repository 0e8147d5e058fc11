import { Type } from 'class-transformer';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { CaseActionType } from '../schema/case-action.type';
import { CaseConnectionType } from '../schema/case-connection.type';
import { CaseFilterInput } from '../schema/case-filter.input';
import { CaseHistoryEntryType } from '../schema/case-history.type';
import { CaseType } from '../schema/case.type';
import { ClientType } from '../schema/client.type';
import { OfficeType } from '../schema/office.type';
import { StaffType } from '../schema/staff.type';
import { TimeLimitPositionType } from '../schema/time-limit.type';
import type { StoredCaseSnapshot as Stored } from '../machines/case-snapshot';
import { CaseQueryService } from '../services/case-query.service';

@ArgsType()
class CasesArgs {
  @Field(() => CaseFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CaseFilterInput) filter?: CaseFilterInput;
  @Field(() => Int, { defaultValue: 20 }) @Min(1) @Max(100) first: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@Resolver(() => CaseType)
export class CaseResolver {
  @Authorized() @Query(() => CaseType)
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.cases.findCase(requireUser(ctx), id);
  }

  @Authorized() @Query(() => CaseConnectionType, { description: 'Cases the user may read, newest referral first' })
  async cases(@Args() { filter, first, after }: CasesArgs, @Ctx() ctx: RequestContext) {
    const f = filter ?? {};
    const page = await ctx.services.cases.listCases(requireUser(ctx), { officeId: f.office, caseManagerId: f.caseManager, track: f.track, phase: f.phase, state: f.state }, first, after);
    const edges = page.cases.map((node) => ({ cursor: CaseQueryService.cursorOf(node), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, countTotal: page.totalCount };
  }

  @FieldResolver(() => ClientType)
  client(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.clientById.load(kase.clientId);
  }

  @FieldResolver(() => OfficeType)
  office(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.officeById.load(kase.officeId);
  }

  @FieldResolver(() => StaffType)
  caseManager(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(kase.caseManagerId);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => [CaseHistoryEntryType], { description: 'Every applied event, oldest first' })
  history(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.historyByCaseId.load(kase.id);
  }

  @FieldResolver(() => TimeLimitPositionType)
  timeLimit(@Root() kase: CaseType): TimeLimitPositionType {
    const extension = (kase.snapshot as Stored).context.extension;
    return { monthsUsed: kase.monthsUsed, monthsLeft: Math.max(0, 60 - kase.monthsUsed), extensionStaffingDue: kase.monthsUsed >= 58, extensionDecision: extension?.decision ?? null };
  }

  @FieldResolver(() => [CaseActionType], { description: 'Every event of the chart: whether you may send it now, and why not' })
  async actions(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.services.cases.actionsOf(requireUser(ctx), kase, await ctx.loaders.documentationByCaseId.load(kase.id));
  }
}

@Resolver(() => CaseConnectionType)
export class CaseConnectionResolver {
  @FieldResolver(() => Int, { description: 'Cases matching the filter (counted only when asked for)' })
  totalCount(@Root() connection: CaseConnectionType) {
    return connection.countTotal();
  }
}
