import { alaskaDateOf, type PlainDate } from '../dates';
import type { InvalidInput } from '../errors';

/** A case history entry as stored, as far as the track's stints need it. */
export interface TrackHistoryEntry { version: number; event: string; payload: Record<string, unknown>; occurredAt: Date | string }

/**
 * The day the case's current track began (its current stint on Families First or Work First):
 * the latest approved track change (TRK-1) of the current referral, else the referral date. With
 * two tracks, that change moved the case onto the track it is on now.
 *
 * @example
 * trackStintStart('2026-11-02', [{ version: 5, event: 'DECIDE_TRACK_CHANGE', payload: { approved: true }, occurredAt: '2026-12-01T21:00:00Z' }]) // '2026-12-01'
 */
export function trackStintStart(referralDate: PlainDate, history: readonly TrackHistoryEntry[]): PlainDate {
  const restart = Math.max(0, ...history.filter((h) => h.event === 'REFER_AGAIN').map((h) => h.version));
  const changes = history.filter((h) => h.version >= restart && h.event === 'DECIDE_TRACK_CHANGE' && h.payload.approved === true);
  const last = [...changes].sort((a, b) => a.version - b.version).at(-1);
  const since = last ? alaskaDateOf(new Date(last.occurredAt)) : referralDate;
  return since > referralDate ? since : referralDate;
}

/**
 * TRK-2, TRK-3, TRK-6, TRK-7 ("Families First: ..."): a Families First record belongs to a case
 * on the Families First track, and the day it documents is not before the day the case moved to
 * that track (`since`, from trackStintStart): a day of an earlier Work First stint is no Families
 * First day. The referral bound itself is pastDateViolations'.
 */
export function familiesFirstStintViolations(field: string, day: PlainDate, stint: { track: string; since: PlainDate; referralDate: PlainDate }): InvalidInput[] {
  const out: InvalidInput[] = [];
  if (stint.track !== 'FAMILIES_FIRST') out.push({ field: 'caseId', constraint: 'familiesFirstCase', message: 'The record is for a case on the Families First track' });
  else if (stint.since > stint.referralDate && day < stint.since) {
    out.push({ field, constraint: 'notBeforeEarlier', message: `${field} must be on or after the move to Families First (${stint.since})` });
  }
  return out;
}

/** The violations without repeats of one field and constraint (two rules may find the same fault). */
export function uniqueViolations(violations: readonly InvalidInput[]): InvalidInput[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.field}\u0000${v.constraint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
