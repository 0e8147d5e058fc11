import { metByText } from './met-by';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/**
 * TL-3: case review staffings at set intervals. Each staffing held sets the next one's date
 * (nextStaffingOn); that date is a duty, met by the next staffing held after it (on time or late:
 * metOn tells when). Keyed by the date set, so a staffing that sets the same date again restates
 * the same duty.
 *
 * @example
 * // staffings: [{ id: 's-1', heldOn: '2026-11-10', nextStaffingOn: '2027-02-10' }]
 * caseReviewStaffings(facts) // [{ key: 'TL-3:2027-02-10', dueDate: '2027-02-10', met: null, ... }]
 */
export function caseReviewStaffings(facts: CaseFacts): ObligationDraft[] {
  const staffings = [...(facts.trackRecords?.reviewStaffings ?? [])]
    .filter((s) => s.heldOn >= facts.context.referralDate)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const drafts = new Map<string, ObligationDraft>();
  for (const s of staffings) {
    if (s.nextStaffingOn === null) continue;
    const next = staffings.find((later) => later.heldOn > s.heldOn);
    drafts.set(s.nextStaffingOn, {
      key: `TL-3:${s.nextStaffingOn}`,
      ruleId: 'TL-3',
      description: `Hold the case review staffing set for ${s.nextStaffingOn} (progression, regression, discrepancies)`,
      dueDate: s.nextStaffingOn,
      met: next ? { by: metByText({ kind: 'RECORD', recordType: 'CaseReviewStaffing', id: next.id }), on: next.heldOn } : null,
    });
  }
  return [...drafts.values()];
}
