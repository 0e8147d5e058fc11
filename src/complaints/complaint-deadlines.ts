import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import { alaskaDateOf, alaskaEndOfDay, type PlainDate } from '../dates';
import type { ComplaintContext } from '../machines/complaint.types';

/** The deadlines MGT-4 puts on a complaint. */
export const COMPLAINT_DEADLINE_KINDS = ['CALL_RETURN', 'WSTA_NOTICE', 'RECOMMENDATIONS'] as const;
export type ComplaintDeadlineKind = (typeof COMPLAINT_DEADLINE_KINDS)[number];

/** Where a deadline stands at an instant: met in time or late, missed (past due, unmet), or still open. */
export const COMPLAINT_DEADLINE_STATUSES = ['OPEN', 'MET', 'MET_LATE', 'MISSED'] as const;
export type ComplaintDeadlineStatus = (typeof COMPLAINT_DEADLINE_STATUSES)[number];

/** One deadline of a complaint, to the instant; its worklist obligation is keyed `key` and due `dueOn`. */
export interface ComplaintDeadline {
  kind: ComplaintDeadlineKind;
  /** The obligation's key: `MGT-4:<kind>:<complaint id>`. */
  key: string;
  /** The Alaska day it is due: the obligation's due date (OVERDUE the day after). */
  dueOn: PlainDate;
  /** The instant it is due (ISO): the end of `dueOn` in Alaska for a business-day rule, receipt + 24 hours for the recommendations. */
  dueAt: string;
  /** When the step that meets it happened (ISO); null while it has not. */
  metAt: string | null;
  /** What is due, in caseworker words (no client text: obligations are read by the worklist). */
  description: string;
}

/** 24 hours, for the recommendations of a complaint WSTA brings (an instant rule, not business days). */
export const RECOMMENDATIONS_WINDOW_MS = 24 * 60 * 60 * 1000;

const KEY_PREFIX: Record<ComplaintDeadlineKind, string> = { CALL_RETURN: 'call', WSTA_NOTICE: 'wsta-notice', RECOMMENDATIONS: 'recommendations' };

/**
 * The MGT-4 deadlines of one complaint, pure (the calendar is passed in):
 * - CALL_RETURN, a client's complaint: the call returned within 1 business day of the Alaska day
 *   it was received (AS 01.10.080 counting), due by the end of that day in Alaska;
 * - WSTA_NOTICE, once the provider resolved it (locally or by WSTA's recommendations): WSTA told
 *   with the client number and the CLNO date. The policy names no time frame; the worklist gives
 *   it the next business day after the resolution, as MGT-4 gives the call;
 * - RECOMMENDATIONS, a complaint WSTA brings: its recommendations implemented within 24 hours of
 *   their receipt (recommendationsReceivedAt), to the instant (`dueAt`). The obligation model has
 *   days, so its obligation is due the Alaska calendar day on which receipt + 24 h falls and is
 *   OVERDUE the day after; `dueAt` and the status below tell the hour.
 *
 * @example
 * // a client's complaint received Wednesday 2026-11-25 at 10:30 in Anchorage (Thanksgiving on the 26th)
 * complaintDeadlines('c-1', context, calendar)
 * // [{ kind: 'CALL_RETURN', key: 'MGT-4:call:c-1', dueOn: '2026-11-27', dueAt: '2026-11-28T08:59:59.999Z', metAt: null, ... }]
 */
export function complaintDeadlines(complaintId: string, c: ComplaintContext, calendar: AlaskaCalendar): ComplaintDeadline[] {
  const out: ComplaintDeadline[] = [];
  const byDay = (kind: ComplaintDeadlineKind, dueOn: PlainDate, metAt: string | null, description: string) =>
    out.push({ kind, key: `MGT-4:${KEY_PREFIX[kind]}:${complaintId}`, dueOn, dueAt: alaskaEndOfDay(dueOn).toISOString(), metAt, description });
  const receivedOn = alaskaDateOf(c.receivedAt);
  if (c.source === 'CLIENT') {
    byDay('CALL_RETURN', calendar.addBusinessDays(receivedOn, 1), c.callReturned?.returnedAt ?? null,
      `Return the client's call about the complaint received on ${receivedOn} (MGT-4: within 1 business day)`);
  }
  if (c.caseReview) {
    const dueAt = new Date(Date.parse(c.caseReview.recommendationsReceivedAt) + RECOMMENDATIONS_WINDOW_MS).toISOString();
    const implemented = c.resolution?.kind === 'RECOMMENDATIONS' ? c.resolution.resolvedAt : null;
    out.push({
      kind: 'RECOMMENDATIONS', key: `MGT-4:${KEY_PREFIX.RECOMMENDATIONS}:${complaintId}`, dueOn: alaskaDateOf(dueAt), dueAt, metAt: implemented,
      description: `Implement WSTA's recommendations on the complaint received on ${receivedOn} by ${dueAt} (MGT-4: within 24 hours of receipt)`,
    });
  }
  if (c.resolution && c.resolution.kind !== 'WSTA') {
    const resolvedOn = alaskaDateOf(c.resolution.resolvedAt);
    byDay('WSTA_NOTICE', calendar.addBusinessDays(resolvedOn, 1), c.wstaNotice?.notifiedAt ?? null,
      `E-mail WSTA the resolution of the complaint received on ${receivedOn}, with the client number and the CLNO date (MGT-4)`);
  }
  return out;
}

/**
 * A deadline's status at `now`, to the instant.
 *
 * @example
 * complaintDeadlineStatus({ dueAt: '2026-11-04T18:00:00.000Z', metAt: '2026-11-04T19:00:00.000Z', ... }, now) // 'MET_LATE'
 */
export function complaintDeadlineStatus(deadline: Pick<ComplaintDeadline, 'dueAt' | 'metAt'>, now: Date): ComplaintDeadlineStatus {
  const due = Date.parse(deadline.dueAt);
  if (deadline.metAt !== null) return Date.parse(deadline.metAt) <= due ? 'MET' : 'MET_LATE';
  return now.getTime() > due ? 'MISSED' : 'OPEN';
}
