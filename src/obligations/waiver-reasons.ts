/**
 * Why a supervisor may waive an obligation, as a coded list, and which rules each reason may waive.
 * A waiver settles a duty without meeting it, so the list is deliberately short: a rule that no
 * reason names may never be waived (the answer to "ENG-1, ENG-3 and TRK-4 waived for a busy week").
 *
 * Sources:
 * - EXTENUATING_CIRCUMSTANCES: the only waiver the policy names. Case Management Expectations
 *   (shared/policy, "CLNOs", item 6): "EA CLNOs are to be entered within two (2) days of the EA,
 *   unless there are extenuating circumstances, which must be approved by your supervisor" (EA-2).
 * - CLIENT_DECLINED_POST_TA: a choice of this system, not a policy text. Post-TA services (EXIT-3)
 *   are offered after TA has closed, when no work requirement or penalty applies any more
 *   (AS 47.27.085 penalizes recipients only), so a former client who declines them cannot be made
 *   to take them; the duty to offer monthly contact then has nothing left to do.
 *
 * Every other duty either has its own way forward in the rules (a client who cannot be reached gets
 * a J016, ENG-2; a late plan restarts with a new clock, ENG-3) or is one a reviewer must see as
 * late when it was late: it stays OPEN or OVERDUE.
 */
export const WAIVER_REASONS = {
  EXTENUATING_CIRCUMSTANCES: {
    description: 'Extenuating circumstances the supervisor approved, for an EA CLNO entered later than 2 days after the EA (EA-2)',
    waives: ['EA-2'],
  },
  CLIENT_DECLINED_POST_TA: {
    description: 'The former client, no longer on TA, declined Post-TA job retention and advancement services (EXIT-3)',
    waives: ['EXIT-3'],
  },
} as const satisfies Record<string, { description: string; waives: readonly string[] }>;

export type WaiverReasonCode = keyof typeof WAIVER_REASONS;
export const WAIVER_REASON_CODES = Object.keys(WAIVER_REASONS) as WaiverReasonCode[];

/**
 * Whether the coded reason may waive an obligation of the rule.
 *
 * @example
 * waiverReasonApplies('EXTENUATING_CIRCUMSTANCES', 'EA-2') // true
 * waiverReasonApplies('EXTENUATING_CIRCUMSTANCES', 'ENG-1') // false: ENG-1 may never be waived
 */
export function waiverReasonApplies(code: WaiverReasonCode, ruleId: string): boolean {
  return (WAIVER_REASONS[code].waives as readonly string[]).includes(ruleId);
}

/**
 * The coded reasons that may waive an obligation of the rule; empty when it may never be waived.
 *
 * @example
 * waiverReasonsFor('EXIT-3') // ['CLIENT_DECLINED_POST_TA']
 * waiverReasonsFor('TRK-4') // []
 */
export function waiverReasonsFor(ruleId: string): WaiverReasonCode[] {
  return WAIVER_REASON_CODES.filter((code) => waiverReasonApplies(code, ruleId));
}
