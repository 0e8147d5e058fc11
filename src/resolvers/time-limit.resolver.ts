import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/time-limit.input';
import { sendCaseEvent } from './case-mutation';

/** The 60-month clock and the extension staffing (TL-1, TL-2). */
@Resolver()
export class TimeLimitResolver {
  @Authorized() @Mutation(() => Result)
  recordAssistanceMonth(@Arg('input') i: I.RecordAssistanceMonthInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'RECORD_ASSISTANCE_MONTH', month: i.month });
  }

  @Authorized() @Mutation(() => Result)
  scheduleExtensionStaffing(@Arg('input') i: I.ScheduleExtensionStaffingInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: i.staffingOn });
  }

  @Authorized() @Mutation(() => Result)
  submitExtensionStaffingForm(@Arg('input') i: I.SubmitExtensionStaffingFormInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'SUBMIT_STAFFING_FORM', submittedOn: i.submittedOn });
  }

  @Authorized('SUPERVISOR') @Mutation(() => Result)
  decideExtension(@Arg('input') i: I.DecideExtensionInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'DECIDE_EXTENSION', approved: i.approved, reason: i.reason });
  }
}
