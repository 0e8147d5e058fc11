import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { CASE_EVENTS } from '../machines/case-event-catalog';
import { caseTransitionPayload, type CaseTransitionResultType } from '../schema/case-transition-result.type';
import type { CaseEventInput } from '../schema/inputs/case-event.input';
import type { CaseCommand } from '../services/case-transition.service';
import { LIFECYCLE_MUTATIONS, type LifecycleMutation } from './lifecycle-mutations';

/** The body every lifecycle mutation shares: who asks, which case, which event. */
async function sendCaseEvent(context: RequestContext, input: CaseEventInput, command: CaseCommand): Promise<CaseTransitionResultType> {
  const { kase, before, after } = await context.services.transitions.apply(requireUser(context), input.caseId, command, input.expectedVersion);
  // CaseEntity carries every field CaseType exposes (the rest resolve by field).
  return { case: kase as unknown as CaseTransitionResultType['case'], fromState: before, toState: after };
}

/**
 * Every lifecycle mutation of the chart (ENG, EA, FSSP, TRK, PEN, EXM, TL, EXIT rules), one method
 * per LIFECYCLE_MUTATIONS entry. The methods are written by this loop instead of by hand because
 * they differ only in data: the name and roles come from the event catalog, the input class and
 * the payload from the entry. The decorators are the ones a hand-written method would carry:
 *   @Authorized(...roles) @Mutation(() => CaseTransitionResult, { description })
 *   name(@Arg('input', () => Input) input, @Ctx() ctx)
 */
@Resolver()
export class LifecycleResolver {}

function addMutation(entry: LifecycleMutation): void {
  const { mutation, roles } = CASE_EVENTS[entry.event];
  const prototype = LifecycleResolver.prototype as unknown as Record<string, unknown>;
  if (mutation in prototype) throw new Error(`Lifecycle mutation ${mutation} is listed twice`);
  prototype[mutation] = async function (this: LifecycleResolver, input: CaseEventInput, context: RequestContext) {
    const payload = await entry.command(input, context);
    // `lifecycle()` proved the payload is this event's; TypeScript cannot follow a generic spread back to the union.
    return sendCaseEvent(context, input, { type: entry.event, ...payload } as CaseCommand);
  };
  // Parameter decorators first, then method decorators bottom-up: the order TypeScript applies them.
  Arg('input', () => entry.input, { description: 'The case, the version you read (expectedVersion), the event\'s facts, and a clientMutationId that makes a retry safe' })(prototype, mutation, 0);
  Ctx()(prototype, mutation, 1);
  const descriptor = Object.getOwnPropertyDescriptor(prototype, mutation)!;
  // Built now, not inside the type function: type-graphql must see the type before it builds the schema.
  const payload = caseTransitionPayload(mutation);
  Mutation(() => payload, { description: entry.description, deprecationReason: entry.deprecationReason })(prototype, mutation, descriptor);
  Authorized(...roles)(prototype, mutation, descriptor);
}

LIFECYCLE_MUTATIONS.forEach(addMutation);
