import { requireUser, type RequestContext } from '../context';
import type { CaseEventInput } from '../schema/inputs/case-event.input';
import type { CaseTransitionResultType } from '../schema/case-transition-result.type';
import type { CaseCommand } from '../services/case-transition.service';

/** The body every lifecycle mutation shares: who asks, which case, which event. */
export async function sendCaseEvent(context: RequestContext, input: CaseEventInput, command: CaseCommand): Promise<CaseTransitionResultType> {
  const { kase, before, after } = await context.services.transitions.apply(requireUser(context), input.caseId, command, input.expectedVersion);
  // CaseEntity carries every field CaseType exposes (the rest resolve by field).
  return { case: kase as unknown as CaseTransitionResultType['case'], fromState: before, toState: after };
}

/** GraphQL DateTime inputs arrive as Date; events store ISO instants. */
export const iso = (d: Date) => d.toISOString();
