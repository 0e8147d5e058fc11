import { addDays, type PlainDate } from '../dates';
import type { InvalidInput } from '../errors';
import { pastDateViolations, type CaseTimeline } from '../families-first/families-first-rules';
import type { ExtensionCriterion, ParentExtensionCriteria } from '../machines/case-lifecycle.types';

/** TL-2: a partner agency invited to the extension staffing, and its input given in advance. */
export interface PartnerInput { agency: string; invitedOn: PlainDate; inputReceivedOn: PlainDate | null; input: string | null }

/** TL-2: what the extension staffing form holds. */
export interface StaffingForm {
  staffingOn: PlainDate;
  submittedOn: PlainDate;
  completedWithClient: boolean;
  criteria: ParentExtensionCriteria[];
  ta10On: PlainDate | null;
  partnerInput: PartnerInput[];
}

/** The criteria that rest on a TA10 (medical statement): the form then carries an updated TA10. */
const NEEDS_TA10: ReadonlySet<ExtensionCriterion> = new Set<ExtensionCriterion>(['MEDICAL_INABILITY_TA10']);

/** How recent a TA10 must be to count as "updated" for the staffing (TL-2): within 90 days before it. */
export const TA10_CURRENT_DAYS = 90;

/**
 * TL-2: the staffing form. It answers the scheduled staffing (the chart's extension.staffingOn),
 * is completed with the client, reaches the supervisor on a past day on or after the referral
 * (the 1-week lead time is TL-2's obligation, not a refusal: a late form still goes in); each
 * parent is named once (null: the client; others: the family's second parents) and meets at
 * least one criterion; a TA10-based criterion needs an updated TA10 (not after the submission,
 * at most 90 days before the staffing); each partner agency is named and invited before the form goes in,
 * and its input, when received, comes after the invitation and before the submission.
 */
export function staffingFormViolations(
  form: StaffingForm, scheduled: { staffingOn: PlainDate; decided: boolean } | null, secondParents: ReadonlySet<string>, t: CaseTimeline,
): InvalidInput[] {
  const out = pastDateViolations('submittedOn', form.submittedOn, t);
  if (!scheduled) out.push({ field: 'caseId', constraint: 'staffingScheduled', message: 'Schedule the extension staffing before its form (TL-1)' });
  else if (scheduled.staffingOn !== form.staffingOn) {
    out.push({ field: 'staffingOn', constraint: 'scheduledStaffing', message: `The form answers the staffing scheduled on ${scheduled.staffingOn}` });
  } else if (scheduled.decided) out.push({ field: 'staffingOn', constraint: 'staffingDecided', message: 'The staffing is decided; its form cannot change (TL-2)' });
  if (form.submittedOn > form.staffingOn) out.push({ field: 'submittedOn', constraint: 'beforeStaffing', message: 'The form goes to the supervisor before the staffing (TL-2)' });
  if (!form.completedWithClient) out.push({ field: 'completedWithClient', constraint: 'isTrue', message: 'The staffing form is completed with the client (TL-2)' });
  const seen = new Set<string | null>();
  form.criteria.forEach((p, i) => {
    const who = p.householdMemberId ?? null;
    if (seen.has(who)) out.push({ field: `criteria.${i}.householdMemberId`, constraint: 'oncePerParent', message: 'Each parent is named once' });
    seen.add(who);
    if (who !== null && !secondParents.has(who)) {
      out.push({ field: `criteria.${i}.householdMemberId`, constraint: 'secondParent', message: 'Name a SPOUSE or PARTNER household member of the client' });
    }
    if (p.criteria.length === 0) out.push({ field: `criteria.${i}.criteria`, constraint: 'arrayNotEmpty', message: 'Each parent meets at least one criterion' });
  });
  if (!seen.has(null)) out.push({ field: 'criteria', constraint: 'clientIncluded', message: 'The form gives the client\'s criteria' });
  const ta10Needed = form.criteria.some((p) => p.criteria.some((c) => NEEDS_TA10.has(c)));
  if (ta10Needed && form.ta10On === null) out.push({ field: 'ta10On', constraint: 'requiredForTa10Criterion', message: 'An updated TA10 is attached for MEDICAL_INABILITY_TA10 (TL-2)' });
  if (form.ta10On !== null) {
    if (form.ta10On > form.submittedOn) out.push({ field: 'ta10On', constraint: 'notAfterSubmitted', message: 'The TA10 is dated on or before the form' });
    if (form.ta10On < addDays(form.staffingOn, -TA10_CURRENT_DAYS)) {
      out.push({ field: 'ta10On', constraint: 'updated', message: `An updated TA10 is dated within ${TA10_CURRENT_DAYS} days before the staffing (TL-2)` });
    }
  }
  form.partnerInput.forEach((p, i) => {
    if (!p.agency.trim()) out.push({ field: `partnerInput.${i}.agency`, constraint: 'isNotEmpty', message: 'The partner agency invited is named (TL-2)' });
    if (p.invitedOn > form.submittedOn) out.push({ field: `partnerInput.${i}.invitedOn`, constraint: 'inAdvance', message: 'Partner agencies are invited before the form goes in (TL-2)' });
    if (p.invitedOn < t.referralDate) out.push({ field: `partnerInput.${i}.invitedOn`, constraint: 'notBeforeReferral', message: `invitedOn must be on or after the referral (${t.referralDate})` });
    if ((p.inputReceivedOn === null) !== (p.input === null || !p.input.trim())) {
      out.push({ field: `partnerInput.${i}.input`, constraint: 'withReceivedOn', message: 'Input received has its day and its text, or neither' });
    }
    if (p.inputReceivedOn !== null && (p.inputReceivedOn < p.invitedOn || p.inputReceivedOn > form.submittedOn)) {
      out.push({ field: `partnerInput.${i}.inputReceivedOn`, constraint: 'betweenInvitationAndForm', message: 'Input is received after the invitation and before the form goes in' });
    }
  });
  return out;
}

/** TL-3: a case review staffing held. */
export interface CaseReviewStaffing { heldOn: PlainDate; progression: string; regression: string; discrepancies: string; nextStaffingOn: PlainDate | null }

/**
 * TL-3: a case review staffing, held on a past day on or after the referral (and not before the
 * previous one), documents progression, regression and the discrepancies between the client's
 * self-report and the CM's assessment ("none" is an answer, empty is not); the next staffing is
 * after this one.
 */
export function reviewStaffingViolations(s: CaseReviewStaffing, previous: { heldOn: PlainDate } | null, t: CaseTimeline): InvalidInput[] {
  const out = pastDateViolations('heldOn', s.heldOn, t, previous ? { day: previous.heldOn, what: 'the previous staffing' } : undefined);
  for (const field of ['progression', 'regression', 'discrepancies'] as const) {
    if (!s[field].trim()) out.push({ field, constraint: 'isNotEmpty', message: `The staffing documents ${field} (TL-3); write "none" when there is none` });
  }
  if (s.nextStaffingOn !== null && s.nextStaffingOn <= s.heldOn) {
    out.push({ field: 'nextStaffingOn', constraint: 'afterHeld', message: 'The next staffing is after this one' });
  }
  return out;
}
