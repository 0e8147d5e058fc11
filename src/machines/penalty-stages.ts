import { addDays, addMonths, firstDayOf, monthOf, addMonthsToMonth, type PlainDate } from '../dates';
import type { PenaltyRecord } from './case-lifecycle.types';

/**
 * Months after the finding date (the penalty's effective date, 7 AAC 45.980(d)) at which each
 * later stage begins (AS 47.27.085; DOMAIN.md "Penalty stages"): stage 1 (40%) covers months 1 to
 * 4, stage 2 (75%) months 5 to 8, stage 3 (full family sanction) follows month 8.
 */
const STAGE_BEGINS_AFTER_MONTHS = { 2: 4, 3: 8 } as const;

/** The reduction of the maximum grant at each stage (AS 47.27.085; stage 3 closes the case). */
export const STAGE_PERCENTAGE = { 0: 0, 1: 40, 2: 75, 3: 100 } as const;

/** PEN-5: the client has at least this many calendar days after the written notice to comply. */
export const NOTICE_DAYS = 10;

/**
 * The first day of a penalty's next stage, counted from its finding date: the chart's escalation
 * guard and the PEN-4 home-visit deadline both read it, so they cannot disagree.
 * @example nextStageBeginsOn('2026-12-01', 1) // '2027-04-01' (75% from April 2027)
 * @example nextStageBeginsOn('2026-12-01', 2) // '2027-08-01' (closure from August 2027)
 */
export function nextStageBeginsOn(findingDate: PlainDate, currentStage: 1 | 2): PlainDate {
  return addMonths(findingDate, STAGE_BEGINS_AFTER_MONTHS[(currentStage + 1) as 2 | 3]);
}

/**
 * PEN-5 / 7 AAC 45.980(d): the penalty takes effect on the 1st of the first month that starts at
 * least 10 calendar days after the written notice; that day is the finding date stages count from.
 * @example penaltyEffectiveOn('2026-11-09') // '2026-12-01'
 * @example penaltyEffectiveOn('2026-11-21') // '2026-12-01' (December starts exactly 10 days after)
 * @example penaltyEffectiveOn('2026-11-22') // '2027-01-01'
 */
export function penaltyEffectiveOn(noticeOn: PlainDate): PlainDate {
  const earliestDay = addDays(noticeOn, NOTICE_DAYS);
  const month = monthOf(earliestDay);
  return earliestDay === firstDayOf(month) ? earliestDay : firstDayOf(addMonthsToMonth(month, 1));
}

/** What Eligibility and the Case page are told about a penalty: its stage, reduction and dates. */
export interface PenaltyPosition {
  stage: PenaltyRecord['stage'];
  percentage: number;
  noticeOn: PlainDate | null;
  findingDate: PlainDate | null;
  /** The first day of the stage the penalty is at now (null before imposition). */
  stageBeganOn: PlainDate | null;
}

/**
 * The stage and reduction of a penalty record (AS 47.27.085), for the case and every notice.
 * @example penaltyPosition({ ...record, stage: 2, imposedOn: '2026-12-01', noticeOn: '2026-11-09' })
 * // { stage: 2, percentage: 75, noticeOn: '2026-11-09', findingDate: '2026-12-01', stageBeganOn: '2027-04-01' }
 */
export function penaltyPosition(penalty: Pick<PenaltyRecord, 'stage' | 'imposedOn' | 'noticeOn'>): PenaltyPosition {
  const findingDate = penalty.imposedOn;
  const stageBeganOn = !findingDate || penalty.stage === 0 ? null
    : penalty.stage === 1 ? findingDate : nextStageBeginsOn(findingDate, (penalty.stage - 1) as 1 | 2);
  return { stage: penalty.stage, percentage: STAGE_PERCENTAGE[penalty.stage], noticeOn: penalty.noticeOn ?? null, findingDate, stageBeganOn };
}
