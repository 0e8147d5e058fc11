/**
 * Periods from a case's history: when TA was open, which track was in force, which exemptions
 * were in force. The chart's context keeps only the current track and exemption (REFER_AGAIN
 * clears the exemption and a later START_EXEMPTION overwrites it), so a past month's facts come
 * from the history rows, every referral included. Pure: rows in, periods out.
 */
import { addDays, alaskaDateOf, monthDays, type Month, type PlainDate } from '../../dates';
import type { CaseHistoryEventRow } from '../../repositories/participation.repository';

/** The case_history events the periods are built from (TA periods, track periods, exemption periods). */
export const HISTORY_EVENTS = [
  'REFERRED', 'REFER_AGAIN', 'CLOSE_TA', 'REQUEST_TRACK_CHANGE', 'DECIDE_TRACK_CHANGE', 'START_EXEMPTION', 'END_EXEMPTION',
] as const;

/** What the chart says today, standing in for cases whose history has no such rows (data loaded outside the API). */
export interface ChartStandIn {
  referralDate: PlainDate;
  track: string;
  exemption: ExemptionPeriod | null;
  exit: { closedOn: PlainDate } | null;
}

export interface Period { start: PlainDate; end: PlainDate | null }
/** A track in force from `from` (an Alaska date); the later history row wins over an earlier one. */
export interface TrackChange { from: PlainDate; track: string }
export interface ExemptionPeriod { reason: string; startedOn: PlainDate; endedOn: PlainDate | null }

/** What the whole case history says, across every referral of the case. */
export interface CaseHistoryPeriods {
  /** TA periods: a referral (REFERRED, REFER_AGAIN) opens one, CLOSE_TA ends it on its closedOn date. */
  taPeriods: Period[];
  /** Track changes in history order (never empty). */
  tracks: TrackChange[];
  /** Exemption periods in history order, earlier referrals included (the chart keeps only the current one). */
  exemptions: ExemptionPeriod[];
}

/** The two periods share at least one day (`aEnd` null: still open). */
export const overlaps = (aStart: PlainDate, aEnd: PlainDate | null, bStart: PlainDate, bEnd: PlainDate): boolean =>
  aStart <= bEnd && (aEnd === null || aEnd >= bStart);

/**
 * The case's periods from its history rows:
 * - TA: REFERRED / REFER_AGAIN open a period on their referralDate, CLOSE_TA ends it on closedOn.
 * - Track (TRK-1): the `track` of REFERRED / REFER_AGAIN from the referral date; the `toTrack` of the
 *   REQUEST_TRACK_CHANGE that precedes a DECIDE_TRACK_CHANGE with `approved: true`, from the Alaska
 *   date of that decision (the chart switches the track when the supervisor approves).
 * - Exemptions (AS 47.27.035; 7 AAC 45.260): START_EXEMPTION {reason, startedOn} opens one,
 *   END_EXEMPTION {endedOn} ends it. One still open when TA closes ends on closedOn (the chart's
 *   exemption region is inside the open case). One still open when a new one starts, or at a
 *   re-referral (REFER_AGAIN clears the chart's exemption), ends the day before (loaded data only).
 * Without such history rows the chart stands in: the referral date and exit record, today's
 * track, the current exemption.
 *
 * @example
 * // Referred on Work First 2026-01-05; a track change approved 2026-03-10 at 10:00 Alaska time.
 * caseHistoryPeriods([
 *   { version: 1, event: 'REFERRED', referralDate: '2026-01-05', track: 'WORK_FIRST', ... },
 *   { version: 4, event: 'REQUEST_TRACK_CHANGE', toTrack: 'FAMILIES_FIRST', ... },
 *   { version: 5, event: 'DECIDE_TRACK_CHANGE', approved: true, occurredAt: new Date('2026-03-10T18:00:00Z'), ... },
 * ], chart).tracks
 * // [{ from: '2026-01-05', track: 'WORK_FIRST' }, { from: '2026-03-10', track: 'FAMILIES_FIRST' }]
 */
export function caseHistoryPeriods(rows: readonly CaseHistoryEventRow[], chart: ChartStandIn): CaseHistoryPeriods {
  const taPeriods: Period[] = [];
  const tracks: TrackChange[] = [];
  const exemptions: ExemptionPeriod[] = [];
  let exemptionEvents = false;
  let requested: string | null = null;
  const endOpenExemption = (on: PlainDate) => {
    const open = exemptions.at(-1);
    if (open && open.endedOn === null) open.endedOn = on < open.startedOn ? open.startedOn : on;
  };
  for (const e of [...rows].sort((a, b) => a.version - b.version)) {
    switch (e.event) {
      case 'REFERRED':
      case 'REFER_AGAIN':
        requested = null;
        if (!e.referralDate) break;
        if (e.event === 'REFER_AGAIN') endOpenExemption(addDays(e.referralDate, -1));
        taPeriods.push({ start: e.referralDate, end: null });
        if (e.track) tracks.push({ from: e.referralDate, track: e.track });
        break;
      case 'CLOSE_TA':
        if (!e.closedOn) break;
        if (taPeriods.length) taPeriods[taPeriods.length - 1].end = e.closedOn;
        // The chart's exemption region lives inside the open case: closing TA ends an open exemption.
        endOpenExemption(e.closedOn);
        break;
      case 'REQUEST_TRACK_CHANGE':
        requested = e.toTrack;
        break;
      case 'DECIDE_TRACK_CHANGE':
        if (e.approved === true && requested) tracks.push({ from: alaskaDateOf(e.occurredAt), track: requested });
        requested = null;
        break;
      case 'START_EXEMPTION':
        exemptionEvents = true;
        if (!e.reason || !e.startedOn) break;
        endOpenExemption(addDays(e.startedOn, -1));
        exemptions.push({ reason: e.reason, startedOn: e.startedOn, endedOn: null });
        break;
      case 'END_EXEMPTION':
        exemptionEvents = true;
        if (e.endedOn) endOpenExemption(e.endedOn);
        break;
    }
  }
  if (taPeriods.length === 0) taPeriods.push({ start: chart.referralDate, end: chart.exit?.closedOn ?? null });
  if (tracks.length === 0) tracks.push({ from: chart.referralDate, track: chart.track });
  if (!exemptionEvents && chart.exemption) exemptions.push({ ...chart.exemption });
  return { taPeriods, tracks, exemptions };
}

/**
 * The track on a date: the latest history row in force on that date (before the first one, the
 * first one's track). A month's track is the track on its LAST day (WV-3; 45 CFR 261.21-261.24):
 * a case that moved to Work First during November is in November's Work First rate and not in
 * October's; one that left Work First during November is in October's and not in November's.
 *
 * @example
 * trackOn([{ from: '2026-01-05', track: 'FAMILIES_FIRST' }, { from: '2026-11-12', track: 'WORK_FIRST' }], '2026-11-30') // 'WORK_FIRST'
 * trackOn([{ from: '2026-01-05', track: 'FAMILIES_FIRST' }, { from: '2026-11-12', track: 'WORK_FIRST' }], '2026-10-31') // 'FAMILIES_FIRST'
 */
export function trackOn(tracks: readonly TrackChange[], date: PlainDate): string {
  let track = tracks[0].track;
  for (const t of tracks) if (t.from <= date) track = t.track;
  return track;
}

/**
 * The track in force on the month's last day (see `trackOn`).
 * @example trackInMonth([{ from: '2026-01-05', track: 'FAMILIES_FIRST' }, { from: '2026-11-12', track: 'WORK_FIRST' }], '2026-11') // 'WORK_FIRST'
 */
export const trackInMonth = (tracks: readonly TrackChange[], month: Month): string => trackOn(tracks, monthDays(month).lastDate);

/**
 * TA was open (the family received assistance) on at least one day of the month.
 * @example openInMonth([{ start: '2026-01-05', end: '2026-03-01' }], '2026-03') // true
 * @example openInMonth([{ start: '2026-01-05', end: '2026-02-28' }], '2026-03') // false
 */
export function openInMonth(periods: readonly Period[], month: Month): boolean {
  const { firstDate, lastDate } = monthDays(month);
  return periods.some((p) => overlaps(p.start, p.end, firstDate, lastDate));
}

/**
 * Exemption periods of `reasons` in force on at least one day of the month.
 * @example exemptionsInMonth([{ reason: 'MEDICAL_INABILITY', startedOn: '2026-02-10', endedOn: '2026-04-01' }], '2026-04', new Set(['MEDICAL_INABILITY'])).length // 1
 */
export function exemptionsInMonth(periods: readonly ExemptionPeriod[], month: Month, reasons: ReadonlySet<string>): ExemptionPeriod[] {
  const { firstDate, lastDate } = monthDays(month);
  return periods.filter((p) => reasons.has(p.reason) && overlaps(p.startedOn, p.endedOn, firstDate, lastDate));
}
