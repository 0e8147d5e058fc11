/**
 * Penalty facts for a month from the chart's penalty records (45 CFR 261.22(b); AS 47.27.085).
 * Pure.
 */
import { addMonthsToMonth, monthDays, type Month, type PlainDate } from '../../dates';
import type { PenaltyRecord } from '../../machines/case-lifecycle.types';
import type { WorkPenaltyFacts } from '../participation.types';
import { PENALTY_LOOKBACK_MONTHS } from '../rules';
import { overlaps } from './history-periods';

/** Penalties "for refusing to work" (45 CFR 261.22(b)); child support penalties are not among them. */
export const WORK_PENALTY_KINDS: ReadonlySet<string> = new Set(['FSSP', 'WORK_ACTIVITY', 'NOT_ENGAGED']);

/** The penalty fields the facts read. */
export type PenaltySpanRecord = Pick<PenaltyRecord, 'kind' | 'stage' | 'imposedOn' | 'endedOn'>;

/** Every penalty record of a case: the ended ones (penaltyHistory) and the current one. */
export function penaltyRecordsOf(chart: { penalty: PenaltySpanRecord | null; penaltyHistory: readonly PenaltySpanRecord[] | null }): PenaltySpanRecord[] {
  return [...(chart.penaltyHistory ?? []), ...(chart.penalty ? [chart.penalty] : [])];
}

/**
 * Whether the family is under a work penalty in the month, and in how many of the 12 months
 * PRECEDING it (the month itself not counted). 42 USC 607(b)(1)(B)(ii) leaves out of the rates a
 * family "subject in such month to a penalty ... but [that has] not been subject to such penalty
 * for more than 3 months within the preceding 12-month period (whether or not consecutive)";
 * 45 CFR 261.22(b)(2) says "more than three of the last 12 months". The preceding 12-month period
 * of month M is M-12 .. M-1, so a family penalized this month and in 3 of the 12 months before is
 * still excluded; the computation applies the limit. A work penalty is in force from its
 * effective date (imposedOn, stage 1 or more) to its end (PEN-3 cure or good cause, back-dated);
 * one that ended before it took effect never was in force. A penalty month is a calendar month
 * with at least one day under the penalty (subject to it "in such month").
 *
 * @example
 * // Imposed 2026-08-20, cured (PEN-3) back-dated to 2026-10-03: August, September and October.
 * penaltyFacts([{ kind: 'WORK_ACTIVITY', stage: 1, imposedOn: '2026-08-20', endedOn: '2026-10-03' }], '2026-10')
 * // { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 2 }
 */
export function penaltyFacts(records: readonly PenaltySpanRecord[], month: Month): WorkPenaltyFacts {
  const spans: Array<{ start: PlainDate; end: PlainDate | null }> = [];
  for (const p of records) {
    if (!p.imposedOn || p.stage < 1 || !WORK_PENALTY_KINDS.has(p.kind)) continue;
    if (p.endedOn !== null && p.endedOn < p.imposedOn) continue;
    spans.push({ start: p.imposedOn, end: p.endedOn });
  }
  if (spans.length === 0) return { underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 0 };
  const penalized = (m: Month) => {
    const d = monthDays(m);
    return spans.some((s) => overlaps(s.start, s.end, d.firstDate, d.lastDate));
  };
  let months = 0;
  for (let i = 1; i <= PENALTY_LOOKBACK_MONTHS; i++) if (penalized(addMonthsToMonth(month, -i))) months += 1;
  return { underWorkPenaltyThisMonth: penalized(month), penaltyMonthsInPreceding12Months: months };
}
