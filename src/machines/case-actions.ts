import { getNextTransitions } from 'xstate';
import type { StaffRole } from '../entities/staff.entity';
import { CASE_EVENT_TYPES, CASE_EVENTS } from './case-event-catalog';
import { caseChecks, type CaseGuardName } from './case-lifecycle.guards';
import type { CaseEventType } from './case-lifecycle.types';
import type { CaseSnapshot } from './case-snapshot';

export interface CaseActionAvailability {
  event: CaseEventType;
  mutation: string;
  allowed: boolean;
  blockedBy: string | null;
}

const guardName = (guard: unknown): string | undefined =>
  typeof guard === 'string' ? guard : (guard as { type?: string } | undefined)?.type;

/**
 * Why the chart refuses `type` now (null when it allows it). The reasons come from the same checks
 * the guards run, so a disabled button and a refused mutation always agree.
 */
export function whyNotNow(snapshot: CaseSnapshot, type: CaseEventType, at: string): string | null {
  const transitions = getNextTransitions(snapshot).filter((t) => t.eventType === type);
  if (transitions.length === 0) return CASE_EVENTS[type].notNow;
  const probe = CASE_EVENTS[type].probe(snapshot.context, at);
  if (snapshot.can(probe)) return null;
  for (const t of transitions) {
    const check = caseChecks[guardName(t.guard) as CaseGuardName];
    const reason = check?.({ context: snapshot.context, event: probe });
    if (reason) return reason;
  }
  return 'not allowed now';
}

/**
 * Every event of the chart with whether this user may send it now, and if not, why.
 *
 * @example
 * describeCaseActions(snapshot, { role: 'CASE_MANAGER', mayActOnCase: true }, clock.now().toISOString())
 * // [{ event: 'REVIEW_FSSP', mutation: 'reviewFssp', allowed: false, blockedBy: 'FSSP not signed and current' }, ...]
 */
export function describeCaseActions(
  snapshot: CaseSnapshot,
  user: { role: StaffRole; mayActOnCase: boolean; accessReason?: string },
  at: string,
): CaseActionAvailability[] {
  return CASE_EVENT_TYPES.map((event) => {
    const spec = CASE_EVENTS[event];
    const blockedBy = !spec.roles.includes(user.role)
      ? `requires ${spec.roles.join(' or ')}`
      : !user.mayActOnCase
        ? (user.accessReason ?? 'you may not act on this case')
        : whyNotNow(snapshot, event, at);
    return { event, mutation: spec.mutation, allowed: blockedBy === null, blockedBy };
  });
}
