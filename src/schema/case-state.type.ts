import type { AnyStateNode } from 'xstate';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional } from 'class-validator';
import { caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import { currentLeafPath, legacyLeafPath, phaseOfLeafPaths, type CasePhase } from '../machines/case-state';
import { CasePhaseEnum } from './enums';

/**
 * The case state as the API shows it. The database and the chart keep the active leaf paths joined
 * by ", " (work_case.state, case_history.state_after); this module turns that text into the
 * structured `CaseState` and names each leaf state node of the chart as an enum value, generated
 * from the machine so a chart change updates the schema (and `schema.graphql` shows it).
 */

/** The joined text of the active leaf paths, e.g. "open.compliance.compliant, open.exemption.notExempt, open.phase.referral.awaitingContact, ...". */
export type CaseStatePath = string;

/** How stateString (src/machines/case-state.ts) joins the leaf paths of parallel regions. */
const SEPARATOR = ', ';

/**
 * The enum name of a leaf path: its segments, camelCase split into words, upper snake case.
 *
 * @example
 * stateNodeName('open.phase.participating.plan.current') // 'OPEN_PHASE_PARTICIPATING_PLAN_CURRENT'
 * stateNodeName('postTa') // 'POST_TA'
 */
export function stateNodeName(path: string): string {
  return path.split('.').map((segment) => segment.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('_');
}

function leafNodes(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  return children.length ? children.flatMap(leafNodes) : [node];
}

/** Every leaf state node of the chart (the only nodes a case's state lists), in chart order. */
export const CASE_STATE_NODE_PATHS: readonly string[] = leafNodes(caseLifecycleMachine.root as AnyStateNode).map((n) => n.path.join('.'));

/**
 * GraphQL name -> leaf path. The enum's internal values are the paths, so resolvers and filters
 * work in paths. The names of machine version 1 (e.g. OPEN_PARTICIPATING_COMPLIANCE_PENALIZED,
 * OPEN_REFERRAL_AWAITING_CONTACT) stay as deprecated aliases of the same paths: a filter that
 * names them still matches, and answers use today's names (graphql-js serializes a value to the
 * last name that holds it, so the aliases come first).
 */
export const CaseStateNodeEnum: Record<string, string> = {};
const LEGACY_NAMES = new Map<string, string>();
for (const path of CASE_STATE_NODE_PATHS) {
  const legacy = stateNodeName(legacyLeafPath(path));
  if (legacy !== stateNodeName(path)) { CaseStateNodeEnum[legacy] = path; LEGACY_NAMES.set(legacy, stateNodeName(path)); }
}
for (const path of CASE_STATE_NODE_PATHS) {
  const name = stateNodeName(path);
  if (name in CaseStateNodeEnum) throw new Error(`State nodes ${CaseStateNodeEnum[name]} and ${path} both map to the enum value ${name}`);
  CaseStateNodeEnum[name] = path;
}

/**
 * The phase of a stored state path (today's or machine version 1's).
 *
 * @example
 * phaseOfPath('open.compliance.compliant, open.phase.referral.awaitingContact') // 'REFERRAL'
 * phaseOfPath('open.referral.awaitingContact') // 'REFERRAL' (a version-1 history row)
 * phaseOfPath('postTa') // 'POST_TA'
 */
export function phaseOfPath(path: CaseStatePath): CasePhase {
  const phase = phaseOfLeafPaths(path.split(SEPARATOR));
  if (!phase) throw new Error(`No lifecycle phase for the state "${path}"`);
  return phase;
}

/**
 * The active leaf state nodes of a stored state path, as the enum's internal values (today's
 * leaf paths: a history row written by machine version 1 reads in today's names).
 *
 * @example
 * stateNodesOf('exit.summaryPending') // ['exit.summaryPending']
 * stateNodesOf('open.participating.compliance.penalized') // ['open.compliance.penalized']
 */
export const stateNodesOf = (path: CaseStatePath): string[] => path.split(SEPARATOR).filter((p) => p.length > 0).map(currentLeafPath);

registerEnumType(CaseStateNodeEnum, {
  name: 'CaseStateNode',
  description: 'A leaf state of the case lifecycle chart, generated from the chart (the `workflow` query lists the whole chart). '
    + 'While a case is open, one node of each parallel region (phase, compliance, exemption, timeLimit; and plan and track while participating) is active at once',
  valuesConfig: {
    ...Object.fromEntries([...LEGACY_NAMES].map(([legacy, name]) => [legacy, {
      description: `The chart state \`${CaseStateNodeEnum[legacy]}\` by its name before compliance, exemption and the time limit ran across the whole open case`,
      deprecationReason: `Use ${name}: the same state, named by the chart's current shape`,
    }])),
    ...Object.fromEntries(CASE_STATE_NODE_PATHS.map((path) => [stateNodeName(path), {
      description: `The chart state \`${path}\`${path.startsWith('open.phase.') || !path.startsWith('open.') ? ` (phase ${phaseOfPath(path)})` : ' (any open phase)'}`,
    }])),
  },
});

/**
 * Where a case is in the lifecycle chart. Fields that return it hold the stored path text
 * (CaseStatePath); CaseStateResolver derives the parts from it.
 */
@ObjectType('CaseState', { description: 'Where a case is in its lifecycle: the active leaf states of the chart and the phase' })
export class CaseStateType {
  @Field(() => [CaseStateNodeEnum], { description: 'The active leaf state nodes, one per parallel region while open; compare these, not `path`' })
  nodes: string[];
  @Field(() => CasePhaseEnum, { description: 'The lifecycle phase the nodes are in' }) phase: CasePhaseEnum;
  @Field({ description: 'The active leaf paths joined by ", " (e.g. "open.compliance.compliant, open.exemption.notExempt, open.phase.referral.awaitingContact, open.timeLimit.withinLimit"), for display and logs only: do not parse it' })
  path: string;
}

/** Builds the structured state from the stored path text. */
export function caseStateOf(path: CaseStatePath): CaseStateType {
  return { nodes: stateNodesOf(path), phase: phaseOfPath(path) as CasePhaseEnum, path };
}

@InputType('CaseStateFilter', { description: 'Cases by their lifecycle state, matched exactly on state nodes' })
export class CaseStateFilterInput {
  @Field(() => [CaseStateNodeEnum], { nullable: true, description: 'Cases in ALL of these state nodes at once (e.g. [OPEN_EXEMPTION_EXEMPT, OPEN_COMPLIANCE_PENALIZED])' })
  @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(CASE_STATE_NODE_PATHS.length) @IsIn(CASE_STATE_NODE_PATHS, { each: true })
  nodes?: string[];
}
