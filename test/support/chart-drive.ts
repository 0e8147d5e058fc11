import { initialTransition, transition } from 'xstate';
import { availableActions } from '../../src/machines/available-actions';
import { DOCUMENTATION_RULES } from '../../src/machines/documentation-rules';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { stateString } from '../../src/machines/case-state';

/** Midday in Alaska on a day, as an event's `at`. */
export const at = (day: string) => `${day}T20:00:00.000Z`;

/** An event as a test writes it: `at` defaults to 2026-03-10. */
export type Command = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> & { at?: string } : never) : never;

/**
 * Drives the pure chart from a Work First referral of 2026-03-02 through the commands, failing
 * loudly on the first one the chart refuses.
 */
export function drive(commands: Command[], monthsUsed = 10): CaseSnapshot {
  let [s] = initialTransition(caseLifecycleMachine, { track: 'WORK_FIRST', caseManagerId: 'cm-1', referralDate: '2026-03-02', monthsUsed });
  for (const c of commands) {
    const event: CaseEvent = { at: at('2026-03-10'), ...c };
    if (!s.can(event)) throw new Error(`${event.type} refused in ${stateString(s.value)}`);
    [s] = transition(caseLifecycleMachine, s, event);
  }
  return s;
}

/** Reached, EA completed and documented (EA-2), FSSP drafted and signed (FSSP-1): participating. */
export const toParticipation: Command[] = [
  { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-03-03', method: 'PHONE', outcome: 'REACHED' },
  { type: 'COMPLETE_EA', completedOn: '2026-03-04' },
  { type: 'RECORD_EA_NOTE', enteredOn: '2026-03-05' },
  { type: 'DRAFT_FSSP', draftedOn: '2026-03-06', lastStepReviewDate: '2026-06-01' },
  { type: 'SIGN_FSSP', signedOn: '2026-03-06' },
];

/** Every note a documented transition waits for is on file, so only the chart decides. */
export const ALL_NOTES = { documentation: new Map(Object.values(DOCUMENTATION_RULES).map((rule) => [rule.kind, '2100-12-31'])) };

/** Why a supervisor may not send `event` now (null: allowed), with every note on file. */
export const blocked = (s: CaseSnapshot, event: string, when = at('2026-03-10')) =>
  availableActions(s, ALL_NOTES, { role: 'SUPERVISOR', cannotActBecause: null }, when).find((a) => a.event === event)!.blockedBy;
