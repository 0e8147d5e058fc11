import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { DailyCheckInEntity, WorkFirstReadinessItemEntity, WorkSearchFindingEntity } from '../entities';
import { CaseType } from '../schema/case.type';
import { connectionType } from '../schema/connection.type';
import { CaseListArgs } from '../schema/connections.type';
import { pageOfList } from '../schema/page-info.cursor';
import {
  DailyCheckInType, ReadinessItemStatusType, RecordDailyCheckInInput, RecordDailyCheckInPayload, RecordWorkFirstReadinessItemInput,
  RecordWorkFirstReadinessItemPayload, RecordWorkSearchFindingInput, RecordWorkSearchFindingPayload, WorkFirstReadinessItemType, WorkSearchFindingType,
} from '../schema/work-first.type';
import { placementAfterFinding, READINESS_ITEMS, readinessProgress, stintStart } from '../work-first/work-first-rules';
import { WorksitePlacementType } from '../schema/worksite.type';
import { worksiteLoaders } from '../worksites/worksite-loaders';
import { orderOf, recordsOfCase } from './track-record.loaders';

export const WorkFirstReadinessItemConnectionType = connectionType('WorkFirstReadinessItem', WorkFirstReadinessItemType, 'A page of a case\'s job readiness items, oldest first');
export const WorkSearchFindingConnectionType = connectionType('WorkSearchFinding', WorkSearchFindingType, 'A page of a case\'s work search findings, oldest first');
export const DailyCheckInConnectionType = connectionType('DailyCheckIn', DailyCheckInType, 'A page of a case\'s daily check-ins, oldest first');

/** Work First records (TRK-4, TRK-5): entered by the people who work the case. */
@Resolver(() => WorkFirstReadinessItemType)
export class WorkFirstResolver {
  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordWorkFirstReadinessItemPayload, { description: 'TRK-4: one job readiness item completed (ALEXsys registration, résumé, general application, budget); once per Work First stint' })
  async recordWorkFirstReadinessItem(@Arg('input', { description: 'The item, and a clientMutationId' }) input: RecordWorkFirstReadinessItemInput, @Ctx() ctx: RequestContext) {
    return { item: await ctx.services.workFirst.recordReadinessItem(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordWorkSearchFindingPayload, { description: 'TRK-5: no job readily available; the client goes to CWE or BWE, or checks in daily with the CM where the office has no job club' })
  async recordWorkSearchFinding(@Arg('input', { description: 'The finding, and a clientMutationId' }) input: RecordWorkSearchFindingInput, @Ctx() ctx: RequestContext) {
    return { finding: await ctx.services.workFirst.recordWorkSearchFinding(requireUser(ctx), input) };
  }

  @Authorized(...PERMISSIONS.recordTrackRecords) @Mutation(() => RecordDailyCheckInPayload, { description: 'TRK-5: the client reported to the CM (after a DAILY_CHECK_IN finding), once a day' })
  async recordDailyCheckIn(@Arg('input', { description: 'The check-in, and a clientMutationId' }) input: RecordDailyCheckInInput, @Ctx() ctx: RequestContext) {
    return { checkIn: await ctx.services.workFirst.recordDailyCheckIn(requireUser(ctx), input) };
  }
}

/** Case's Work First records (the narrative record: CASE_RECORD_READERS, no PARTNER, ROI-1). */
@Resolver(() => CaseType)
export class CaseWorkFirstResolver {
  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => WorkFirstReadinessItemConnectionType, { description: 'TRK-4: the job readiness items recorded, oldest first' })
  async workFirstReadinessItems(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<WorkFirstReadinessItemEntity>(ctx, 'WorkFirstReadinessItem', kase.id), orderOf('WorkFirstReadinessItem'), first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => [ReadinessItemStatusType], { description: 'TRK-4: the four items, each with the day it was completed in the current Work First stint (since the referral or the approved move to Work First; null: still to do); the obligation TRK-4 is met when all four are done' })
  async workFirstReadiness(@Root() kase: CaseType, @Ctx() ctx: RequestContext) {
    const [items, history] = await Promise.all([
      recordsOfCase<WorkFirstReadinessItemEntity>(ctx, 'WorkFirstReadinessItem', kase.id), ctx.loaders.historyByCaseId.load(kase.id),
    ]);
    const { done } = readinessProgress(items, stintStart(kase.referralDate, history));
    return READINESS_ITEMS.map((item) => ({ item, completedOn: done.get(item) ?? null }));
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => WorkSearchFindingConnectionType, { description: 'TRK-5: "no job readily available" findings and their paths, oldest first' })
  async workSearchFindings(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<WorkSearchFindingEntity>(ctx, 'WorkSearchFinding', kase.id), orderOf('WorkSearchFinding'), first, after);
  }

  @Authorized(...PERMISSIONS.readCaseRecord)
  @FieldResolver(() => DailyCheckInConnectionType, { description: 'TRK-5: the client\'s daily check-ins with the CM, oldest first' })
  async dailyCheckIns(@Root() kase: CaseType, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await recordsOfCase<DailyCheckInEntity>(ctx, 'DailyCheckIn', kase.id), orderOf('DailyCheckIn'), first, after);
  }
}

/** TRK-5's link: the finding "no job readily available" and the CWE/BWE placement that followed it (SITE-1). */
@Resolver(() => WorkSearchFindingType)
export class WorkSearchFindingPlacementResolver {
  @Authorized(...PERMISSIONS.readWorksites)
  @FieldResolver(() => WorksitePlacementType, { nullable: true, description: 'TRK-5: the placement this finding led to: the first at a worksite of its kind (CWE or BWE) starting on or after foundOn and before the next finding; null until placed, and for DAILY_CHECK_IN' })
  async placement(@Root() finding: WorkSearchFindingEntity, @Ctx() ctx: RequestContext) {
    const [findings, placements] = await Promise.all([
      recordsOfCase<WorkSearchFindingEntity>(ctx, 'WorkSearchFinding', finding.caseId), worksiteLoaders(ctx).placementsByCaseId.load(finding.caseId),
    ]);
    return placementAfterFinding(finding, findings, placements);
  }
}
