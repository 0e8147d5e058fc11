import { addMonths, type PlainDate } from '../dates';

/**
 * Months after the finding date (the penalty's effective date, 7 AAC 45.980(d)) at which each
 * later stage begins (AS 47.27.085; DOMAIN.md "Penalty stages"): stage 1 (40%) covers months 1 to
 * 4, stage 2 (75%) months 5 to 8, stage 3 (full family sanction) follows month 8.
 */
const STAGE_BEGINS_AFTER_MONTHS = { 2: 4, 3: 8 } as const;

/**
 * The first day of a penalty's next stage, counted from its finding date: the chart's escalation
 * guard and the PEN-4 home-visit deadline both read it, so they cannot disagree.
 * @example nextStageBeginsOn('2026-12-01', 1) // '2027-04-01' (75% from April 2027)
 * @example nextStageBeginsOn('2026-12-01', 2) // '2027-08-01' (closure from August 2027)
 */
export function nextStageBeginsOn(findingDate: PlainDate, currentStage: 1 | 2): PlainDate {
  return addMonths(findingDate, STAGE_BEGINS_AFTER_MONTHS[(currentStage + 1) as 2 | 3]);
}
