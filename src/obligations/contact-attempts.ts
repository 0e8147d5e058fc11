import { laterOf, type PlainDate } from '../dates';
import { actsOf, byAct, byNote, notesOf } from './case-facts';
import { joinMetBy } from './met-by';
import type { Act, CaseFacts, DatedNote, Evidence, Period } from './obligation.types';

/** A contact attempt as ENG-2 counts it: documented in a CLNO, with the chart's act when there is one. */
export interface DocumentedAttempt {
  /** The day the attempt was made (the act's own date, else the day its CLNO was entered). */
  on: PlainDate;
  method: string | null;
  reached: boolean;
  act: Act | null;
  note: DatedNote;
  /** The act and its CLNO together, on the later of the two days: documented only once the CLNO is in. */
  evidence: Evidence;
}

const methodOf = (act: Act): string | null => (typeof act.payload.method === 'string' ? act.payload.method : null);
const sameMethod = (note: DatedNote, method: string | null) => note.method === null || method === null || note.method === method;

/**
 * Two pieces of evidence that met an obligation together: both named, on the later day.
 *
 * @example
 * together({ by: 'ISSUE_J016 (history v3)', on: '2026-11-06' }, { by: 'CLNO a-1', on: '2026-11-09' })
 * // { by: 'ISSUE_J016 (history v3) + CLNO a-1', on: '2026-11-09' }
 */
export const together = (a: Evidence, b: Evidence): Evidence => ({ by: joinMetBy(a.by, b.by), on: laterOf(a.on, b.on) });

/**
 * ENG-2: "every contact attempt is documented in a CLNO". Each CONTACT_ATTEMPT note (an attempt that
 * did not reach the client) or CONTACT note (one that did) documents one attempt: the latest
 * RECORD_CONTACT_ATTEMPT of its method and outcome made on or before the day it was entered and
 * not documented yet. A note with no
 * act is an attempt of its own (a letter, a home visit after referral, where the chart records no
 * act). A RECORD_CONTACT_ATTEMPT no note documents is not returned: it counts for nothing.
 *
 * @example
 * // phone NOT_REACHED on 2026-11-06 (history v2), CONTACT_ATTEMPT CLNO a-1 (PHONE) entered 2026-11-09
 * documentedAttempts(facts)
 * // [{ on: '2026-11-06', method: 'PHONE', reached: false, evidence: { by: 'RECORD_CONTACT_ATTEMPT (history v2) + CLNO a-1', on: '2026-11-09' }, ... }]
 */
export function documentedAttempts(facts: CaseFacts): DocumentedAttempt[] {
  const undocumented = [...actsOf(facts, 'RECORD_CONTACT_ATTEMPT')];
  const attempts: DocumentedAttempt[] = [];
  for (const note of notesOf(facts, 'CONTACT_ATTEMPT', 'CONTACT')) {
    // A CONTACT note records a contact that reached the client; a CONTACT_ATTEMPT note, one that did not.
    const reached = note.subject === 'CONTACT';
    const candidates = undocumented.filter((a) => a.on <= note.on && sameMethod(note, methodOf(a)) && (a.payload.outcome === 'REACHED') === reached);
    const act = candidates.reduce<Act | null>((latest, a) => (!latest || a.on >= latest.on ? a : latest), null);
    if (act) undocumented.splice(undocumented.indexOf(act), 1);
    // A CONTACT note without an act is ENG-1's documented contact itself (contactAfterReferral), not an attempt.
    if (!act && note.subject === 'CONTACT') continue;
    attempts.push({
      on: act?.on ?? note.on,
      method: act ? methodOf(act) : note.method,
      reached,
      act,
      note,
      evidence: act ? together(byAct(act), byNote(note)) : byNote(note),
    });
  }
  return attempts.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Acts done with the client present or answering: after them the client is engaged again (ENG-5). */
export const ENGAGING_ACTS = ['COMPLETE_EA', 'COMPLETE_REASSESSMENT', 'SIGN_FSSP', 'REVIEW_FSSP', 'UPDATE_FSSP', 'CURE_PENALTY'];

/**
 * ENG-5's "a client who is not engaged": the spans during which the client could not be reached.
 * The first runs from referral until the client is first reached. After that, a span opens with a
 * documented attempt that did not reach the client (or a NOT_ENGAGED non-compliance report) and
 * closes when the client is reached again: a reached attempt, a CONTACT or FSSP_REVIEW CLNO, or an
 * act done with the client (EA, signed, reviewed or updated plan, cure). TA closure ends any span.
 *
 * @example
 * // referral 2026-11-06, reached 2026-11-09, CONTACT_ATTEMPT CLNO 2026-12-03, nothing since
 * notEngagedSpans(facts) // [{ start: '2026-11-06', end: '2026-11-09' }, { start: '2026-12-03', end: null }]
 */
export function notEngagedSpans(facts: CaseFacts): Period[] {
  const spans: Period[] = [{ ...facts.referral }];
  const firstReached = facts.referral.end;
  if (firstReached === null) return spans;
  const closedOn = facts.context.exit?.closedOn ?? null;
  const misses = [
    ...documentedAttempts(facts).filter((a) => !a.reached).map((a) => a.on),
    ...actsOf(facts, 'REPORT_NON_COMPLIANCE').filter((a) => a.payload.kind === 'NOT_ENGAGED').map((a) => a.on),
  ];
  const reaches = [
    ...actsOf(facts, 'RECORD_CONTACT_ATTEMPT').filter((a) => a.payload.outcome === 'REACHED').map((a) => a.on),
    ...notesOf(facts, 'CONTACT', 'FSSP_REVIEW').map((n) => n.on),
    ...actsOf(facts, ...ENGAGING_ACTS).map((a) => a.on),
  ];
  const events = [...misses.map((on) => ({ on, reach: false })), ...reaches.map((on) => ({ on, reach: true }))]
    .filter((e) => e.on >= firstReached && (closedOn === null || e.on <= closedOn))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : Number(b.reach) - Number(a.reach)));
  let open: PlainDate | null = null;
  let lastReach: PlainDate = firstReached;
  for (const { on, reach } of events) {
    if (reach) {
      if (open !== null) spans.push({ start: open, end: on });
      open = null;
      lastReach = on;
    } else if (open === null && on > lastReach) {
      // A miss on a day the client was also reached (the first call failed, the second got through) opens no span.
      open = on;
    }
  }
  if (open !== null) spans.push({ start: open, end: closedOn });
  return spans;
}
