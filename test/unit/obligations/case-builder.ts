import { initialTransition, transition } from 'xstate';
import { AlaskaCalendar } from '../../../src/calendar/alaska-calendar';
import { caseLifecycleMachine } from '../../../src/machines/case-lifecycle.machine';
import type { CaseEvent, CaseInput } from '../../../src/machines/case-lifecycle.types';
import { stateString } from '../../../src/machines/case-state';
import { deriveObligations, type CaseRecord, type HistoryEntry, type NoteFact, type NoteSubject, type Obligation, type Waiver } from '../../../src/obligations';

/** Test support: drives the real chart and writes the history rows the services would write. */

export const calendar = new AlaskaCalendar();

/** 21:00 UTC is midday in Anchorage (AKST or AKDT), so the instant falls on `day` there too. */
export const middayAk = (day: string): string => `${day}T21:00:00.000Z`;

export type Command = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at'> & { at?: string } : never) : never;

/** The event's own date, used for its `at` when the test does not give one. */
const DATE_FIELDS = ['on', 'completedOn', 'enteredOn', 'draftedOn', 'mailedOn', 'signedOn', 'reviewedOn', 'updatedOn', 'occurredOn',
  'effectiveOn', 'visitedOn', 'startedOn', 'endedOn', 'submittedOn', 'closedOn', 'contactedOn', 'referralDate'];

export interface Extras { notes?: NoteFact[]; waivers?: Waiver[]; childCareAuthorized?: boolean }

/** Refers a client, applies each command (failing if the chart refuses it) and returns the case record. */
export function buildCase(input: Partial<CaseInput> & { referralDate: string }, commands: Command[], extras: Extras = {}): CaseRecord {
  const caseInput: CaseInput = { track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 10, ...input };
  let [snapshot] = initialTransition(caseLifecycleMachine, caseInput);
  let at = middayAk(caseInput.referralDate);
  const history: HistoryEntry[] = [
    { version: 1, event: 'REFERRED', payload: { ...caseInput }, occurredAt: at, stateAfter: stateString(snapshot.value) },
  ];
  for (const command of commands) {
    const own = DATE_FIELDS.map((f) => (command as Record<string, unknown>)[f]).find((v): v is string => typeof v === 'string');
    at = command.at ?? (own ? middayAk(own) : at);
    const event: CaseEvent = { ...command, at };
    if (!snapshot.can(event)) throw new Error(`${event.type} refused in ${stateString(snapshot.value)}`);
    [snapshot] = transition(caseLifecycleMachine, snapshot, event);
    const { type, at: occurredAt, ...payload } = event;
    history.push({ version: history.length + 1, event: type, payload, occurredAt, stateAfter: stateString(snapshot.value) });
  }
  return {
    caseId: 'case-1', context: snapshot.context, state: stateString(snapshot.value), history,
    notes: extras.notes ?? [], waivers: extras.waivers ?? [], childCareAuthorized: extras.childCareAuthorized,
  };
}

/** A client note entered at `instant` (a full ISO instant, or a day taken as midday in Alaska). */
export const note = (id: string, subject: NoteSubject, instant: string, contactMethod: string | null = null): NoteFact => ({
  id, subject, enteredAt: instant.length === 10 ? middayAk(instant) : instant, contactMethod,
});

/** A supervisor's waiver; `reasonCode` null stands for one recorded before reasons were coded. */
export const waiver = (obligationKey: string, reason: string, day: string, reasonCode: Waiver['reasonCode'] = 'EXTENUATING_CIRCUMSTANCES'): Waiver => ({
  obligationKey, reasonCode, reason, waivedAt: middayAk(day), waivedBy: 'sup-1',
});

export const derive = (record: CaseRecord, today: string): Obligation[] => deriveObligations(record, today, calendar);

/** The obligations of one rule, by key. */
export function ofRule(record: CaseRecord, today: string, ruleId: string): Record<string, Obligation> {
  return Object.fromEntries(derive(record, today).filter((o) => o.ruleId === ruleId).map((o) => [o.key, o]));
}

/** The single obligation with `key`, failing clearly when it is missing. */
export function one(record: CaseRecord, today: string, key: string): Obligation {
  const found = derive(record, today).find((o) => o.key === key);
  if (!found) throw new Error(`no obligation ${key}; have ${derive(record, today).map((o) => o.key).join(', ')}`);
  return found;
}

// Shared steps, dated in November 2026 (referral Friday 2026-11-06).
export const reached = (on: string): Command => ({ type: 'RECORD_CONTACT_ATTEMPT', on, method: 'PHONE', outcome: 'REACHED' });
export const toPlanning = (eaOn = '2026-11-12', noteOn = '2026-11-13'): Command[] => [
  reached('2026-11-09'),
  { type: 'COMPLETE_EA', completedOn: eaOn },
  { type: 'RECORD_EA_NOTE', enteredOn: noteOn },
];
/** Signed 2026-11-20; the plan's last step review date is 2027-01-29. */
export const toParticipation = (signedOn = '2026-11-20', lastStepReviewDate = '2027-01-29'): Command[] => [
  ...toPlanning(),
  { type: 'DRAFT_FSSP', draftedOn: '2026-11-18', lastStepReviewDate },
  { type: 'SIGN_FSSP', signedOn },
];
