import { getNextTransitions, initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { StaffRole } from '../entities/staff.entity';
import { COMPLAINT_EVENTS } from './complaint-event-catalog';
import { complaintChecks, type ComplaintGuardName } from './complaint.guards';
import { COMPLAINT_MACHINE_VERSION, complaintMachine } from './complaint.machine';
import { checkComplaintTimeline } from './complaint-timeline';
import {
  COMPLAINT_EVENT_TYPES, type ComplaintContext, type ComplaintEvent, type ComplaintEventType, type ComplaintInput, type ComplaintStatus,
} from './complaint.types';

export type ComplaintSnapshot = SnapshotFrom<typeof complaintMachine>;

/** What complaint.snapshot holds: the state value and the context, nothing that depends on code. */
export interface StoredComplaintSnapshot { value: ComplaintSnapshot['value']; context: ComplaintContext }

/** Why an event is refused, by the part that refuses it (each maps to one error code). */
export type ComplaintRefusal =
  | { by: 'ROLE'; reason: string }
  | { by: 'TIMELINE'; reason: string; field: string; constraint: string }
  | { by: 'CHART'; reason: string };

const STATUS_BY_NODE: Record<string, ComplaintStatus> = {
  received: 'RECEIVED', callReturned: 'CALL_RETURNED', caseReviewed: 'CASE_REVIEWED', resolved: 'RESOLVED', forwarded: 'FORWARDED', closed: 'CLOSED',
};

/** The API's status of a state of the chart (its one active node). */
export function complaintStatusOf(value: string): ComplaintStatus {
  const status = STATUS_BY_NODE[value] as ComplaintStatus | undefined;
  if (!status) throw new Error(`No complaint status for the state ${JSON.stringify(value)}`);
  return status;
}

/** A new complaint's snapshot: received. */
export const startComplaint = (input: ComplaintInput): ComplaintSnapshot => initialTransition(complaintMachine, input)[0];

export const toStoredComplaint = (snapshot: ComplaintSnapshot): StoredComplaintSnapshot => ({ value: snapshot.value, context: snapshot.context });

/** Rebuilds a snapshot from the database; refuses a machine version this build does not know. */
export function restoreComplaintSnapshot(stored: StoredComplaintSnapshot, machineVersion: number): ComplaintSnapshot {
  if (machineVersion !== COMPLAINT_MACHINE_VERSION) {
    throw new Error(`A stored complaint uses machine version ${machineVersion}; this build knows ${COMPLAINT_MACHINE_VERSION}. Run the migration that moves it.`);
  }
  return complaintMachine.resolveState({ value: stored.value, context: stored.context });
}

const guardName = (guard: unknown): string | undefined => (typeof guard === 'string' ? guard : (guard as { type?: string } | undefined)?.type);

/** Why the chart refuses the event now (null when it allows it), in the words of the guard that blocks. */
function whyChartRefuses(snapshot: ComplaintSnapshot, event: ComplaintEvent): string | null {
  if (snapshot.can(event)) return null;
  const transitions = snapshot.status === 'done' ? [] : getNextTransitions(snapshot).filter((t) => t.eventType === event.type);
  if (transitions.length === 0) return snapshot.status === 'done' ? 'the complaint is closed' : COMPLAINT_EVENTS[event.type].notNow;
  for (const t of transitions) {
    const reason = complaintChecks[guardName(t.guard) as ComplaintGuardName]?.({ context: snapshot.context, event });
    if (reason) return reason;
  }
  return "the event does not pass the chart's checks with these values";
}

/** Whether the role may send the event at all (the office rule is the service's: complaint-access.ts). */
export function authorizeComplaintEvent(type: ComplaintEventType, role: StaffRole): ComplaintRefusal | null {
  const { roles, mutation } = COMPLAINT_EVENTS[type];
  return roles.includes(role) ? null : { by: 'ROLE', reason: `${mutation} requires ${roles.join(' or ')}` };
}

/**
 * Whether the complaint accepts this event now: its instants against the complaint's own record
 * (complaint-timeline.ts), then the chart (state and guards).
 *
 * @example
 * checkComplaintEvent(received, { type: 'RESOLVE', ... }) // { by: 'CHART', reason: "a complaint is resolved locally once the client's call was returned, ..." }
 */
export function checkComplaintEvent(snapshot: ComplaintSnapshot, event: ComplaintEvent): ComplaintRefusal | null {
  const timeline = checkComplaintTimeline(snapshot.context, event);
  if (timeline) return { by: 'TIMELINE', reason: timeline.message, field: timeline.field, constraint: timeline.constraint };
  const chart = whyChartRefuses(snapshot, event);
  return chart === null ? null : { by: 'CHART', reason: chart };
}

/** The events this role could send now (each event's probe through the same checks), for TRANSITION_NOT_ALLOWED. */
export function allowedComplaintEvents(snapshot: ComplaintSnapshot, role: StaffRole, at: string, by: string): ComplaintEventType[] {
  return COMPLAINT_EVENT_TYPES.filter((type) =>
    authorizeComplaintEvent(type, role) === null && checkComplaintEvent(snapshot, COMPLAINT_EVENTS[type].probe(snapshot.context, at, by)) === null);
}

/** The status an event leads to where the chart handles it (read from the chart), e.g. NOTIFY_WSTA -> CLOSED. */
export function targetStatusOf(type: ComplaintEventType): ComplaintStatus {
  for (const [key, node] of Object.entries(complaintMachine.root.states)) {
    const handled = node.transitions.get(type)?.[0];
    if (handled) return complaintStatusOf(handled.target?.[0]?.key ?? key);
  }
  throw new Error(`${type} is handled by no state of the complaint chart`);
}

/** The next snapshot: the caller has checked the event (checkComplaintEvent). */
export function applyComplaintEvent(snapshot: ComplaintSnapshot, event: ComplaintEvent): ComplaintSnapshot {
  return transition(complaintMachine, snapshot, event)[0];
}
