import type { AnyStateNode } from 'xstate';
import { CASE_EVENT_TYPES, CASE_EVENTS } from './case-event-catalog';
import { caseLifecycleMachine } from './case-lifecycle.machine';

export interface WorkflowState { id: string; path: string; type: string; parent: string | null }
export interface WorkflowTransition { from: string; event: string; mutation: string; to: string; guard: string | null }
export interface WorkflowDescription {
  states: WorkflowState[];
  events: Array<{ event: string; mutation: string; roles: readonly string[] }>;
  transitions: WorkflowTransition[];
}

const pathOf = (node: AnyStateNode) => node.path.join('.');

type CaseStateNode = typeof caseLifecycleMachine.root;

function allNodes(node: CaseStateNode): CaseStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child))];
}

/** States, events and transitions read from the machine definition itself, for the `workflow` query. */
export function describeWorkflow(): WorkflowDescription {
  const nodes = allNodes(caseLifecycleMachine.root).filter((n) => n.path.length > 0);
  const transitions = nodes.flatMap((node) =>
    [...node.transitions.values()].flat().map((t) => ({
      from: pathOf(node),
      event: t.eventType,
      mutation: CASE_EVENTS[t.eventType as keyof typeof CASE_EVENTS]?.mutation ?? '',
      to: t.target?.length ? pathOf(t.target[0]) : pathOf(node),
      guard: typeof t.guard === 'string' ? t.guard : ((t.guard as { type?: string } | undefined)?.type ?? null),
    })),
  );
  return {
    states: nodes.map((n) => ({ id: n.id, path: pathOf(n), type: n.type, parent: n.parent && n.parent.path.length ? pathOf(n.parent) : null })),
    events: CASE_EVENT_TYPES.map((event) => ({ event, mutation: CASE_EVENTS[event].mutation, roles: CASE_EVENTS[event].roles })),
    transitions,
  };
}

const mermaidId = (path: string) => path.replace(/\./g, '_');

/**
 * A Mermaid `stateDiagram-v2` generated from the machine. Mermaid cannot draw an arrow between
 * states inside different composite states, so each arrow is drawn between the children of the
 * closest common ancestor that contain its ends.
 */
export function caseWorkflowMermaid(): string {
  const { transitions } = describeWorkflow();
  const byParent = new Map<string, string[]>();
  for (const t of transitions) {
    const from = t.from.split('.');
    const to = t.to.split('.');
    let common = 0;
    while (common < Math.min(from.length, to.length) - 1 && from[common] === to[common]) common++;
    if (from.length === to.length && common === from.length - 1 && from[common] === to[common]) common = from.length - 1;
    const source = from.slice(0, common + 1).join('.');
    const target = to.slice(0, common + 1).join('.');
    const parent = from.slice(0, common).join('.');
    const label = t.guard ? `${t.event} [${t.guard}]` : t.event;
    const line = `${mermaidId(source)} --> ${mermaidId(target)}: ${label}`;
    const lines = byParent.get(parent) ?? [];
    if (!lines.includes(line)) lines.push(line);
    byParent.set(parent, lines);
  }
  const out: string[] = ['stateDiagram-v2'];
  const render = (node: AnyStateNode, depth: number) => {
    const pad = '  '.repeat(depth);
    const children = Object.values(node.states) as AnyStateNode[];
    const path = pathOf(node);
    children.forEach((child, index) => {
      const id = mermaidId(pathOf(child));
      if (node.type === 'parallel' && index > 0) out.push(`${pad}--`);
      if (node.type !== 'parallel' && node.initial?.target?.[0] === child) out.push(`${pad}[*] --> ${id}`);
      if (Object.keys(child.states).length) {
        out.push(`${pad}state ${id} {`);
        render(child, depth + 1);
        out.push(`${pad}}`);
      } else {
        out.push(`${pad}${id}: ${child.key}`);
      }
    });
    for (const line of byParent.get(path) ?? []) out.push(pad + line);
  };
  render(caseLifecycleMachine.root, 1);
  return out.join('\n') + '\n';
}
