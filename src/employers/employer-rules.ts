import type { PlainDate } from '../dates';
import { violation, type RuleViolation } from '../activities/rule-violation';

/** SITE-2: on-the-job training and Job Start contracts with employers. */
export const CONTRACT_KINDS = ['OJT', 'JOB_START'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
/** SITE-3: the kinds of employer outreach recorded. */
export const OUTREACH_KINDS = ['JOB_FAIR', 'AGENCY_MEETING', 'EMPLOYER_VISIT', 'INCENTIVE_EDUCATION'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

/**
 * Dollars with at most 2 decimals as exact cents, or null when not (never rounded).
 *
 * @example
 * centsOf(1250.5) // 125050
 * centsOf(0.005)  // null
 */
export function centsOf(amount: number): number | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(amount));
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

export interface ContractFacts { startsOn: PlainDate; submittedOn: PlainDate; wageCents: number | null; capCents: number | null; reimbursementPercent: number }

/** SITE-2: a contract as entered: submitted not before the referral nor in the future, starting on or after the referral, a wage and cap in cents, a rate 1..100%. */
export function contractViolations(contract: ContractFacts, timeline: { referralDate: PlainDate; today: PlainDate }): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (contract.submittedOn < timeline.referralDate) out.push(violation('submittedOn', 'notBeforeReferral', `submittedOn must be on or after the referral (${timeline.referralDate})`));
  if (contract.submittedOn > timeline.today) out.push(violation('submittedOn', 'notInFuture', `submittedOn cannot be after today (${timeline.today})`));
  if (contract.startsOn < timeline.referralDate) out.push(violation('startsOn', 'notBeforeReferral', `startsOn must be on or after the referral (${timeline.referralDate})`));
  if (contract.wageCents === null || contract.wageCents <= 0) out.push(violation('hourlyWage', 'isMoney', 'hourlyWage must be more than 0 with at most 2 decimals'));
  if (contract.capCents === null || contract.capCents <= 0) out.push(violation('reimbursementCap', 'isMoney', 'reimbursementCap must be more than 0 with at most 2 decimals'));
  if (!Number.isInteger(contract.reimbursementPercent) || contract.reimbursementPercent < 1 || contract.reimbursementPercent > 100) {
    out.push(violation('reimbursementPercent', 'isPercent', 'reimbursementPercent must be a whole number from 1 to 100'));
  }
  return out;
}

/**
 * SITE-2 ("contracts prepared and submitted"): work under an OJT or Job Start contract starts
 * once the contract is submitted, so its start is not before the day it was submitted.
 */
export function contractStartViolations(contract: { startsOn: PlainDate; submittedOn: PlainDate }): RuleViolation[] {
  return contract.startsOn < contract.submittedOn
    ? [violation('startsOn', 'notBeforeSubmitted', `startsOn must be on or after the day the contract was submitted (${contract.submittedOn})`)]
    : [];
}

export interface ReimbursementFacts { periodStart: PlainDate; periodEnd: PlainDate; amountCents: number | null; paidOn: PlainDate | null }

/**
 * SITE-2: a reimbursement for a period of the contract that has passed (from its start, ending
 * by today), paid (if it is) after the period, and the contract's reimbursements together never
 * above its cap (withinCap).
 */
export function reimbursementViolations(
  claim: ReimbursementFacts, contract: { startsOn: PlainDate; capCents: number }, alreadyCents: number, today: PlainDate,
): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (claim.periodEnd < claim.periodStart) out.push(violation('periodEnd', 'notBeforePeriodStart', 'periodEnd must be on or after periodStart'));
  if (claim.periodStart < contract.startsOn) out.push(violation('periodStart', 'notBeforeContract', `periodStart must be on or after the contract's start (${contract.startsOn})`));
  if (claim.periodEnd > today) out.push(violation('periodEnd', 'notInFuture', `periodEnd cannot be after today (${today})`));
  if (claim.paidOn !== null && claim.paidOn < claim.periodEnd) out.push(violation('paidOn', 'notBeforePeriodEnd', 'paidOn must be on or after periodEnd'));
  if (claim.paidOn !== null && claim.paidOn > today) out.push(violation('paidOn', 'notInFuture', `paidOn cannot be after today (${today})`));
  if (claim.amountCents === null || claim.amountCents <= 0) out.push(violation('amount', 'isMoney', 'amount must be more than 0 with at most 2 decimals'));
  else if (alreadyCents + claim.amountCents > contract.capCents) {
    out.push(violation('amount', 'withinCap', `Reimbursements would total ${(alreadyCents + claim.amountCents) / 100}, above the contract's cap of ${contract.capCents / 100}`));
  }
  return out;
}

/** SITE-3: outreach names an employer of the office or an organization (one of them), on a day not in the future. */
export function outreachViolations(outreach: { employerId: string | null; organizationName: string | null; heldOn: PlainDate }, today: PlainDate): RuleViolation[] {
  const out: RuleViolation[] = [];
  const org = outreach.organizationName?.trim() ?? '';
  if ((outreach.employerId === null) === (org === '')) {
    out.push(violation('employerId', 'employerOrOrganization', 'Name either an employer (employerId) or an organization (organizationName), not both'));
  }
  if (outreach.heldOn > today) out.push(violation('heldOn', 'notInFuture', `heldOn cannot be after today (${today})`));
  return out;
}
