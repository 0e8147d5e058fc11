import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/track.input';
import { sendCaseEvent } from './case-mutation';

/** Track consultation (TRK-1); approval restarts the 30-day clock (ENG-3). */
@Resolver()
export class TrackResolver {
  @Authorized() @Mutation(() => Result)
  requestTrackChange(@Arg('input') i: I.RequestTrackChangeInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'REQUEST_TRACK_CHANGE', toTrack: i.toTrack, reason: i.reason });
  }

  @Authorized('SUPERVISOR') @Mutation(() => Result, { description: "The supervisor's decision on a consultation request (TRK-1)" })
  decideTrackChange(@Arg('input') i: I.DecideTrackChangeInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'DECIDE_TRACK_CHANGE', approved: i.approved, reason: i.reason });
  }
}
