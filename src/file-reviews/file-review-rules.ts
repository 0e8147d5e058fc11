import { monthOf, type Month, type PlainDate } from '../dates';
import type { InvalidInput } from '../errors';
import type { FileReviewItem, ReviewedItem } from './file-review-checklist';

/**
 * MGT-1: a month's draw is made in that month: its population is the office's cases open on the
 * draw day (today), so a draw for another month would sample a caseload that month never had.
 */
export function drawMonthViolations(month: Month, today: PlainDate): InvalidInput[] {
  return month === monthOf(today) ? [] : [{ field: 'month', constraint: 'isCurrentMonth', message: `A draw is made in its own month: ${monthOf(today)} today, not ${month} (MGT-1)` }];
}

/** MGT-1: a manager adds a case to the sample with a reason; a case is in a month's sample once. */
export function additionViolations(reason: string, alreadySampled: boolean): InvalidInput[] {
  const out: InvalidInput[] = [];
  if (!reason.trim()) out.push({ field: 'reason', constraint: 'isNotEmpty', message: 'Say why the case is added to the sample' });
  if (alreadySampled) out.push({ field: 'caseId', constraint: 'notAlreadySampled', message: 'The case is already in this month\'s sample' });
  return out;
}

/** A review is dated on a past day on or after the day its case was put in the sample. */
export function reviewDateViolations(reviewedOn: PlainDate, sampledOn: PlainDate, today: PlainDate): InvalidInput[] {
  const out: InvalidInput[] = [];
  if (reviewedOn < sampledOn) out.push({ field: 'reviewedOn', constraint: 'notBeforeSampled', message: `The case was put in the sample on ${sampledOn}; the review cannot be dated ${reviewedOn}` });
  if (reviewedOn > today) out.push({ field: 'reviewedOn', constraint: 'notInFuture', message: `A review is dated on or before today (${today})` });
  return out;
}

/**
 * MGT-2: a correction answers one FAIL of the review, once, dated on or after the review and not
 * after today, and says what was corrected.
 */
export function correctionViolations(
  review: { reviewedOn: PlainDate; items: readonly ReviewedItem[] }, item: FileReviewItem, correctedOn: PlainDate, summary: string,
  corrected: ReadonlySet<string>, today: PlainDate,
): InvalidInput[] {
  const out: InvalidInput[] = [];
  const answer = review.items.find((i) => i.item === item);
  if (answer?.result !== 'FAIL') out.push({ field: 'item', constraint: 'isFinding', message: `${item} did not fail in this review: there is nothing to correct` });
  else if (corrected.has(item)) out.push({ field: 'item', constraint: 'oncePerFinding', message: `The ${item} finding is already corrected` });
  if (correctedOn < review.reviewedOn) out.push({ field: 'correctedOn', constraint: 'notBeforeReview', message: `The review is dated ${review.reviewedOn}; a correction cannot be dated ${correctedOn}` });
  if (correctedOn > today) out.push({ field: 'correctedOn', constraint: 'notInFuture', message: `A correction is dated on or before today (${today})` });
  if (!summary.trim()) out.push({ field: 'summary', constraint: 'isNotEmpty', message: 'Say what was corrected' });
  return out;
}
