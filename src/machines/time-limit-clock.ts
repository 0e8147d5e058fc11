import type { CaseContext, ExtensionCriterion, ParentExtensionCriteria } from './case-lifecycle.types';

/**
 * Extension criteria a parent may meet (ATAP MS 701, 7 AAC 45.610; DOMAIN.md "Time limit"), with
 * what the staffing rests on (TL-2: an updated TA10 when applicable, partner agencies' input).
 */
export const EXTENSION_CRITERIA: readonly ExtensionCriterion[] = [
  'MEDICAL_INABILITY_TA10',
  'CARE_OF_DISABLED_FAMILY_MEMBER',
  'DOMESTIC_VIOLENCE',
  'UNREASONABLE_HARDSHIP',
  'PARTNER_AGENCY_INPUT',
];

/** One parent's 60-month clock; `householdMemberId` null is the client (TL-1). */
export interface ParentClock { householdMemberId: string | null; monthsUsed: number; assistanceMonths: string[] }

/**
 * Each parent's clock: the client's (`monthsUsed`, `assistanceMonths`) and every second parent's:
 * the months they had used before the referral (`secondParentPriorMonths`) plus those recorded
 * through RECORD_ASSISTANCE_MONTH (TL-1: every month used counts; both absent on older snapshots),
 * then any other second parent of the household (`householdParents`, SPOUSE/PARTNER ids) at 0.
 *
 * @example
 * parentClocks({ ...ctx, monthsUsed: 40, secondParentMonths: { m1: ['2026-11'] } })
 * // [{ householdMemberId: null, monthsUsed: 40, ... }, { householdMemberId: 'm1', monthsUsed: 1, assistanceMonths: ['2026-11'] }]
 */
export function parentClocks(
  context: Pick<CaseContext, 'monthsUsed' | 'assistanceMonths' | 'secondParentMonths' | 'secondParentPriorMonths'>,
  householdParents: readonly string[] = [],
): ParentClock[] {
  const recorded = context.secondParentMonths ?? {};
  const prior = context.secondParentPriorMonths ?? {};
  const known = [...new Set([...Object.keys(recorded), ...Object.keys(prior)])];
  const others = known.map((householdMemberId) => {
    const months = recorded[householdMemberId] ?? [];
    return { householdMemberId, monthsUsed: (prior[householdMemberId] ?? 0) + months.length, assistanceMonths: months };
  });
  const unrecorded = householdParents.filter((id) => !known.includes(id)).map((id) => ({ householdMemberId: id, monthsUsed: 0, assistanceMonths: [] }));
  return [{ householdMemberId: null, monthsUsed: context.monthsUsed, assistanceMonths: context.assistanceMonths ?? [] }, ...others, ...unrecorded];
}

/**
 * The family's clock (DOMAIN.md "Time limit": a two-parent family reaches the limit when either
 * parent reaches 60): the larger of the parents' months.
 *
 * @example
 * familyMonthsUsed({ monthsUsed: 12, assistanceMonths: [], secondParentMonths: { m1: Array(59).fill('x') } }) // 59
 */
export function familyMonthsUsed(context: Pick<CaseContext, 'monthsUsed' | 'assistanceMonths' | 'secondParentMonths' | 'secondParentPriorMonths'>): number {
  return Math.max(...parentClocks(context).map((p) => p.monthsUsed));
}

/**
 * TL-1: months used before the referral are given only for a second parent (SPOUSE or PARTNER);
 * the client's own are the referral's `monthsUsed`. Null when they may be recorded.
 *
 * @example
 * priorMonthsViolation('CHILD', 12) // 'months used are given only for the client\'s spouse or partner (TL-1)'
 * priorMonthsViolation('SPOUSE', 12) // null
 */
export function priorMonthsViolation(relationship: string, monthsUsed: number | null | undefined): string | null {
  if (monthsUsed === null || monthsUsed === undefined || relationship === 'SPOUSE' || relationship === 'PARTNER') return null;
  return 'months used are given only for the client\'s spouse or partner (TL-1)';
}

/** The months already counted for the parent an assistance month names (null: the client). */
export function monthsCountedFor(context: Pick<CaseContext, 'assistanceMonths' | 'secondParentMonths'>, householdMemberId: string | null | undefined): string[] {
  return householdMemberId ? context.secondParentMonths?.[householdMemberId] ?? [] : context.assistanceMonths ?? [];
}

/**
 * DOMAIN.md "Time limit": in a two-parent family each parent must meet an extension criterion, so an
 * approval names at least one criterion for the client and for every second parent (with months on
 * record, or a SPOUSE/PARTNER of the household in `householdParents`; that a named member is the client's spouse or partner is checked against the household by
 * the service). Null when the decision may be recorded.
 *
 * @example
 * extensionCriteriaViolation(ctx, true, [{ householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10'] }]) // null (one-parent family)
 */
export function extensionCriteriaViolation(
  context: Pick<CaseContext, 'monthsUsed' | 'assistanceMonths' | 'secondParentMonths' | 'secondParentPriorMonths'>,
  approved: boolean,
  criteria: readonly ParentExtensionCriteria[] | null | undefined,
  householdParents: readonly string[] = [],
): string | null {
  const given = criteria ?? [];
  const parents = parentClocks(context, householdParents).map((p) => p.householdMemberId);
  const keys = given.map((g) => g.householdMemberId ?? null);
  if (new Set(keys).size !== keys.length) return 'each parent is named once in criteria';
  if (!approved) return null;
  const unmet = parents.filter((id) => !given.some((g) => (g.householdMemberId ?? null) === id && g.criteria.length > 0));
  if (unmet.length === 0) return null;
  const who = unmet.map((id) => (id === null ? 'the client' : `household member ${id}`)).join(', ');
  return `an extension is approved only when each parent meets an extension criterion; none given for ${who} (7 AAC 45.610)`;
}

/** Where the family stands on the 60-month limit (Case.timeLimit). */
export interface TimeLimitPosition {
  monthsUsed: number;
  familyMonthsUsed: number;
  parents: Array<{ householdMemberId: string | null; monthsUsed: number; extensionCriteria: ExtensionCriterion[] }>;
  monthsLeft: number;
  extensionStaffingDue: boolean;
  extensionDecision: 'APPROVED' | 'DENIED' | null;
}

/**
 * Case.timeLimit: each parent's months and criteria, and the family's clock that the limit, the
 * month-58 staffing and the months left follow (TL-1).
 *
 * @example
 * timeLimitPosition({ ...ctx, monthsUsed: 50, secondParentMonths: { m1: months58 } })
 * // { monthsUsed: 50, familyMonthsUsed: 58, monthsLeft: 2, extensionStaffingDue: true, ... }
 */
export function timeLimitPosition(
  context: Pick<CaseContext, 'monthsUsed' | 'assistanceMonths' | 'secondParentMonths' | 'secondParentPriorMonths' | 'extension'>,
  householdParents: readonly string[] = [],
): TimeLimitPosition {
  const family = familyMonthsUsed(context);
  const criteria = context.extension?.criteria ?? [];
  return {
    monthsUsed: context.monthsUsed,
    familyMonthsUsed: family,
    parents: parentClocks(context, householdParents).map((p) => ({
      householdMemberId: p.householdMemberId,
      monthsUsed: p.monthsUsed,
      extensionCriteria: criteria.find((c) => (c.householdMemberId ?? null) === p.householdMemberId)?.criteria ?? [],
    })),
    monthsLeft: Math.max(0, 60 - family),
    extensionStaffingDue: family >= 58,
    extensionDecision: context.extension?.decision ?? null,
  };
}
