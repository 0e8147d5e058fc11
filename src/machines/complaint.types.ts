import type { ContactChannel } from '../contacts/contact-rules';
import type { PlainDate } from '../dates';

/**
 * Types of the complaint chart (MGT-4, src/machines/complaint.machine.ts). Instants are ISO
 * strings (UTC): the context is plain JSON, stored in complaint.snapshot.
 */

/** Who brought the complaint: the client (to staff or management), or WSTA on the client's behalf. */
export const COMPLAINT_SOURCES = ['CLIENT', 'WSTA'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];

/** The chart's states, as the API names them (the `status` column; the chart's node is the camelCase). */
export const COMPLAINT_STATUSES = ['RECEIVED', 'CALL_RETURNED', 'CASE_REVIEWED', 'RESOLVED', 'FORWARDED', 'CLOSED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/**
 * How a complaint was settled: LOCAL, by the provider at the lowest level (documented in a CLNO);
 * RECOMMENDATIONS, by implementing WSTA's recommendations after its case review (also a CLNO);
 * WSTA, by WSTA itself after the provider forwarded it unresolved.
 */
export const COMPLAINT_RESOLUTION_KINDS = ['LOCAL', 'RECOMMENDATIONS', 'WSTA'] as const;
export type ComplaintResolutionKind = (typeof COMPLAINT_RESOLUTION_KINDS)[number];

/** The chart's events; RECEIVE is the complaint's creation (its first history row), not a transition. */
export const COMPLAINT_EVENT_TYPES = [
  'RETURN_CALL', 'RESOLVE', 'NOTIFY_WSTA', 'FORWARD_TO_WSTA', 'RESOLVE_FORWARDED', 'RECORD_CASE_REVIEW', 'IMPLEMENT_RECOMMENDATIONS',
] as const;
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number];
export type ComplaintHistoryEvent = 'RECEIVE' | ComplaintEventType;
/**
 * The events that record a resolution: their complaint_history rows are the point a resolution is
 * recorded (issue 14 pushes them to WSTA over a change feed; the row's bigserial id orders them).
 */
export const COMPLAINT_RESOLUTION_EVENTS: readonly ComplaintEventType[] = ['RESOLVE', 'IMPLEMENT_RECOMMENDATIONS', 'RESOLVE_FORWARDED'];

/** What a complaint starts from (receiveComplaint). */
export interface ComplaintInput {
  source: ComplaintSource;
  receivedAt: string;
  channel: ContactChannel;
  /** The complaint in the client's (or WSTA's) words: client data, never for PARTNER. */
  summary: string;
  receivedBy: string;
}

/** A step of the complaint: when it happened (in the world) and who recorded it. */
interface Step { by: string }

/** Everything the chart remembers about one complaint. */
export interface ComplaintContext extends ComplaintInput {
  /** MGT-4: the client's call returned (within 1 business day of receipt). */
  callReturned: (Step & { returnedAt: string; channel: ContactChannel }) | null;
  /** Forwarded to WSTA, unresolved by the provider's own process. */
  forwarded: (Step & { forwardedAt: string; reason: string }) | null;
  /** A complaint WSTA brings: its case review and the recommendations the provider received. */
  caseReview: (Step & { recommendationsReceivedAt: string; recommendations: string }) | null;
  /**
   * The resolution: LOCAL and RECOMMENDATIONS name the CLNO with the summary of the issue and the
   * resolution (its id and when it was entered); WSTA's own resolution has no CLNO of the provider.
   */
  resolution: (Step & { kind: ComplaintResolutionKind; resolvedAt: string; summary: string; noteId: string | null; noteEnteredAt: string | null }) | null;
  /** MGT-4: WSTA told of the resolution, with the client number and the CLNO's date; how and when. */
  wstaNotice: (Step & { notifiedAt: string; method: ContactChannel; clientId: string; noteDate: PlainDate }) | null;
}

/** Every event carries the instant the server accepted it (`at`) and who sent it (`by`). */
interface Stamp { at: string; by: string }

export type ComplaintEvent =
  | (Stamp & { type: 'RETURN_CALL'; returnedAt: string; channel: ContactChannel })
  | (Stamp & { type: 'RESOLVE'; resolvedAt: string; summary: string; noteId: string; noteEnteredAt: string })
  | (Stamp & { type: 'NOTIFY_WSTA'; notifiedAt: string; method: ContactChannel; clientId: string; noteDate: PlainDate })
  | (Stamp & { type: 'FORWARD_TO_WSTA'; forwardedAt: string; reason: string })
  | (Stamp & { type: 'RESOLVE_FORWARDED'; resolvedAt: string; summary: string })
  | (Stamp & { type: 'RECORD_CASE_REVIEW'; recommendationsReceivedAt: string; recommendations: string })
  | (Stamp & { type: 'IMPLEMENT_RECOMMENDATIONS'; implementedAt: string; summary: string; noteId: string; noteEnteredAt: string });

export type ComplaintEventOf<T extends ComplaintEventType> = Extract<ComplaintEvent, { type: T }>;

/** An event as a service builds it from a request; the service stamps `at` and `by`. */
export type ComplaintCommand = ComplaintEvent extends infer E ? (E extends ComplaintEvent ? Omit<E, 'at' | 'by'> : never) : never;
