import type { PlainDate } from '../dates';
import type { InvalidInput } from '../errors';
import { pastDateViolations, type CaseTimeline } from '../families-first/families-first-rules';

/** TRK-4: the day the case's current Work First stint began (the same stint rule as Families First's). */
export { trackStintStart as stintStart } from '../families-first/track-stint';

/** TRK-4: the Work First job readiness items, each completed once per Work First stint. */
export const READINESS_ITEMS = ['ALEXSYS_REGISTRATION', 'RESUME', 'GENERAL_APPLICATION', 'BUDGET'] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];
/** TRK-5: where a client goes when no job is readily available. */
export const WORK_SEARCH_PATHS = ['CWE', 'BWE', 'DAILY_CHECK_IN'] as const;
export type WorkSearchPath = (typeof WORK_SEARCH_PATHS)[number];

/**
 * TRK-4: an item completed on a past day on or after the referral (and on or after the case's
 * current Work First stint began), for a Work First case; an item already completed in the stint
 * is refused (it is recorded once).
 */
export function readinessItemViolations(
  item: { item: ReadinessItem; completedOn: PlainDate }, track: string, stintStart: PlainDate, done: ReadonlyArray<{ item: ReadinessItem; completedOn: PlainDate }>, t: CaseTimeline,
): InvalidInput[] {
  const out = pastDateViolations('completedOn', item.completedOn, t, stintStart > t.referralDate ? { day: stintStart, what: 'the move to Work First' } : undefined);
  if (track !== 'WORK_FIRST') out.push({ field: 'caseId', constraint: 'workFirstCase', message: 'Job readiness items are for a Work First case (TRK-4)' });
  const before = done.find((d) => d.item === item.item && d.completedOn >= stintStart);
  if (before) out.push({ field: 'item', constraint: 'notYetCompleted', message: `${item.item} was already completed on ${before.completedOn} (TRK-4)` });
  return out;
}

/**
 * TRK-5: "no job readily available", a past day on or after the current Work First stint began
 * (a day of an earlier Families First period is no Work First finding), for a Work First case,
 * with the path: CWE or BWE (placed in work experience), or DAILY_CHECK_IN where the office has no
 * job club. A daily check-in follows such a finding, so it is bounded by it.
 */
export function findingViolations(f: { foundOn: PlainDate; reason: string }, track: string, stintStart: PlainDate, t: CaseTimeline): InvalidInput[] {
  const out = pastDateViolations('foundOn', f.foundOn, t, stintStart > t.referralDate ? { day: stintStart, what: 'the move to Work First' } : undefined);
  if (track !== 'WORK_FIRST') out.push({ field: 'caseId', constraint: 'workFirstCase', message: 'The work search finding is for a Work First case (TRK-5)' });
  if (!f.reason.trim()) out.push({ field: 'reason', constraint: 'isNotEmpty', message: 'The finding says why no job is readily available' });
  return out;
}

/**
 * TRK-5: the CWE or BWE placement a finding led to: the first placement at a worksite of the
 * finding's kind that starts on or after it and before the next finding (which answers its own).
 * A DAILY_CHECK_IN finding leads to no placement.
 *
 * @example
 * placementAfterFinding({ foundOn: '2026-11-19', path: 'CWE' }, findings, [{ startsOn: '2026-11-23', worksiteKind: 'CWE', id: 'p-1' }])
 * // { startsOn: '2026-11-23', worksiteKind: 'CWE', id: 'p-1' }
 */
export function placementAfterFinding<P extends { startsOn: PlainDate; worksiteKind: string }>(
  finding: { foundOn: PlainDate; path: WorkSearchPath }, findings: ReadonlyArray<{ foundOn: PlainDate }>, placements: readonly P[],
): P | null {
  if (finding.path === 'DAILY_CHECK_IN') return null;
  const next = findings.map((f) => f.foundOn).filter((d) => d > finding.foundOn).sort()[0];
  const fits = placements.filter((p) => p.worksiteKind === finding.path && p.startsOn >= finding.foundOn && (next === undefined || p.startsOn < next));
  return [...fits].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0))[0] ?? null;
}

/**
 * TRK-5: a daily check-in with the CM follows a finding whose path is DAILY_CHECK_IN (on or after
 * it), on a past day, once a day.
 */
export function checkInViolations(
  checkedInOn: PlainDate, findings: ReadonlyArray<{ foundOn: PlainDate; path: WorkSearchPath }>, days: ReadonlySet<PlainDate>, t: CaseTimeline,
): InvalidInput[] {
  const out = pastDateViolations('checkedInOn', checkedInOn, t);
  const latest = [...findings].filter((f) => f.foundOn <= checkedInOn).sort((a, b) => (a.foundOn < b.foundOn ? -1 : 1)).at(-1);
  if (latest?.path !== 'DAILY_CHECK_IN') {
    out.push({ field: 'checkedInOn', constraint: 'afterDailyCheckInFinding', message: 'A daily check-in follows a finding with path DAILY_CHECK_IN (TRK-5)' });
  }
  if (days.has(checkedInOn)) out.push({ field: 'checkedInOn', constraint: 'oncePerDay', message: `A check-in is already recorded on ${checkedInOn}` });
  return out;
}

/**
 * TRK-4: the items completed in the current stint (on or after `since`), each with its first day;
 * all four done gives the day the last one was done.
 */
export function readinessProgress(items: ReadonlyArray<{ item: ReadinessItem; completedOn: PlainDate }>, since: PlainDate): { done: Map<ReadinessItem, PlainDate>; completeOn: PlainDate | null } {
  const done = new Map<ReadinessItem, PlainDate>();
  for (const i of items) {
    if (i.completedOn < since) continue;
    const prior = done.get(i.item);
    if (!prior || i.completedOn < prior) done.set(i.item, i.completedOn);
  }
  const complete = READINESS_ITEMS.every((i) => done.has(i));
  return { done, completeOn: complete ? [...done.values()].sort().at(-1)! : null };
}
