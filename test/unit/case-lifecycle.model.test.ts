import { getNextTransitions, initialTransition, transition, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { exploreCaseModel, MODEL_INPUT, modelEvents } from '../support/case-model';

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
