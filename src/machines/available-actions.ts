import { getNextTransitions } from 'xstate';
import { alaskaDateOf } from '../dates';
import type { StaffRole } from '../entities/staff.entity';
import { CASE_EVENT_TYPES, CASE_EVENTS } from './case-event-catalog';
import { caseChecks, type CaseGuardName } from './case-lifecycle.guards';
import type { CaseEvent, CaseEventType } from './case-lifecycle.types';
import type { CaseSnapshot } from './case-snapshot';
import { DOCUMENTATION_RULES, isDocumented, type DocumentationOnFile } from './documentation-rules';
import { checkTimeline } from './timeline';

export interface CaseActionAvailability {
  event: CaseEventType;
  mutation: string;
  allowed: boolean;
  blockedBy: string | null;
}

/** Who is asking, as the decision needs it: the role, and why the access policy keeps them off this case (null: it does not). */
export interface ActingUser {
  role: StaffRole;
  cannotActBecause: string | null;
  /**
   * TRK-1, TL-2: the decide events of the case's pending requests this user made. The approver is
   * never the requester, so the button is off for them as the decision is refused (approval-effects.ts).
   */
  decidesOwnRequest?: ReadonlySet<CaseEventType>;
}

/** Facts beyond the snapshot that decide an event: the notes on file (EA-2, PEN-1, PEN-4, NOTE-3). */
export interface ActionFacts {
  documentation: DocumentationOnFile;
}

/** Why an event is refused, by the part of the system that refuses it (each maps to one error code). */
export type EventRefusal =
  | { by: 'ROLE' | 'CASE_ACCESS'; reason: string }
  | { by: 'TIMELINE'; reason: string; field: string; constraint: string }
  | { by: 'CHART'; reason: string }
  | { by: 'DOCUMENTATION'; reason: string; constraint: string };

const guardName = (guard: unknown): string | undefined =>
  typeof guard === 'string' ? guard : (guard as { type?: string } | undefined)?.type;

/**
 * Why the chart refuses this event now (null when it allows it). The reasons come from the same
 * checks the guards run.
 */
function whyChartRefuses(snapshot: CaseSnapshot, event: CaseEvent): string | null {
  if (snapshot.can(event)) return null;
  const transitions = getNextTransitions(snapshot).filter((t) => t.eventType === event.type);
  if (transitions.length === 0) return CASE_EVENTS[event.type].notNow;
  for (const t of transitions) {
    const check = caseChecks[guardName(t.guard) as CaseGuardName];
    const reason = check?.({ context: snapshot.context, event });
    if (reason) return reason;
  }
  // No guard names a reason: the values of this request, not the state, fail the chart.
  return "the event does not pass the chart's checks with these values";
}

/**
 * Whether this user may send events of this type to this case at all: the role the catalog names
 * (from PERMISSIONS), then the access policy's case rule.
 */
export function authorizeEvent(type: CaseEventType, user: ActingUser): EventRefusal | null {
  const spec = CASE_EVENTS[type];
  if (!spec.roles.includes(user.role)) return { by: 'ROLE', reason: `requires ${spec.roles.join(' or ')}` };
  if (user.decidesOwnRequest?.has(type)) return { by: 'ROLE', reason: 'is decided by another supervisor: the approver is never the requester' };
  if (user.cannotActBecause !== null) return { by: 'CASE_ACCESS', reason: user.cannotActBecause };
  return null;
}

/**
 * Whether the case accepts this event now: its dates against the case's own record (timeline.ts),
 * the chart (state and guards), then the note the transition must be documented with
 * (DOCUMENTATION_RULES).
 */
export function checkEvent(snapshot: CaseSnapshot, event: CaseEvent, facts: ActionFacts): EventRefusal | null {
  const timeline = checkTimeline(snapshot.context, event);
  if (timeline !== null) return { by: 'TIMELINE', reason: timeline.message, field: timeline.field, constraint: timeline.constraint };
  const chart = whyChartRefuses(snapshot, event);
  if (chart !== null) return { by: 'CHART', reason: chart };
  const rule = DOCUMENTATION_RULES[event.type];
  if (rule && !isDocumented(rule, snapshot.context, facts.documentation, alaskaDateOf(event.at))) {
    return { by: 'DOCUMENTATION', reason: rule.message, constraint: rule.constraint };
  }
  return null;
}

/**
 * Every event of the chart with whether this user may send it now, and if not, why: the ONE
 * decision that both `Case.actions` shows and the mutation enforces (the mutation runs
 * `authorizeEvent` and `checkEvent` on the real event; this runs them on each event's probe, a
 * representative payload that passes every value check), so a button and the server agree.
 *
 * @example
 * availableActions(snapshot, { documentation: new Map() }, { role: 'CASE_MANAGER', cannotActBecause: null }, now)
 * // [{ event: 'REVIEW_FSSP', mutation: 'reviewFssp', allowed: false, blockedBy: 'FSSP not signed and current' }, ...]
 */
export function availableActions(snapshot: CaseSnapshot, facts: ActionFacts, user: ActingUser, at: string): CaseActionAvailability[] {
  return CASE_EVENT_TYPES.map((type) => {
    const spec = CASE_EVENTS[type];
    const refusal = authorizeEvent(type, user) ?? checkEvent(snapshot, spec.probe(snapshot.context, at), facts);
    return { event: type, mutation: spec.mutation, allowed: refusal === null, blockedBy: refusal?.reason ?? null };
  });
}
