import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/exit.input';
import { sendCaseEvent } from './case-mutation';

/** Reassignment, TA closure, exit, Post-TA and re-referral (ENG-3, EXIT-1 to EXIT-3). */
@Resolver()
export class ExitResolver {
  @Authorized('SUPERVISOR') @Mutation(() => Result)
  reassignCaseManager(@Arg('input') i: I.ReassignCaseManagerInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'CHANGE_CASE_MANAGER', caseManagerId: i.caseManagerId });
  }

  @Authorized() @Mutation(() => Result)
  closeTemporaryAssistance(@Arg('input') i: I.CloseTemporaryAssistanceInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'CLOSE_TA', closedOn: i.closedOn, withWork: i.withWork });
  }

  @Authorized() @Mutation(() => Result)
  recordExitSummary(@Arg('input') i: I.RecordExitSummaryInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'RECORD_EXIT_SUMMARY', enteredOn: i.enteredOn });
  }

  @Authorized() @Mutation(() => Result)
  closeWorkActivityRecord(@Arg('input') i: I.CloseWorkActivityRecordInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: i.closedOn });
  }

  @Authorized() @Mutation(() => Result)
  recordPostTaContact(@Arg('input') i: I.RecordPostTaContactInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'RECORD_POST_TA_CONTACT', contactedOn: i.contactedOn });
  }

  @Authorized() @Mutation(() => Result)
  completePostTa(@Arg('input') i: I.CompletePostTaInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'COMPLETE_POST_TA' });
  }

  @Authorized() @Mutation(() => Result)
  async referClientAgain(@Arg('input') i: I.ReferClientAgainInput, @Ctx() ctx: RequestContext) {
    const current = await ctx.services.cases.findCase(requireUser(ctx), i.caseId);
    return sendCaseEvent(ctx, i, {
      type: 'REFER_AGAIN', referralDate: i.referralDate, track: i.track, monthsUsed: i.monthsUsed,
      caseManagerId: i.caseManagerId ?? current.caseManagerId,
    });
  }
}
