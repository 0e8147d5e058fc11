import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/penalty.input';
import { sendCaseEvent } from './case-mutation';

/** Non-compliance, good cause and the staged penalty (PEN-1 to PEN-4). */
@Resolver()
export class PenaltyResolver {
  @Authorized() @Mutation(() => Result)
  reportNonCompliance(@Arg('input') i: I.ReportNonComplianceInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'REPORT_NON_COMPLIANCE', kind: i.kind, occurredOn: i.occurredOn });
  }

  @Authorized() @Mutation(() => Result)
  determineGoodCause(@Arg('input') i: I.DetermineGoodCauseInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'DETERMINE_GOOD_CAUSE', goodCause: i.goodCause, reason: i.reason });
  }

  @Authorized() @Mutation(() => Result)
  requestPenalty(@Arg('input') i: I.RequestPenaltyInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'REQUEST_PENALTY' });
  }

  @Authorized() @Mutation(() => Result)
  imposePenalty(@Arg('input') i: I.ImposePenaltyInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'IMPOSE_PENALTY', effectiveOn: i.effectiveOn });
  }

  @Authorized() @Mutation(() => Result)
  recordPenaltyResolutionHomeVisit(@Arg('input') i: I.RecordPenaltyResolutionHomeVisitInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: i.visitedOn, childSafetyDetermined: i.childSafetyDetermined });
  }

  @Authorized() @Mutation(() => Result)
  escalatePenalty(@Arg('input') i: I.EscalatePenaltyInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'ESCALATE_PENALTY' });
  }

  @Authorized() @Mutation(() => Result)
  curePenalty(@Arg('input') i: I.CurePenaltyInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'CURE_PENALTY', intentToComplyOn: i.intentToComplyOn ?? null, compliedOn: i.compliedOn ?? null });
  }

  @Authorized() @Mutation(() => Result)
  removePenaltyForGoodCause(@Arg('input') i: I.RemovePenaltyForGoodCauseInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', goodCauseBeganOn: i.goodCauseBeganOn, reason: i.reason });
  }
}
