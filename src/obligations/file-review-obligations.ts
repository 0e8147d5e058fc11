import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import type { PlainDate } from '../dates';
import { checklistItem } from '../file-reviews/file-review-checklist';
import { metByText } from './met-by';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/** MGT-2: corrections are addressed within 10 business days of the review. */
export const CORRECTION_BUSINESS_DAYS = 10;

/** A file review of the case (file_review), as the obligation record query gives it (FILE_REVIEW_FACTS_SQL). */
export interface FileReviewFact {
  id: string;
  reviewedOn: PlainDate;
  /** The Alaska day the review was recorded (file_review.recorded_at): when its findings reached the case manager's worklist. */
  recordedOn: PlainDate;
  /** The checklist items that failed (FileReviewItem names, e.g. ENG_1). */
  failedItems: readonly string[];
  /** The corrections recorded for its findings (file_review_correction). */
  corrections: ReadonlyArray<{ id: string; item: string; correctedOn: PlainDate }>;
}

/**
 * MGT-2: the day a finding of a review must be corrected by: 10 business days after the review,
 * counted from the day it was recorded when that is later. A review dated on the day the file was
 * read but entered weeks later would otherwise reach the case manager's worklist OVERDUE, with
 * none of the 10 days left to correct it.
 *
 * @example
 * correctionDueOn({ reviewedOn: '2026-11-03', recordedOn: '2026-11-03' }, calendar) // '2026-11-18' (Veterans Day skipped)
 * correctionDueOn({ reviewedOn: '2026-11-02', recordedOn: '2026-12-01' }, calendar) // '2026-12-15'
 */
export const correctionDueOn = (review: { reviewedOn: PlainDate; recordedOn: PlainDate }, calendar: AlaskaCalendar): PlainDate =>
  calendar.addBusinessDays(review.recordedOn > review.reviewedOn ? review.recordedOn : review.reviewedOn, CORRECTION_BUSINESS_DAYS);

/**
 * MGT-2: each failed item of a file review is a correction due 10 business days after the review
 * (after the day it was recorded, when later: correctionDueOn),
 * on the case manager's worklist, met by the correction recorded for it (recordFileReviewCorrection;
 * late or not: metOn tells when). Keyed by review and item. A file is corrected even after TA
 * closed, so the duty outlives the closure.
 *
 * @example
 * // reviews: [{ id: 'r-1', reviewedOn: '2026-11-03', recordedOn: '2026-11-03', failedItems: ['ENG_1'], corrections: [] }]
 * fileReviewCorrections(facts) // [{ key: 'MGT-2:r-1:ENG_1', ruleId: 'MGT-2', dueDate: '2026-11-18', met: null, ... }] (Veterans Day skipped)
 */
export function fileReviewCorrections(facts: CaseFacts): ObligationDraft[] {
  return (facts.fileReviews ?? []).flatMap((review) => review.failedItems.map((item): ObligationDraft => {
    const correction = review.corrections.find((c) => c.item === item);
    const ruleId = checklistItem(item)?.ruleId ?? item;
    return {
      key: `MGT-2:${review.id}:${item}`,
      ruleId: 'MGT-2',
      description: `Correct the ${ruleId} finding of the file review of ${review.reviewedOn} (MGT-2: within ${CORRECTION_BUSINESS_DAYS} business days)`,
      dueDate: correctionDueOn(review, facts.calendar),
      met: correction ? { by: metByText({ kind: 'RECORD', recordType: 'FileReviewCorrection', id: correction.id }), on: correction.correctedOn } : null,
      outlivesClosure: true,
    };
  }));
}
