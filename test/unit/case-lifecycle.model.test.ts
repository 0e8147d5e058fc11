import { getNextTransitions, initialTransition, transition, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { leafPaths } from '../../src/machines/case-state';
import { exploreCaseModel, MODEL_INPUT, modelEvents, serializeCaseState, type ModelState } from '../support/case-model';

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((c) => allNodes(c as AnyStateNode))];
}

const describeTransition = (t: AnyTransitionDefinition) => `${t.source.id} --${t.eventType}--> ${t.target?.[0]?.id ?? '(self)'}`;

/** The transition XState selects for an event: the first one of the event whose guard passes. */
function selectedTransition(snapshot: CaseSnapshot, event: CaseEvent): AnyTransitionDefinition[] {
  const guards = caseLifecycleMachine.implementations.guards as Record<string, (a: unknown) => boolean>;
  const candidates = getNextTransitions(snapshot).filter((t) => t.eventType === event.type);
  const bySource = new Map<AnyStateNode, AnyTransitionDefinition[]>();
  for (const t of candidates) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);
  return [...bySource.values()].flatMap((ts) => {
    const hit = ts.find((t) => !t.guard || guards[typeof t.guard === 'string' ? t.guard : (t.guard as { type: string }).type]({ context: snapshot.context, event }));
    return hit ? [hit] : [];
  });
}

describe('case lifecycle chart, model-based (every reachable state, breadth first)', () => {
  // Every distinct state (value + the facts guards read) from a new referral, each with every
  // model event the chart accepts there and where it leads (test/support/case-model.ts).
  const states = exploreCaseModel();
  const moves = states.flatMap((s) => s.moves.map((m) => ({ from: s.snapshot, ...m })));

  it('explores a model big enough to mean something', () => {
    expect(states.length).toBeGreaterThan(1000);
    expect(moves.length).toBeGreaterThan(10 * states.length);
  });

  it('reaches every state node of the chart', () => {
    const reached = new Set<string>();
    for (const { snapshot } of states) for (const node of snapshot._nodes) reached.add(node.id);
    const all = allNodes(caseLifecycleMachine.root).map((n) => n.id);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('takes every transition of the chart, and every accepted event leaves the case active', () => {
    const taken = new Set<AnyTransitionDefinition>();
    const notActive: string[] = [];
    for (const { from, event, next } of moves) {
      for (const t of selectedTransition(from, event)) taken.add(t);
      if (next.status !== 'active') notActive.push(`${JSON.stringify(from.value)} ${event.type}: ${next.status}`);
    }
    expect(notActive).toEqual([]);
    const all = allNodes(caseLifecycleMachine.root).flatMap((n) => [...n.transitions.values()].flat());
    expect(all.filter((t) => !taken.has(t)).map(describeTransition)).toEqual([]);
  });

  it('the model steps as xstate transition() does: one move per chart transition, and the deepest path replayed', () => {
    // The model reuses one actor scope; the server calls transition(). Both must compute the same value and context.
    const same = (a: CaseSnapshot, b: CaseSnapshot) => JSON.stringify([a.value, a.context]) === JSON.stringify([b.value, b.context]);
    const firstMove = new Map<AnyTransitionDefinition, (typeof moves)[number]>();
    for (const move of moves) for (const t of selectedTransition(move.from, move.event)) if (!firstMove.has(t)) firstMove.set(t, move);
    const differ = [...firstMove].filter(([, m]) => !same(transition(caseLifecycleMachine, m.from, m.event)[0], m.next)).map(([t]) => describeTransition(t));
    expect(differ).toEqual([]);
    const deepest = states.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    let snapshot = initialTransition(caseLifecycleMachine, MODEL_INPUT)[0];
    for (const event of deepest.path) snapshot = transition(caseLifecycleMachine, snapshot, event)[0];
    expect(same(snapshot, deepest.snapshot)).toBe(true);
  });

  it('a model event it did not record as accepted changes nothing through transition() (every 25th state)', () => {
    const changed: string[] = [];
    for (const s of states.filter((_, i) => i % 25 === 0)) {
      const accepted = new Set(s.moves.map((m) => JSON.stringify(m.event)));
      for (const event of modelEvents(s.snapshot).filter((e) => !accepted.has(JSON.stringify(e)))) {
        const [next] = transition(caseLifecycleMachine, s.snapshot, event);
        if (JSON.stringify([next.value, next.context]) !== JSON.stringify([s.snapshot.value, s.snapshot.context])) changed.push(`${s.key} ${event.type}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('is pure: the same snapshot and event always give the same next state, and the input snapshot is untouched', () => {
    const [start] = initialTransition(caseLifecycleMachine, MODEL_INPUT);
    const frozen = JSON.stringify(start);
    const event = modelEvents(start)[1];
    const a = transition(caseLifecycleMachine, start, event)[0];
    const b = transition(caseLifecycleMachine, start, event)[0];
    expect(JSON.stringify(a.value)).toBe(JSON.stringify(b.value));
    expect(JSON.stringify(start)).toBe(frozen);
  });
});

/**
 * Issue 10 item 2, "No dead ends". Definitions used here, over every state the model reaches:
 * - A region R (compliance, plan, timeLimit) is at rest in a leaf where a case may stay for good:
 *   compliance.compliant, plan.current, timeLimit.withinLimit and timeLimit.extended.
 *   timeLimit.extensionDenied is also at rest: with the extension denied the 60 months end and TA
 *   closes (TL-1), so CLOSE_TA is there the way forward the law gives.
 * - CLOSE_TA is "the only exit" of R from a state S when R is not at rest in S and no sequence of
 *   model events other than CLOSE_TA leads from S to a state whose R leaf differs from S's.
 * The test asks that this never holds, and that `closed` is reachable from every state.
 */
describe('no dead ends (issue 10): every region can move on without closing TA, and every case can close', () => {
  const states = exploreCaseModel();
  const byKey = new Map(states.map((s) => [s.key, s]));
  const REGIONS = ['compliance', 'plan', 'timeLimit'] as const;
  const AT_REST = new Set(['compliance.compliant', 'plan.current', 'timeLimit.withinLimit', 'timeLimit.extended', 'timeLimit.extensionDenied']);
  const leafOf = (s: ModelState['snapshot'], region: string) =>
    leafPaths(s.value).map((p) => p.replace('open.phase.participating.', '')).find((p) => p.startsWith(`${region}.`)) ?? null;

  /** The states from which `goal` holds after some sequence of moves (never CLOSE_TA when `withoutClosingTa`): a backward fixpoint. */
  function canReach(goal: (from: ModelState, next: ModelState) => boolean, withoutClosingTa: boolean): Set<string> {
    const good = new Set<string>();
    for (let changed = true; changed;) {
      changed = false;
      for (const s of states) {
        if (good.has(s.key)) continue;
        const ok = s.moves.some(({ event, next }) => {
          if (withoutClosingTa && event.type === 'CLOSE_TA') return false;
          const n = byKey.get(serializeCaseState(next))!;
          return goal(s, n) || good.has(n.key);
        });
        if (ok) { good.add(s.key); changed = true; }
      }
    }
    return good;
  }

  it('from every reachable state a case can reach closed', () => {
    const closes = canReach((_s, n) => n.snapshot.matches('closed'), false);
    expect(states.filter((s) => !s.snapshot.matches('closed') && !closes.has(s.key)).map((s) => s.key)).toEqual([]);
  });

  it.each(REGIONS)('CLOSE_TA is never the only exit of the %s region', (region) => {
    // A region "moves on" when its leaf changes; a path through other regions' events counts (e.g. an update
    // of the plan). The leaf compared with is the one the search starts from, so each leaf is searched separately.
    const stuck: string[] = [];
    for (const leaf of new Set(states.map((s) => leafOf(s.snapshot, region)).filter((l): l is string => !!l && !AT_REST.has(l)))) {
      const movesOn = canReach((_s, n) => leafOf(n.snapshot, region) !== leaf, true);
      for (const s of states) if (leafOf(s.snapshot, region) === leaf && !movesOn.has(s.key)) stuck.push(`${leaf} in ${s.key}`);
    }
    expect(stuck).toEqual([]);
  });
});

