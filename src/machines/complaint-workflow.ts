import { COMPLAINT_EVENTS } from './complaint-event-catalog';
import { complaintMachine } from './complaint.machine';
import { COMPLAINT_EVENT_TYPES } from './complaint.types';

export interface ComplaintWorkflowTransition { from: string; event: string; mutation: string; to: string; guard: string | null }

const guardName = (guard: unknown): string | null =>
  typeof guard === 'string' ? guard : ((guard as { type?: string } | undefined)?.type ?? null);

/**
 * The complaint chart's transitions read from its definition.
 *
 * @example
 * describeComplaintWorkflow() // [{ from: 'received', event: 'RETURN_CALL', mutation: 'recordComplaintCallReturned', to: 'callReturned', guard: 'fromClient' }, ...]
 */
export function describeComplaintWorkflow(): ComplaintWorkflowTransition[] {
  return Object.entries(complaintMachine.root.states).flatMap(([from, node]) =>
    [...node.transitions.values()].flat().map((t) => ({
      from, event: t.eventType, mutation: COMPLAINT_EVENTS[t.eventType as keyof typeof COMPLAINT_EVENTS]?.mutation ?? '',
      to: t.target?.[0]?.key ?? from, guard: guardName(t.guard),
    })));
}

/**
 * Checked at start-up, as the case chart is (case-machine-validation.ts): every event the complaint
 * chart handles has a catalog entry and a mutation, and every catalog event is handled somewhere,
 * so the API and the chart cannot drift.
 *
 * @example
 * validateComplaintMachine(['recordComplaintCallReturned', 'resolveComplaint', ...]) // throws naming what is missing
 */
export function validateComplaintMachine(mutationNames: readonly string[]): void {
  const handled = new Set(describeComplaintWorkflow().map((t) => t.event));
  const problems = [
    ...[...handled].filter((e) => !COMPLAINT_EVENT_TYPES.includes(e as never)).map((e) => `event ${e} has no catalog entry`),
    ...COMPLAINT_EVENT_TYPES.filter((e) => !handled.has(e)).map((e) => `event ${e} is handled by no state`),
    ...COMPLAINT_EVENT_TYPES.filter((e) => !mutationNames.includes(COMPLAINT_EVENTS[e].mutation)).map((e) => `mutation ${COMPLAINT_EVENTS[e].mutation} (${e}) is missing from the schema`),
  ];
  if (problems.length) throw new Error(`Complaint machine definition is inconsistent:\n- ${problems.join('\n- ')}`);
}
