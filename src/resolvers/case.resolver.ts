import { Type } from 'class-transformer';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { CaseActionType } from '../schema/case-action.type';
import { CaseConnectionType } from '../schema/case-connection.type';
import { CaseFilterInput } from '../schema/case-filter.input';
import { CaseHistoryEntryConnectionType, CaseListArgs } from '../schema/connections.type';
import { CASE_LIST_ORDERS } from '../schema/page-info.orders';
import { pageOfList, toPage } from '../schema/page-info.cursor';
import { CaseType } from '../schema/case.type';
import { ClientType } from '../schema/client.type';
import { OfficeType } from '../schema/office.type';
import { StaffType } from '../schema/staff.type';
import { TimeLimitPositionType } from '../schema/time-limit.type';
import { PenaltyPositionType } from '../schema/penalty.type';
import { penaltyPosition } from '../machines/penalty-stages';
import { PlanPositionType } from '../schema/plan.type';
import { planPositionOn } from '../machines/fssp-currency';
import { alaskaDateOf } from '../dates';
import { timeLimitPosition } from '../machines/time-limit-clock';
import type { StoredCaseSnapshot as Stored } from '../machines/case-snapshot';
import { CaseQueryService } from '../services/case-query.service';
import { criteriaHaveMedical, withoutMedicalCriteria } from '../releases/medical-facts';
import { discloseMedical } from './privacy.resolver';
import { decideEventsOfOwnRequests } from '../approvals/approval-rules';
import { approvalLoaders } from '../approvals/approval-loaders';

@ArgsType()
class CasesArgs {
  @Field(() => CaseFilterInput, { nullable: true, description: 'Which cases; every case you may read when omitted' }) @IsOptional() @ValidateNested() @Type(() => CaseFilterInput) filter?: CaseFilterInput;
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' }) @Min(1) @Max(100) first: number;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; omit for the first page' }) after?: string;
}

@Resolver(() => CaseType)
export class CaseResolver {
  @Authorized() @Query(() => CaseType, { nullable: true, description: 'One case; null (with an error naming why: NOT_FOUND or FORBIDDEN) when it cannot be read, so the rest of the document still answers' })
  case(@Arg('id', () => ID, { description: 'The case\'s id' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.cases.findCase(requireUser(ctx), id);
  }

  @Authorized() @Query(() => CaseConnectionType, { description: 'Cases the user may read, newest referral first' })
  async cases(@Args() { filter, first, after }: CasesArgs, @Ctx() ctx: RequestContext) {
    const f = filter ?? {};
    const page = await ctx.services.cases.listCases(requireUser(ctx), { officeId: f.office, caseManagerId: f.caseManager, track: f.track, phase: f.phase, state: f.state }, first, after);
    const edges = page.cases.map((node) => ({ cursor: CaseQueryService.cursorOf(node), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.totalCount);
  }

  @FieldResolver(() => ClientType, { description: 'The client the case is for' })
  client(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.clientById.load(kase.clientId);
  }

  @FieldResolver(() => OfficeType, { description: 'The office that holds the case' })
  office(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.officeById.load(kase.officeId);
  }

  @FieldResolver(() => StaffType, { description: 'The case manager responsible today (reassignCaseManager changes it; ENG-3 restarts its clock)' })
  caseManager(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(kase.caseManagerId);
  }

  @Authorized(...PERMISSIONS.readCaseRecord) @FieldResolver(() => CaseHistoryEntryConnectionType, { description: 'Every applied event, oldest first' })
  async history(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await ctx.loaders.historyByCaseId.load(kase.id), CASE_LIST_ORDERS.history, first, after);
  }

  @FieldResolver(() => TimeLimitPositionType, { description: 'Where the case stands on the 60-month lifetime limit (TL-1)' })
  async timeLimit(@Root() kase: CaseType, @Ctx() ctx: RequestContext): Promise<TimeLimitPositionType> {
    const context = (kase.snapshot as Stored).context;
    // TL-1: every SPOUSE/PARTNER of the household is a parent of the family, with or without months on record.
    const secondParents = (await ctx.loaders.householdByClientId.load(kase.clientId)).filter((m) => m.relationship === 'SPOUSE' || m.relationship === 'PARTNER');
    const position = timeLimitPosition({ ...context, monthsUsed: kase.monthsUsed }, secondParents.map((m) => m.id));
    // ROI-1: criteria resting on a TA10 or a disability are medical information (src/releases/medical-facts.ts).
    if (!position.parents.some((p) => criteriaHaveMedical(p.extensionCriteria))) return position;
    if (await discloseMedical(ctx, kase.id, kase.clientId)) return position;
    return { ...position, parents: position.parents.map((p) => ({ ...p, extensionCriteria: withoutMedicalCriteria(p.extensionCriteria) })) };
  }

  @FieldResolver(() => PenaltyPositionType, { nullable: true, description: 'The open penalty: stage, percentage, notice and finding date (PEN-5, AS 47.27.085); null when none is open' })
  penalty(@Root() kase: CaseType): PenaltyPositionType | null {
    const open = (kase.snapshot as Stored).context.penalty;
    return open ? penaltyPosition(open) : null;
  }

  @FieldResolver(() => PlanPositionType, { description: 'The FSSP today: current or not by its last step review date, never by whether expireFssp was sent (FSSP-1, FSSP-3)' })
  plan(@Root() kase: CaseType, @Ctx() ctx: RequestContext): PlanPositionType {
    return planPositionOn((kase.snapshot as Stored).context, alaskaDateOf(ctx.services.clock.now()));
  }

  @FieldResolver(() => [CaseActionType], { description: 'Every event of the chart: whether you may send it now, and why not' })
  async actions(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    const user = requireUser(ctx);
    // Only a supervisor decides; for anyone else the role already refuses the decide events.
    const own = user.role === 'SUPERVISOR' ? decideEventsOfOwnRequests(await approvalLoaders(ctx).approvalsByCaseId.load(kase.id), user.id) : new Set<never>();
    return ctx.services.cases.actionsOf(user, kase, await ctx.loaders.documentationByCaseId.load(kase.id), own);
  }
}
