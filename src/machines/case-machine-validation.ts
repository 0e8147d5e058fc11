import { CASE_EVENT_TYPES } from './case-event-catalog';
import { describeWorkflow } from './case-workflow';

/**
 * Checked at start-up (as Vendure does for its order process): every event the chart handles has a
 * mutation, and every mutation's event is handled somewhere, so the API and the chart cannot drift.
 */
export function validateCaseMachine(mutationNames: readonly string[]): void {
  const { transitions, events } = describeWorkflow();
  const handled = new Set(transitions.map((t) => t.event));
  const problems = [
    ...[...handled].filter((e) => !CASE_EVENT_TYPES.includes(e as never)).map((e) => `event ${e} has no catalog entry`),
    ...CASE_EVENT_TYPES.filter((e) => !handled.has(e)).map((e) => `event ${e} is handled by no state`),
    ...events.filter((e) => !mutationNames.includes(e.mutation)).map((e) => `mutation ${e.mutation} (${e.event}) is missing from the schema`),
  ];
  if (problems.length) throw new Error(`Case machine definition is inconsistent:\n- ${problems.join('\n- ')}`);
}
