import type { StateValue } from 'xstate';
import type { StoredCaseSnapshot } from '../../src/machines/case-snapshot';

type OpenValue = { phase: Record<string, StateValue>; compliance: string; exemption: string; timeLimit: string };

/**
 * What machine version 1 stored for the same case (before issue 10 ran compliance, exemption and
 * the time limit across the whole open case): the regions inside `participating`, the phases
 * directly under `open`. For tests of the migrations that move version-1 rows.
 *
 * @example
 * toVersion1({ value: { open: { phase: { referral: 'awaitingContact' }, compliance: 'compliant', ... } }, context })
 * // { value: { open: { referral: 'awaitingContact' } }, context }
 */
export function toVersion1(stored: StoredCaseSnapshot): StoredCaseSnapshot {
  const copy = JSON.parse(JSON.stringify(stored)) as StoredCaseSnapshot;
  const value = copy.value as unknown as { open?: OpenValue };
  if (!value.open) return copy;
  const { phase, compliance, exemption, timeLimit } = value.open;
  const participating = phase.participating as Record<string, string> | undefined;
  if (!participating && (compliance !== 'compliant' || exemption !== 'notExempt' || timeLimit !== 'withinLimit')) {
    throw new Error('version 1 cannot hold a report, an exemption or a staffing before participation');
  }
  (copy as { value: unknown }).value = { open: participating ? { participating: { ...participating, compliance, exemption, timeLimit } } : phase };
  return copy;
}
