import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/exemption.input';
import { sendCaseEvent } from './case-mutation';

/** Exemptions (EXM-1). */
@Resolver()
export class ExemptionResolver {
  @Authorized() @Mutation(() => Result)
  startExemption(@Arg('input') i: I.StartExemptionInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'START_EXEMPTION', reason: i.reason, startedOn: i.startedOn });
  }

  @Authorized() @Mutation(() => Result)
  endExemption(@Arg('input') i: I.EndExemptionInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'END_EXEMPTION', endedOn: i.endedOn });
  }
}
