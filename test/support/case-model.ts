import { createEmptyActor, getNextTransitions, initialTransition, type AnyActorScope } from 'xstate';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent, CaseInput } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';

/** Late enough for every time-based guard (FSSP expiry, 12 months of Post-TA) to pass. */
export const MODEL_AT = '2027-06-01T20:00:00.000Z';
export const MODEL_INPUT: CaseInput = { track: 'WORK_FIRST', caseManagerId: 'cm-1', referralDate: '2026-01-05', monthsUsed: 57 };

/** Every event the chart knows, with the payload variants that pick each branch. */
export function modelEvents(snapshot: CaseSnapshot): CaseEvent[] {
  const at = MODEL_AT;
  const other = snapshot.context.track === 'WORK_FIRST' ? 'FAMILIES_FIRST' : 'WORK_FIRST';
  return [
    { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-01-06', method: 'PHONE', outcome: 'NOT_REACHED', at },
    { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-01-07', method: 'PHONE', outcome: 'REACHED', at },
    { type: 'DISCLOSE_EMERGENCY', description: 'eviction notice', at },
    { type: 'ISSUE_J016', eaAppointmentAt: '2026-01-12T18:00:00.000Z', at },
    { type: 'SCHEDULE_EA', appointmentAt: '2026-01-12T18:00:00.000Z', at },
    { type: 'COMPLETE_EA', completedOn: '2026-01-12', at },
    { type: 'RECORD_EA_NOTE', enteredOn: '2026-01-13', at },
    // ENG-3: after a change of case manager or track (on MODEL_AT's day), the new EA of that day.
    { type: 'COMPLETE_REASSESSMENT', completedOn: '2027-06-01', at },
    { type: 'DRAFT_FSSP', draftedOn: '2026-01-14', lastStepReviewDate: '2026-04-14', at },
    { type: 'MAIL_FSSP', mailedOn: '2026-01-15', dueBackOn: '2026-01-29', at },
    { type: 'SIGN_FSSP', signedOn: '2026-01-20', at },
    { type: 'REVIEW_FSSP', reviewedOn: '2026-02-20', at },
    { type: 'UPDATE_FSSP', updatedOn: '2026-04-10', lastStepReviewDate: '2028-01-31', at },
    { type: 'EXPIRE_FSSP', at },
    { type: 'REQUEST_TRACK_CHANGE', toTrack: other, reason: 'barriers found', at },
    { type: 'DECIDE_TRACK_CHANGE', approved: true, reason: 'agreed', at },
    { type: 'DECIDE_TRACK_CHANGE', approved: false, reason: 'not yet', at },
    { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-02', at },
    { type: 'REPORT_NON_COMPLIANCE', kind: 'MISSING_TIMESHEET', occurredOn: '2026-03-02', at },
    // ENG-5 / FSSP-1 (issue 10): not engaging, or not signing a drafted plan, in whatever phase.
    { type: 'REPORT_NON_COMPLIANCE', kind: 'NOT_ENGAGED', occurredOn: '2026-03-02', at },
    { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-03-02', at },
    { type: 'DETERMINE_GOOD_CAUSE', goodCause: true, reason: 'sick child', at },
    { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none', at },
    { type: 'REQUEST_PENALTY', at },
    { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-09', at },
    { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-07-15', childSafetyDetermined: true, at },
    { type: 'ESCALATE_PENALTY', at },
    { type: 'CURE_PENALTY', intentToComplyOn: '2026-05-04', compliedOn: '2026-05-06', at },
    { type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', goodCauseBeganOn: '2026-03-01', reason: 'hospitalized', at },
    { type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: '2026-03-01', documentedOn: '2026-02-27', at },
    { type: 'END_EXEMPTION', endedOn: '2026-04-01', at },
    { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-02', at },
    { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-03-20', at },
    { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-03-10', at },
    { type: 'DECIDE_EXTENSION', approved: true, reason: 'TA10 supports it', at },
    { type: 'DECIDE_EXTENSION', approved: false, reason: 'criteria not met', at },
    { type: 'CHANGE_CASE_MANAGER', caseManagerId: snapshot.context.caseManagerId === 'cm-1' ? 'cm-2' : 'cm-1', at },
    { type: 'CLOSE_TA', closedOn: '2026-05-31', withWork: true, at },
    { type: 'CLOSE_TA', closedOn: '2026-05-31', withWork: false, at },
    { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2026-06-05', at },
    { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2026-06-30', at },
    { type: 'RECORD_POST_TA_CONTACT', contactedOn: '2026-07-01', at },
    { type: 'COMPLETE_POST_TA', at },
    { type: 'REFER_AGAIN', referralDate: '2027-06-01', track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 57, at },
  ];
}

/** States differ when their value differs, or a fact a guard reads differs (the rest of the context does not matter). */
export function serializeCaseState(snapshot: CaseSnapshot): string {
  const c = snapshot.context;
  return JSON.stringify([
    snapshot.value, c.track, c.monthsUsed >= 58, c.monthsUsed >= 60, c.contactAttempts.some((a) => a.outcome === 'NOT_REACHED'),
    c.penalty?.kind === 'MISSING_TIMESHEET', c.penalty?.stage ?? null, !!c.penalty?.homeVisitOn, !!c.extension?.formSubmittedOn,
    c.extension?.decision ?? null, c.exit?.withWork ?? null,
    // A new EA is due when the 30-day clock restarted after the last one (ENG-3).
    c.ea.completedOn !== null && c.engagementClockStart > c.ea.completedOn,
    // A plan past its last step review date can expire but not be reviewed (FSSP-3).
    (c.fssp.lastStepReviewDate ?? '9999') < MODEL_AT.slice(0, 10),
  ]);
}

/** One distinct state of the model: a representative snapshot, the events that reach it, and its moves. */
export interface ModelState {
  key: string;
  snapshot: CaseSnapshot;
  /** A shortest sequence of events from a new referral (breadth-first, so no shorter one exists). */
  path: CaseEvent[];
  /** Every model event the chart accepts here (`can()`), with the snapshot it leads to. */
  moves: Array<{ event: CaseEvent; next: CaseSnapshot }>;
}

/**
 * xstate's `transition()` builds a throwaway actor for every call, whose eager initial snapshot
 * (without input) throws and is caught: about half of each call. The model reuses one inert scope,
 * as xstate/graph does; every action of this chart is an `assign`, so nothing else differs
 * (the model test proves that against `transition()` for every transition of the chart).
 */
const emptyActor = createEmptyActor();
const MODEL_SCOPE: AnyActorScope = {
  self: emptyActor, id: '', sessionId: 'case-model', system: emptyActor.system,
  logger: () => undefined, defer: () => undefined, emit: () => undefined, stopChild: () => undefined, actionExecutor: () => undefined,
};

/** One step of the chart, as `transition(caseLifecycleMachine, snapshot, event)[0]` computes it. */
export const modelStep = (snapshot: CaseSnapshot, event: CaseEvent): CaseSnapshot => caseLifecycleMachine.transition(snapshot, event, MODEL_SCOPE);

let explored: ModelState[] | undefined;

/**
 * Every distinct state of the chart reachable from a new referral, breadth first: the same states
 * xstate/graph's getShortestPaths finds with these events and this serializer, about 5x faster,
 * because an event the chart refuses (`can()` is false) leaves the snapshot as it is, so only the
 * accepted ones are computed, once each, and kept for the tests that walk them. Memoized per file.
 */
export function exploreCaseModel(): ModelState[] {
  if (explored) return explored;
  const [start] = initialTransition(caseLifecycleMachine, MODEL_INPUT);
  const first: ModelState = { key: serializeCaseState(start), snapshot: start, path: [], moves: [] };
  const byKey = new Map([[first.key, first]]);
  const queue = [first];
  for (let i = 0; i < queue.length; i++) {
    const state = queue[i];
    // Only event types some active state handles can be accepted; `can()` decides among those.
    const handled = new Set(getNextTransitions(state.snapshot).map((t) => t.eventType));
    for (const event of modelEvents(state.snapshot)) {
      if (!handled.has(event.type) || !state.snapshot.can(event)) continue;
      const next = modelStep(state.snapshot, event);
      state.moves.push({ event, next });
      const key = serializeCaseState(next);
      if (byKey.has(key)) continue;
      const reached: ModelState = { key, snapshot: next, path: [...state.path, event], moves: [] };
      byKey.set(key, reached);
      queue.push(reached);
    }
  }
  explored = queue;
  return explored;
}
