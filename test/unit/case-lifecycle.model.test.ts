import { getNextTransitions, initialTransition, transition, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { caseStatePaths, MODEL_INPUT, modelEvents } from '../support/case-model';

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((c) => allNodes(c as AnyStateNode))];
}

/** The transition XState selects for an event: the first one of the event whose guard passes. */
function selectedTransition(snapshot: CaseSnapshot, event: ReturnType<typeof modelEvents>[number]): AnyTransitionDefinition[] {
  const guards = caseLifecycleMachine.implementations.guards as Record<string, (a: unknown) => boolean>;
  const candidates = getNextTransitions(snapshot).filter((t) => t.eventType === event.type);
  const bySource = new Map<AnyStateNode, AnyTransitionDefinition[]>();
  for (const t of candidates) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);
  return [...bySource.values()].flatMap((ts) => {
    const hit = ts.find((t) => !t.guard || guards[typeof t.guard === 'string' ? t.guard : (t.guard as any).type]({ context: snapshot.context, event }));
    return hit ? [hit] : [];
  });
}

describe('case lifecycle chart, model-based (xstate/graph)', () => {
  const paths = caseStatePaths();

  it('reaches every state node of the chart', () => {
    const reached = new Set<string>();
    for (const path of paths) for (const node of (path.state as CaseSnapshot)._nodes) reached.add(node.id);
    const all = allNodes(caseLifecycleMachine.root).map((n) => n.id);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('takes every transition of the chart', () => {
    const taken = new Set<AnyTransitionDefinition>();
    for (const path of paths) {
      const snapshot = path.state as CaseSnapshot;
      for (const event of modelEvents(snapshot)) {
        if (!snapshot.can(event)) continue;
        for (const t of selectedTransition(snapshot, event)) taken.add(t);
        const [next] = transition(caseLifecycleMachine, snapshot, event);
        expect(next.status).toBe('active');
      }
    }
    const all = allNodes(caseLifecycleMachine.root).flatMap((n) => [...n.transitions.values()].flat());
    const missing = all.filter((t) => !taken.has(t)).map((t) => `${t.source.id} --${t.eventType}--> ${t.target?.[0]?.id ?? '(self)'}`);
    expect(missing).toEqual([]);
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
