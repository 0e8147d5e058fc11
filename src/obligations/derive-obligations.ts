import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import type { PlainDate } from '../dates';
import { caseFacts, waiversByKey } from './case-facts';
import { attemptsWhileUnreached, contactAfterReferral, eaNote, emergencySeen, engagementClock, monthlyFsspReview, penaltyForLackOfEngagement } from './engagement-obligations';
import { exitDuties, postTaContacts } from './exit-obligations';
import type { CaseFacts, CaseRecord, Obligation, ObligationDraft, Waiver } from './obligation.types';
import { homeVisitBeforeEscalation } from './penalty-obligations';
import { agencyReferralFollowUps, assignmentFollowUps } from './referral-obligations';
import { contactResponses } from './contact-obligations';
import { mailedPlanDueBack, mailedUpdateDueBack, quarterlyUpdate, updateBeforeExpiry } from './plan-obligations';
import { closeOrExtendAtMonth60, extensionStaffingScheduled, staffingFormSubmitted } from './time-limit-obligations';
import { caseReviewStaffings } from './staffing-obligations';
import { fileReviewCorrections } from './file-review-obligations';
import { complaintObligations } from './complaint-obligations';
import { familiesFirstReadiness, familiesFirstSupports, workFirstJobReadiness } from './track-obligations';
import { childCareRequest, monthlyWorkVerification } from './verification-obligations';
import { waiverReasonApplies } from './waiver-reasons';

/** Each derivation, under the DOMAIN.md rule it enforces. */
const RULES: ReadonlyArray<readonly [ruleId: string, derive: (facts: CaseFacts) => ObligationDraft[]]> = [
  ['ENG-1', contactAfterReferral],
  ['ENG-3', engagementClock],
  ['ENG-4', monthlyFsspReview],
  ['ENG-5', attemptsWhileUnreached],
  ['ENG-5', penaltyForLackOfEngagement],
  ['ENG-6', emergencySeen],
  ['ENG-7', contactResponses],
  ['EA-2', eaNote],
  ['EA-3', agencyReferralFollowUps],
  ['EA-5', assignmentFollowUps],
  ['FSSP-2', quarterlyUpdate],
  ['FSSP-4', updateBeforeExpiry],
  ['FSSP-6', mailedPlanDueBack],
  ['FSSP-6', mailedUpdateDueBack],
  ['TRK-2', familiesFirstReadiness],
  ['TRK-3', familiesFirstSupports],
  ['TRK-4', workFirstJobReadiness],
  ['WV-1', monthlyWorkVerification],
  ['SS-3', childCareRequest],
  ['TL-1', extensionStaffingScheduled],
  ['TL-1', closeOrExtendAtMonth60],
  ['TL-2', staffingFormSubmitted],
  ['TL-3', caseReviewStaffings],
  ['PEN-4', homeVisitBeforeEscalation],
  ['EXIT-1', exitDuties], // and EXIT-2
  ['EXIT-3', postTaContacts],
  ['MGT-2', fileReviewCorrections],
  ['MGT-4', complaintObligations],
];

/** The rule ids this module derives obligations for, in DOMAIN.md order (EXIT-1 and EXIT-2 share a derivation). */
export const OBLIGATION_RULE_IDS: readonly string[] = Object.freeze([
  'ENG-1', 'ENG-3', 'ENG-4', 'ENG-5', 'ENG-6', 'ENG-7', 'EA-2', 'EA-3', 'EA-5', 'FSSP-2', 'FSSP-4', 'FSSP-6', 'TRK-2', 'TRK-3', 'TRK-4',
  'PEN-4', 'TL-1', 'TL-2', 'TL-3', 'WV-1', 'SS-3', 'EXIT-1', 'EXIT-2', 'EXIT-3',
  'MGT-2',
  'MGT-4',
]);

/**
 * Whether a waiver settles an obligation of the rule: its coded reason must be one the coded list
 * allows for that rule (waiver-reasons.ts). A waiver recorded before the list existed has no code
 * and stands as it was recorded (the table is append-only; the record is not rewritten).
 */
const waiverSettles = (waiver: Waiver | undefined, ruleId: string): waiver is Waiver =>
  !!waiver && (waiver.reasonCode === null || waiverReasonApplies(waiver.reasonCode, ruleId));

/**
 * MET as soon as the meeting act happened (even late: metOn tells when); otherwise a waiver settles
 * it; otherwise it is OVERDUE once today is past the due date, and OPEN until then.
 */
function withStatus(draft: ObligationDraft, waiver: Waiver | undefined, today: PlainDate): Obligation {
  const { key, ruleId, description, dueDate, met } = draft;
  const base = { key, ruleId, description, dueDate, metBy: null, metOn: null, waiverReason: null, waiverReasonCode: null };
  if (met) return { ...base, status: 'MET', metBy: met.by, metOn: met.on };
  if (waiverSettles(waiver, ruleId)) return { ...base, status: 'WAIVED', waiverReason: waiver.reason, waiverReasonCode: waiver.reasonCode };
  return { ...base, status: today > dueDate ? 'OVERDUE' : 'OPEN' };
}

/**
 * Derives a case's obligations (deadlines) from its record, one per rule instance, sorted by due
 * date. Pure: `today` (an Alaska date) is passed in; instants are read as Alaska dates and business
 * days come from `calendar`. Unmet duties that would fall due after TA closed are dropped (the case
 * is no longer open for them), except the exit duties and WV-1's verification of the last months.
 *
 * @example
 * // context from initialTransition(caseLifecycleMachine, { referralDate: '2026-11-06', ... }) (a Friday)
 * const [eng1] = deriveObligations(
 *   { caseId, context, state: 'open.compliance.compliant, open.exemption.notExempt, open.phase.referral.awaitingContact, open.timeLimit.withinLimit', history, notes: [], waivers: [] },
 *   '2026-11-06', new AlaskaCalendar());
 * // eng1: { key: 'ENG-1', ruleId: 'ENG-1', dueDate: '2026-11-09', status: 'OPEN', metBy: null, ... }
 */
export function deriveObligations(record: CaseRecord, today: PlainDate, calendar: AlaskaCalendar): Obligation[] {
  const facts = caseFacts(record, today, calendar);
  const waivers = waiversByKey(record);
  const closedOn = facts.context.exit?.closedOn ?? null;
  const mootAfterClosure = (d: ObligationDraft) => closedOn !== null && !d.met && !d.outlivesClosure && d.dueDate > closedOn;
  return RULES.flatMap(([, derive]) => derive(facts))
    .filter((draft) => !mootAfterClosure(draft))
    .map((draft) => withStatus(draft, waivers.get(draft.key), today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key.localeCompare(b.key)));
}
