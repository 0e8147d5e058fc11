import { setup } from 'xstate';
import { complaintActions, initialComplaintContext } from './complaint.actions';
import { complaintGuards } from './complaint.guards';
import type { ComplaintContext, ComplaintEvent, ComplaintInput } from './complaint.types';

/** Bump when a change would strand stored complaint snapshots, with the migration that moves them. */
export const COMPLAINT_MACHINE_VERSION = 1;

/**
 * One client complaint (MGT-4, management due diligence E.1-5):
 * - the client's complaint: received -> callReturned (within 1 business day) -> resolved at the
 *   lowest level, documented in a CLNO with the summary of the issue and the resolution -> closed
 *   once WSTA is told of the resolution (client number, CLNO date); or, unresolved, forwarded to
 *   WSTA (from received or callReturned) -> closed when WSTA resolves it;
 * - a complaint WSTA brings: received -> caseReviewed (WSTA's recommendations received) ->
 *   resolved when they are implemented (within 24 hours of receipt, a CLNO) -> closed once WSTA
 *   is told, as every resolution is.
 *
 * Pure: guards read only context and event; every event carries its own `at` (when the server
 * accepted it) and `by`, and the instants it records. Apply it with xstate's `transition()`
 * (complaint-transition.ts); persistence lives in ComplaintService.
 *
 * @example
 * const [received] = initialTransition(complaintMachine, { source: 'CLIENT', receivedAt, channel: 'PHONE', summary: 'No call back', receivedBy: cm });
 * const [returned] = transition(complaintMachine, received, { type: 'RETURN_CALL', returnedAt, channel: 'PHONE', at, by: cm });
 * returned.value // 'callReturned'
 */
export const complaintMachine = setup({
  types: { context: {} as ComplaintContext, events: {} as ComplaintEvent, input: {} as ComplaintInput },
  guards: complaintGuards,
  actions: complaintActions,
}).createMachine({
  id: 'complaint',
  initial: 'received',
  context: ({ input }) => initialComplaintContext(input),
  states: {
    /** Received by staff or management, or brought by WSTA. */
    received: {
      on: {
        RETURN_CALL: { guard: 'fromClient', target: 'callReturned', actions: 'returnCall' },
        FORWARD_TO_WSTA: { guard: 'fromClient', target: 'forwarded', actions: 'forward' },
        RECORD_CASE_REVIEW: { guard: 'broughtByWsta', target: 'caseReviewed', actions: 'recordCaseReview' },
      },
    },
    /** MGT-4: the call returned; resolved at the lowest level possible, or forwarded to WSTA. */
    callReturned: {
      on: {
        RESOLVE: { target: 'resolved', actions: 'resolve' },
        FORWARD_TO_WSTA: { target: 'forwarded', actions: 'forward' },
      },
    },
    /** A complaint WSTA brings: its case review done, the recommendations to implement within 24 hours. */
    caseReviewed: { on: { IMPLEMENT_RECOMMENDATIONS: { target: 'resolved', actions: 'implementRecommendations' } } },
    /** Resolved by the provider and documented in a CLNO: WSTA is told of every resolution. */
    resolved: { on: { NOTIFY_WSTA: { target: 'closed', actions: 'notifyWsta' } } },
    /** With WSTA; its call may still be returned (MGT-4 asks it of every call). */
    forwarded: {
      on: {
        RETURN_CALL: { guard: 'callNotYetReturned', actions: 'returnCall' },
        RESOLVE_FORWARDED: { target: 'closed', actions: 'resolveForwarded' },
      },
    },
    closed: { type: 'final' },
  },
});
