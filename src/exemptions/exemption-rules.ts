/**
 * Who may claim which exemption from the work requirement (AS 47.27.035, 7 AAC 45.260; DOMAIN.md
 * "Work requirement and exemptions"), and what an exemption in force means for work activities.
 * Pure: the household, the earlier exemption periods and the dates arrive as arguments; the
 * service loads them (src/services/case-preconditions.ts, ActivityService).
 */
import { addDays, ageInCompletedMonths, monthOf, addMonthsToMonth, type Month, type PlainDate } from '../dates';
import { violation, type RuleViolation } from '../activities/rule-violation';
import type { ExemptionReason, NonComplianceKind } from '../machines/case-lifecycle.types';

/** The caretaker exemption lasts at most 12 cumulative months in a lifetime (AS 47.27.035; 45 CFR 261.22(b)). */
export const CARETAKER_EXEMPTION_LIFETIME_MONTHS = 12;

const SECOND_PARENT: ReadonlySet<string> = new Set(['SPOUSE', 'PARTNER']);
const CHILDREN: ReadonlySet<string> = new Set(['CHILD', 'OTHER_CHILD']);

/** A person of the client's household, as the rules read them. */
export interface HouseholdPersonFact { relationship: string; dateOfBirth: PlainDate }

/** An exemption period from the case history (`endedOn` null: still open). */
export interface ExemptionPeriodFact { reason: string; startedOn: PlainDate; endedOn: PlainDate | null }

/** What the claim is checked against, as it was loaded on the day of the request. */
export interface ExemptionClaimFacts {
  startedOn: PlainDate;
  /** The client's household members (the client is not among them). */
  household: readonly HouseholdPersonFact[];
  /** Every earlier exemption period of the client, every referral and case included. */
  earlierExemptions: readonly ExemptionPeriodFact[];
  /** Child care is authorized on the case (SS-3): child care is available. */
  childCareAuthorized: boolean;
}

/** Children of the household born by `on`, with their age in completed months that day. */
function childrenOn(household: readonly HouseholdPersonFact[], on: PlainDate): number[] {
  return household
    .filter((p) => CHILDREN.has(p.relationship) && p.dateOfBirth <= on)
    .map((p) => ageInCompletedMonths(p.dateOfBirth, on));
}

/**
 * The calendar months in which the caretaker exemption was in force on at least one day, every
 * earlier period included (an open one counts until `until`), oldest first.
 *
 * @example
 * caretakerMonthsUsed([{ reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2025-01-20', endedOn: '2025-03-02' }], '2026-01-01')
 * // ['2025-01', '2025-02', '2025-03']
 */
export function caretakerMonthsUsed(periods: readonly ExemptionPeriodFact[], until: PlainDate): Month[] {
  const months = new Set<Month>();
  for (const p of periods) {
    if (p.reason !== 'CARETAKER_CHILD_UNDER_12_MONTHS' || p.startedOn > until) continue;
    const end = p.endedOn && p.endedOn < until ? p.endedOn : until;
    for (let m = monthOf(p.startedOn); m <= monthOf(end); m = addMonthsToMonth(m, 1)) months.add(m);
  }
  return [...months].sort();
}

/**
 * Caretaker of a child under 12 months (AS 47.27.035; DOMAIN.md): a single-parent family (no
 * SPOUSE or PARTNER in the household), a child under 12 months on the start date, and at most 12
 * cumulative months in a lifetime, counted across every referral.
 */
function caretakerViolation(facts: ExemptionClaimFacts): RuleViolation | null {
  const { startedOn, household } = facts;
  const parent = household.find((p) => SECOND_PARENT.has(p.relationship));
  if (parent) {
    return violation('reason', 'singleParentFamily',
      `CARETAKER_CHILD_UNDER_12_MONTHS is for single-parent families; the household has a ${parent.relationship} (AS 47.27.035)`);
  }
  const ages = childrenOn(household, startedOn);
  if (!ages.some((months) => months < 12)) {
    const youngest = ages.length ? `the youngest child is ${Math.min(...ages)} months old` : 'the household has no child';
    return violation('reason', 'childUnder12Months',
      `CARETAKER_CHILD_UNDER_12_MONTHS needs a child under 12 months on ${startedOn}; ${youngest} (AS 47.27.035)`);
  }
  const used = caretakerMonthsUsed(facts.earlierExemptions, addDays(startedOn, -1));
  const withThis = new Set([...used, monthOf(startedOn)]);
  if (withThis.size > CARETAKER_EXEMPTION_LIFETIME_MONTHS) {
    return violation('reason', 'twelveCumulativeMonths',
      `CARETAKER_CHILD_UNDER_12_MONTHS is limited to 12 cumulative months in a lifetime; ${used.length} months were used (${used[0]} to ${used.at(-1)}) (AS 47.27.035)`);
  }
  return null;
}

/**
 * Whether the client may claim the exemption `reason` from `startedOn` (AS 47.27.035,
 * 7 AAC 45.260): null when the claim holds, else the violation on `reason` naming the fact.
 * - CARETAKER_CHILD_UNDER_12_MONTHS: single-parent family, a child under 12 months on the start
 *   date, at most 12 cumulative months in a lifetime.
 * - HOME_CARE_DISABLED_CHILD: a child in the household.
 * - CHILD_UNDER_6_NO_CHILD_CARE: a child under 6 on the start date, and no child care authorized (SS-3).
 * - MEDICAL_INABILITY, HOME_CARE_DISABLED_RELATIVE, UNREASONABLE_HARDSHIP: no household condition.
 *
 * @example
 * exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', {
 *   startedOn: '2026-11-02', household: [{ relationship: 'CHILD', dateOfBirth: '2023-06-01' }], earlierExemptions: [], childCareAuthorized: false,
 * }); // refused: reason / childUnder12Months ("the youngest child is 41 months old")
 */
export function exemptionClaimViolation(reason: ExemptionReason, facts: ExemptionClaimFacts): RuleViolation | null {
  switch (reason) {
    case 'CARETAKER_CHILD_UNDER_12_MONTHS':
      return caretakerViolation(facts);
    case 'HOME_CARE_DISABLED_CHILD':
      return childrenOn(facts.household, facts.startedOn).length
        ? null
        : violation('reason', 'childInHousehold', 'HOME_CARE_DISABLED_CHILD needs a child in the household (AS 47.27.035)');
    case 'CHILD_UNDER_6_NO_CHILD_CARE': {
      const ages = childrenOn(facts.household, facts.startedOn);
      if (!ages.some((months) => months < 72)) {
        const youngest = ages.length ? `the youngest child is ${Math.floor(Math.min(...ages) / 12)} years old` : 'the household has no child';
        return violation('reason', 'childUnder6', `CHILD_UNDER_6_NO_CHILD_CARE needs a child under 6 on ${facts.startedOn}; ${youngest} (AS 47.27.035)`);
      }
      return facts.childCareAuthorized
        ? violation('reason', 'noChildCareAvailable', 'CHILD_UNDER_6_NO_CHILD_CARE needs child care to be unavailable; child care is authorized on the case (SS-3, AS 47.27.035)')
        : null;
    }
    default:
      return null;
  }
}

/** The reasons that rest on a medical statement: a TA10, or a physician's documentation of home care needs (DOMAIN.md). */
export const DOCUMENTED_REASONS: ReadonlySet<ExemptionReason> = new Set<ExemptionReason>(['MEDICAL_INABILITY', 'HOME_CARE_DISABLED_CHILD', 'HOME_CARE_DISABLED_RELATIVE']);

/**
 * AS 47.27.035 / DOMAIN.md: medical inability rests on a TA10 and home care of a disabled child or
 * relative on a physician's documentation; `documentedOn` is that statement's date, required for
 * those reasons, and a statement already received (not after `today`).
 *
 * @example
 * documentationViolation('MEDICAL_INABILITY', null, '2026-11-02'); // refused: documentedOn / documentationRequired
 * documentationViolation('UNREASONABLE_HARDSHIP', null, '2026-11-02'); // null
 */
export function documentationViolation(reason: ExemptionReason, documentedOn: PlainDate | null | undefined, today: PlainDate): RuleViolation | null {
  if (!DOCUMENTED_REASONS.has(reason)) return null;
  if (!documentedOn) {
    const what = reason === 'MEDICAL_INABILITY' ? 'a TA10 medical statement' : 'a physician\'s documentation';
    return violation('documentedOn', 'documentationRequired', `${reason} needs ${what}: give its date in documentedOn (AS 47.27.035)`);
  }
  return documentedOn > today ? violation('documentedOn', 'notInFuture', `documentedOn ${documentedOn} is after today (${today})`) : null;
}

/** The exemption on the case: the chart's record of the current (or last) one. */
export type ExemptionInForce = { reason: string; startedOn: PlainDate; endedOn: PlainDate | null } | null;

/**
 * The exemption covers the date: started on or before it and not ended before it.
 * @example exemptOn({ reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', endedOn: null }, '2026-11-10') // true
 */
export const exemptOn = (exemption: ExemptionInForce, date: PlainDate): boolean =>
  !!exemption && exemption.startedOn <= date && (exemption.endedOn === null || date <= exemption.endedOn);

/**
 * Non-compliance that concerns the work requirement (AS 47.27.035), from which an exempt client is
 * excused: failing a work activity, or its timesheet (PEN-2). The FSSP (AS 47.27.030), child
 * support cooperation and engagement with case management (ENG-5) still apply to an exempt client.
 */
export const WORK_REQUIREMENT_KINDS: ReadonlySet<NonComplianceKind> = new Set<NonComplianceKind>(['WORK_ACTIVITY', 'MISSING_TIMESHEET']);

/**
 * AS 47.27.035: an exempt client is not penalized for work activities. Null when the
 * report may be made, else why not.
 *
 * @example
 * exemptNonComplianceReason({ reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', endedOn: null }, 'WORK_ACTIVITY', '2026-11-10');
 * // 'the client is exempt (MEDICAL_INABILITY) since 2026-11-02: ...'
 */
export function exemptNonComplianceReason(exemption: ExemptionInForce, kind: NonComplianceKind, occurredOn: PlainDate): string | null {
  if (!WORK_REQUIREMENT_KINDS.has(kind) || !exemption || !exemptOn(exemption, occurredOn)) return null;
  return `the client is exempt (${exemption.reason}) since ${exemption.startedOn}: no penalty for work activities on ${occurredOn} (AS 47.27.035)`;
}
