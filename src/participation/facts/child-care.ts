/**
 * Federally funded child care in a month, from the record of child care authorization changes
 * (child_care_authorization), not from today's flag on the case. Pure.
 */
import { monthDays, type Month } from '../../dates';
import type { ChildCareChangeRow } from '../../repositories/participation.repository';

/**
 * Whether the family received federally funded child care in `month` (the two-parent 55/50 figure,
 * 42 USC 607(c)(1)(B)(ii); 45 CFR 261.32; DOMAIN.md "Facts are taken as they were in the month").
 * Each change holds from its effective date until the next one; of several changes with the same
 * effective date the last one recorded holds (a same-day correction). The family received it in
 * the month when it was funded on at least one day of the month: funded on the month's first day,
 * or funded by a change effective during the month. No change on or before the month's last day:
 * no child care in the month.
 *
 * @example
 * const changes = [{ effectiveOn: '2026-10-15', federallyFunded: true }, { effectiveOn: '2026-12-01', federallyFunded: false }];
 * federallyFundedChildCareInMonth(changes, '2026-09'); // false (nothing recorded yet)
 * federallyFundedChildCareInMonth(changes, '2026-10'); // true (from the 15th)
 * federallyFundedChildCareInMonth(changes, '2026-12'); // false (ended on the 1st)
 */
export function federallyFundedChildCareInMonth(changes: readonly ChildCareChangeRow[], month: Month): boolean {
  if (changes.length === 0) return false;
  const { firstDate, lastDate } = monthDays(month);
  // Stable sort: same-day changes stay in recording order, and the last of them wins.
  const ordered = [...changes].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
  let atStart = false;
  let duringMonth = false;
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i];
    if (c.effectiveOn > lastDate) break;
    const lastOfDay = i + 1 === ordered.length || ordered[i + 1].effectiveOn !== c.effectiveOn;
    if (!lastOfDay) continue;
    if (c.effectiveOn <= firstDate) atStart = c.federallyFunded;
    else if (c.federallyFunded) duringMonth = true;
  }
  return atStart || duringMonth;
}
