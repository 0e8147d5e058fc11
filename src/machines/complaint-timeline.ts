import { alaskaDateOf } from '../dates';
import type { ComplaintContext, ComplaintEvent, ComplaintEventType } from './complaint.types';

/** A date of a request that contradicts the complaint's own record: the input field, the rule, and why. */
export interface ComplaintTimelineViolation { field: string; constraint: string; message: string }

/** An earlier instant of the record a step's instant may not precede. */
interface Bound { at: string | null | undefined; constraint: string; what: string }

/**
 * The instant each event records (its input field) and the steps it answers; for a resolution, when
 * its CLNO was entered and the earliest instant that CLNO may be from (what it documents).
 */
interface StepDates { field: string; value: string; bounds: Bound[]; note?: string; noteAfter?: Bound }

const received = (c: ComplaintContext): Bound => ({ at: c.receivedAt, constraint: 'notBeforeReceived', what: 'the complaint was received' });
/** The step the provider's own answer follows: the returned call, else the receipt. */
const lastAnswer = (c: ComplaintContext): Bound =>
  c.callReturned ? { at: c.callReturned.returnedAt, constraint: 'notBeforeCallReturned', what: 'the call was returned' } : received(c);

const STEPS: { [T in ComplaintEventType]: (c: ComplaintContext, e: Extract<ComplaintEvent, { type: T }>) => StepDates } = {
  RETURN_CALL: (c, e) => ({ field: 'returnedAt', value: e.returnedAt, bounds: [received(c)] }),
  RESOLVE: (c, e) => ({ field: 'resolvedAt', value: e.resolvedAt, bounds: [lastAnswer(c)], note: e.noteEnteredAt }),
  NOTIFY_WSTA: (c, e) => ({
    field: 'notifiedAt', value: e.notifiedAt,
    bounds: [
      { at: c.resolution?.resolvedAt, constraint: 'notBeforeResolved', what: 'the complaint was resolved' },
      { at: c.resolution?.noteEnteredAt, constraint: 'notBeforeNote', what: 'the CLNO it reports was entered' },
    ],
  }),
  FORWARD_TO_WSTA: (c, e) => ({ field: 'forwardedAt', value: e.forwardedAt, bounds: [lastAnswer(c)] }),
  RESOLVE_FORWARDED: (c, e) => ({
    field: 'resolvedAt', value: e.resolvedAt, bounds: [{ at: c.forwarded?.forwardedAt, constraint: 'notBeforeForwarded', what: 'it was forwarded to WSTA' }],
  }),
  RECORD_CASE_REVIEW: (c, e) => ({ field: 'recommendationsReceivedAt', value: e.recommendationsReceivedAt, bounds: [received(c)] }),
  IMPLEMENT_RECOMMENDATIONS: (c, e) => ({
    field: 'implementedAt', value: e.implementedAt, note: e.noteEnteredAt,
    bounds: [{ at: c.caseReview?.recommendationsReceivedAt, constraint: 'notBeforeRecommendations', what: "WSTA's recommendations were received" }],
    noteAfter: { at: c.caseReview?.recommendationsReceivedAt, constraint: 'noteNotBeforeRecommendations', what: "WSTA's recommendations were received" },
  }),
};

const ms = (instant: string) => Date.parse(instant);

/**
 * MGT-4's record read as a timeline: each step is dated not before the complaint's receipt nor
 * the step it answers (a resolution after the returned call, WSTA's notice after the resolution
 * and its CLNO, an implementation after the recommendations), and not after the server's `at`.
 * The CLNO a resolution names must have been entered since the complaint was received (and since
 * the recommendations it implements), on or after the resolution's Alaska day. A step
 * whose predecessor is missing is left to the chart, which refuses the event in that state.
 *
 * @example
 * checkComplaintTimeline(context, { type: 'RETURN_CALL', returnedAt: '2026-11-02T17:00:00Z', channel: 'PHONE', at, by })
 * // { field: 'returnedAt', constraint: 'notBeforeReceived', message: 'returnedAt (2026-11-02T17:00:00Z) is before the complaint was received (2026-11-02T18:00:00.000Z)' }
 */
export function checkComplaintTimeline(context: ComplaintContext, event: ComplaintEvent): ComplaintTimelineViolation | null {
  const step = (STEPS[event.type] as (c: ComplaintContext, e: ComplaintEvent) => StepDates)(context, event);
  if (ms(step.value) > ms(event.at)) return { field: step.field, constraint: 'notInFuture', message: `${step.field} (${step.value}) cannot be in the future` };
  for (const bound of step.bounds) {
    if (bound.at && ms(step.value) < ms(bound.at)) {
      return { field: step.field, constraint: bound.constraint, message: `${step.field} (${step.value}) is before ${bound.what} (${bound.at})` };
    }
  }
  if (step.note !== undefined) return noteViolation(context, step, step.note);
  return null;
}

/**
 * MGT-4: the CLNO a resolution names holds "a summary of the issues and resolution", so it cannot
 * predate what it documents: not entered before the complaint was received, nor before WSTA's
 * recommendations it says were implemented, nor on an Alaska day before the resolution (a note
 * written the same day, just before the resolution is recorded, is the ordinary order of work).
 * Its date is the one reported to WSTA.
 */
function noteViolation(context: ComplaintContext, step: StepDates, note: string): ComplaintTimelineViolation | null {
  if (ms(note) < ms(context.receivedAt)) {
    return { field: 'noteId', constraint: 'noteNotBeforeReceived', message: `the CLNO was entered (${note}) before the complaint was received (${context.receivedAt}): name the CLNO of this complaint` };
  }
  const after = step.noteAfter;
  if (after?.at && ms(note) < ms(after.at)) {
    return { field: 'noteId', constraint: after.constraint, message: `the CLNO was entered (${note}) before ${after.what} (${after.at}): it cannot document their implementation` };
  }
  if (alaskaDateOf(note) < alaskaDateOf(step.value)) {
    return {
      field: 'noteId', constraint: 'noteNotBeforeResolution',
      message: `the CLNO was entered on ${alaskaDateOf(note)}, before the resolution it must summarize (${alaskaDateOf(step.value)}): enter the CLNO of the resolution and name it`,
    };
  }
  return null;
}

/** A new complaint's receipt: not in the future, not before the case's referral (an Alaska date). */
export function checkComplaintReceipt(receivedAt: string, receivedOn: string, referralDate: string, now: string): ComplaintTimelineViolation | null {
  if (ms(receivedAt) > ms(now)) return { field: 'receivedAt', constraint: 'notInFuture', message: `receivedAt (${receivedAt}) cannot be in the future` };
  if (receivedOn < referralDate) return { field: 'receivedAt', constraint: 'notBeforeReferral', message: `receivedAt (${receivedOn}) must be on or after the case's referral (${referralDate})` };
  return null;
}
