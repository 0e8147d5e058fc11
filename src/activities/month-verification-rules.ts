import { alaskaDateOf, isMonth, monthOf, type Month, type PlainDate } from '../dates';
import { monthFormatViolation } from './hours-entry-rules';
import { violation, type RuleViolation } from './rule-violation';

/** A month's verification as the rules need it: who (by name, for the message) and when. */
export interface VerificationOfMonth {
  readonly verifiedByName: string;
  readonly verifiedAt: Date;
}

/**
 * WV-1 verifies the prior month, after it ends: the current month (by the Alaska date `today`)
 * is still being worked, and a later one has not begun.
 *
 * @example
 * verifiableMonthViolation('2026-10', '2026-11-02'); // null
 * verifiableMonthViolation('2026-11', '2026-11-30'); // refused: month / notFutureMonth
 */
export function verifiableMonthViolation(month: string, today: PlainDate): RuleViolation | null {
  if (!isMonth(month)) return monthFormatViolation();
  if (month < monthOf(today)) return null;
  return violation('month', 'notFutureMonth', `${month} has not ended: a month is verified after it ends, by the 20th of the next (WV-1)`);
}

/**
 * WV-1: one verification per case and month.
 *
 * @example
 * alreadyVerifiedViolation('2026-10', { verifiedByName: 'Ann', verifiedAt: new Date('2026-11-10T19:30:00Z') });
 * // refused: month / alreadyVerified, '2026-10 was already verified by Ann at 2026-11-10T19:30:00.000Z (WV-1: one verification per month)'
 */
export function alreadyVerifiedViolation(month: Month, existing: VerificationOfMonth | null): RuleViolation | null {
  if (!existing) return null;
  return violation('month', 'alreadyVerified',
    `${month} was already verified by ${existing.verifiedByName} at ${new Date(existing.verifiedAt).toISOString()} (WV-1: one verification per month)`);
}

/**
 * WV-1: once a month is verified its hours change only by a supervisor's correction.
 * `mayChangeVerifiedMonth` is the access policy's answer for the user
 * (`AccessPolicy.mayChangeVerifiedMonth`), so who may is decided in one place.
 *
 * @example
 * verifiedMonthViolation('2026-10', { verifiedByName: 'Ann', verifiedAt: new Date('2026-11-10T19:30:00Z') }, false);
 * // refused: month / monthVerified, '2026-10 was verified by Ann on 2026-11-10; its hours can now be changed only by a supervisor's correction (WV-1)'
 */
export function verifiedMonthViolation(month: Month, verification: VerificationOfMonth | null, mayChangeVerifiedMonth: boolean): RuleViolation | null {
  if (!verification || mayChangeVerifiedMonth) return null;
  return violation('month', 'monthVerified',
    `${month} was verified by ${verification.verifiedByName} on ${alaskaDateOf(new Date(verification.verifiedAt))}; its hours can now be changed only by a supervisor's correction (WV-1)`);
}

/**
 * A correction replaces the current entry; an entry already replaced is history (WV-1 keeps it).
 *
 * @example
 * currentEntryViolation('e1', 'e2'); // refused: entryId / isCurrentEntry
 */
export function currentEntryViolation(entryId: string, replacedById: string | null): RuleViolation | null {
  if (replacedById === null) return null;
  return violation('entryId', 'isCurrentEntry', `Entry ${entryId} was already replaced by entry ${replacedById}; correct the current entry`);
}
