import { assign } from 'xstate';
import type { ComplaintContext, ComplaintEvent, ComplaintEventOf, ComplaintEventType, ComplaintInput } from './complaint.types';

/** The context a complaint starts with: its receipt, nothing done yet. */
export function initialComplaintContext(input: ComplaintInput): ComplaintContext {
  return { ...input, callReturned: null, forwarded: null, caseReview: null, resolution: null, wstaNotice: null };
}

/** A context update for one event type; the event is narrowed so each updater reads its own payload. */
const on = <T extends ComplaintEventType>(_type: T, update: (context: ComplaintContext, event: ComplaintEventOf<T>) => Partial<ComplaintContext>) =>
  assign<ComplaintContext, ComplaintEvent, undefined, ComplaintEvent, never>(({ context, event }) => update(context, event as ComplaintEventOf<T>));

/** What each event records: the step's own instant, its facts, and who recorded it. */
export const complaintActions = {
  returnCall: on('RETURN_CALL', (_c, e) => ({ callReturned: { returnedAt: e.returnedAt, channel: e.channel, by: e.by } })),
  resolve: on('RESOLVE', (_c, e) => ({
    resolution: { kind: 'LOCAL', resolvedAt: e.resolvedAt, summary: e.summary, noteId: e.noteId, noteEnteredAt: e.noteEnteredAt, by: e.by },
  })),
  notifyWsta: on('NOTIFY_WSTA', (_c, e) => ({
    wstaNotice: { notifiedAt: e.notifiedAt, method: e.method, clientId: e.clientId, noteDate: e.noteDate, by: e.by },
  })),
  forward: on('FORWARD_TO_WSTA', (_c, e) => ({ forwarded: { forwardedAt: e.forwardedAt, reason: e.reason, by: e.by } })),
  resolveForwarded: on('RESOLVE_FORWARDED', (_c, e) => ({
    resolution: { kind: 'WSTA', resolvedAt: e.resolvedAt, summary: e.summary, noteId: null, noteEnteredAt: null, by: e.by },
  })),
  recordCaseReview: on('RECORD_CASE_REVIEW', (_c, e) => ({
    caseReview: { recommendationsReceivedAt: e.recommendationsReceivedAt, recommendations: e.recommendations, by: e.by },
  })),
  implementRecommendations: on('IMPLEMENT_RECOMMENDATIONS', (_c, e) => ({
    resolution: { kind: 'RECOMMENDATIONS', resolvedAt: e.implementedAt, summary: e.summary, noteId: e.noteId, noteEnteredAt: e.noteEnteredAt, by: e.by },
  })),
};
