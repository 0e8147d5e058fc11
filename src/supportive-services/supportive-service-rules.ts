import { addDays, type PlainDate } from '../dates';
import type { InvalidInput } from '../errors';
import type { ApprovalStatus } from '../approvals/approval-rules';

/**
 * Supportive services by type, from the self-sufficiency model's "Supportive/Transition Services"
 * (shared/policy: transportation, child care, health care including mental and dental, work
 * clothing and tools). OTHER is any service outside the list: always non-typical (SS-2).
 */
export const SUPPORTIVE_SERVICE_TYPES = {
  TRANSPORTATION: 'Transportation: bus passes, fuel, vehicle repair to reach work or an activity',
  WORK_CLOTHING: 'Work clothing, uniforms and boots',
  TOOLS: 'Tools and equipment a job or training requires',
  CHILD_CARE: 'Child care (SS-3): the case\'s child care authorization must be on record (recordChildCareAuthorization)',
  HEALTH_CARE: 'Health care including mental and dental, when it stands between the client and work',
  EDUCATION_AND_TRAINING: 'Fees, books and supplies of an education or training activity',
  OTHER: 'A service outside the typical list: always non-typical, so it needs supervisor approval (SS-2)',
} as const;
export type SupportiveServiceType = keyof typeof SUPPORTIVE_SERVICE_TYPES;
export const SUPPORTIVE_SERVICE_TYPE_NAMES = Object.keys(SUPPORTIVE_SERVICE_TYPES) as SupportiveServiceType[];

/** SS-2: supervisor approval for "any service over $1,500": exactly $1,500.00 (150000 cents) needs none. */
export const SS2_THRESHOLD_CENTS = 150_000;

/** How far ahead a service may be planned, and how long one authorization may run. */
export const MAX_DAYS_AHEAD = 366;
export const MAX_SERVICE_DAYS = 366;

/** Why a service needs a supervisor's approval (SS-2). */
export const SS2_REASONS = ['OVER_1500', 'NON_TYPICAL'] as const;
export type Ss2Reason = (typeof SS2_REASONS)[number];

export interface SupportiveServiceDraft {
  type: SupportiveServiceType;
  nonTypical: boolean;
  amountCents: number;
  vendor: string;
  serviceFrom: PlainDate;
  serviceTo: PlainDate;
  justification: string;
}

/**
 * SS-2: why this service needs an approved request before it is authorized; empty when it needs
 * none. Over $1,500 (strictly), and every non-typical, non-routine service (OTHER always is).
 *
 * @example
 * approvalReasons({ type: 'TRANSPORTATION', nonTypical: false, amountCents: 180000 }) // ['OVER_1500']
 * approvalReasons({ type: 'TOOLS', nonTypical: false, amountCents: 150000 }) // []
 */
export function approvalReasons(s: Pick<SupportiveServiceDraft, 'type' | 'nonTypical' | 'amountCents'>): Ss2Reason[] {
  const out: Ss2Reason[] = [];
  if (s.amountCents > SS2_THRESHOLD_CENTS) out.push('OVER_1500');
  if (s.nonTypical || s.type === 'OTHER') out.push('NON_TYPICAL');
  return out;
}

/**
 * A supportive service as the CM drafts it (SS-1, SS-2): an amount in whole cents above zero, a
 * vendor, service dates (to on or after from, from not before the case's referral nor more than a
 * year ahead, at most a year long), and the justification; OTHER is marked non-typical.
 */
export function draftViolations(s: SupportiveServiceDraft, t: { referralDate: PlainDate; today: PlainDate }): InvalidInput[] {
  const out: InvalidInput[] = [];
  if (!Number.isSafeInteger(s.amountCents) || s.amountCents <= 0) out.push({ field: 'amountCents', constraint: 'isPositiveCents', message: 'amountCents is a whole number of cents above zero' });
  if (!s.vendor.trim()) out.push({ field: 'vendor', constraint: 'isNotEmpty', message: 'The vendor is named' });
  if (!s.justification.trim()) out.push({ field: 'justification', constraint: 'isNotEmpty', message: 'The service is justified (SS-1)' });
  if (s.type === 'OTHER' && !s.nonTypical) out.push({ field: 'nonTypical', constraint: 'otherIsNonTypical', message: 'A service of type OTHER is non-typical (SS-2)' });
  if (s.serviceFrom < t.referralDate) out.push({ field: 'serviceFrom', constraint: 'notBeforeReferral', message: `serviceFrom must be on or after the case's referral (${t.referralDate})` });
  if (s.serviceFrom > addDays(t.today, MAX_DAYS_AHEAD)) out.push({ field: 'serviceFrom', constraint: 'notTooFarAhead', message: `serviceFrom is at most ${MAX_DAYS_AHEAD} days ahead` });
  if (s.serviceTo < s.serviceFrom) out.push({ field: 'serviceTo', constraint: 'notBeforeServiceFrom', message: 'serviceTo must be on or after serviceFrom' });
  else if (s.serviceTo > addDays(s.serviceFrom, MAX_SERVICE_DAYS)) out.push({ field: 'serviceTo', constraint: 'atMostAYear', message: `One authorization covers at most ${MAX_SERVICE_DAYS} days` });
  return out;
}

/** The CLNO an authorization names, as the rule reads it (NOTE-1 headings of SUPPORTIVE_SERVICE_JUSTIFICATION). */
export interface JustificationNote { caseId: string; subject: string; enteredOn: PlainDate; enteredAt: Date; sections: Array<{ heading: string; text: string }> }

/**
 * A closed case (phase CLOSED: TA and Post-TA over) takes no new supportive service, approval
 * request or authorization: the client is referred again first. TA closing alone does not stop
 * them (EXIT-3: Post-TA job retention services go on).
 */
export function caseOpenViolation(phase: string): InvalidInput | null {
  return phase === 'CLOSED' ? { field: 'caseId', constraint: 'caseOpen', message: 'The case is closed: refer the client again first' } : null;
}

export interface AuthorizationFacts {
  service: Pick<SupportiveServiceDraft, 'type' | 'nonTypical' | 'amountCents'> & { caseId: string };
  alreadyAuthorized: boolean;
  /** The status of the service's latest approval request; null when none was made. */
  approval: ApprovalStatus | null;
  /** When that request was decided; null while undecided or when none was made. */
  approvalDecidedAt: Date | null;
  note: JustificationNote | null;
  /** The other supportive service whose authorization already names this CLNO; null when none does. */
  noteJustifies: string | null;
  childCareAuthorized: boolean;
  today: PlainDate;
}

const sectionText = (note: JustificationNote, heading: string) => note.sections.find((s) => s.heading === heading)?.text.trim() ?? '';

/**
 * Authorizing a supportive service:
 * - SS-2: one that needs approval (over $1,500, non-typical) has an APPROVED request first, and
 *   its CLNO's "Approval" heading documents that approval, so the CLNO is entered once it was given;
 * - SS-1: the full justification in a Supportive Service Justification CLNO of this case entered
 *   the same Alaska day as the authorization, its "Justification" heading filled in;
 * - SS-3: child care is authorized on the case's child care record first (recordChildCareAuthorization);
 * - SS-1, NOTE-1: the CLNO justifies one service (its "Service and amount" heading names one), so a
 *   CLNO another authorization names is not this one's justification;
 * - once: an authorized service is never authorized again.
 */
export function authorizationViolations(f: AuthorizationFacts): InvalidInput[] {
  const out: InvalidInput[] = [];
  if (f.alreadyAuthorized) out.push({ field: 'supportiveServiceId', constraint: 'notYetAuthorized', message: 'The supportive service is already authorized' });
  const needs = approvalReasons(f.service);
  if (needs.length && f.approval !== 'APPROVED') {
    const why = needs.map((r) => (r === 'OVER_1500' ? 'over $1,500' : 'non-typical')).join(' and ');
    const state = f.approval === null ? 'no approval was requested' : `its approval request is ${f.approval}`;
    out.push({ field: 'supportiveServiceId', constraint: 'supervisorApprovalRequired', message: `A service ${why} needs a supervisor's approval before it is authorized (SS-2); ${state}` });
  }
  if (f.service.type === 'CHILD_CARE' && !f.childCareAuthorized) {
    out.push({ field: 'supportiveServiceId', constraint: 'childCareAuthorized', message: 'Record the case\'s child care authorization first (recordChildCareAuthorization, SS-3)' });
  }
  const note = f.note;
  if (!note || note.caseId !== f.service.caseId) out.push({ field: 'clientNoteId', constraint: 'noteOfCase', message: 'clientNoteId must name a client note of this case' });
  else if (note.subject !== 'SUPPORTIVE_SERVICE_JUSTIFICATION') {
    out.push({ field: 'clientNoteId', constraint: 'justificationNote', message: 'clientNoteId must be a Supportive Service Justification client note (SS-1, NOTE-1)' });
  } else {
    if (note.enteredOn !== f.today) out.push({ field: 'clientNoteId', constraint: 'sameDay', message: `The justification CLNO is entered the same day as the authorization (${f.today}, SS-1); this one was entered ${note.enteredOn}` });
    if (f.noteJustifies !== null) {
      out.push({ field: 'clientNoteId', constraint: 'noteOfThisService', message: `The CLNO already justifies the authorization of supportive service ${f.noteJustifies}: each service has its own justification CLNO (SS-1, NOTE-1)` });
    }
    if (!sectionText(note, 'Justification')) out.push({ field: 'clientNoteId', constraint: 'fullJustification', message: 'The CLNO gives the full justification under its Justification heading (SS-1)' });
    if (needs.length && !sectionText(note, 'Approval')) out.push({ field: 'clientNoteId', constraint: 'approvalDocumented', message: 'The CLNO documents the supervisor\'s approval under its Approval heading (SS-2)' });
    else if (needs.length && f.approval === 'APPROVED' && f.approvalDecidedAt && note.enteredAt.getTime() < f.approvalDecidedAt.getTime()) {
      out.push({
        field: 'clientNoteId', constraint: 'notBeforeApproval',
        message: `The CLNO documents the supervisor's approval, so it is entered after it was given (${f.approvalDecidedAt.toISOString()}, SS-2); this one was entered before it (${note.enteredAt.toISOString()})`,
      });
    }
  }
  return out;
}

/** Where a supportive service stands, from its authorization and its latest approval request. */
export const SUPPORTIVE_SERVICE_STATUSES = ['DRAFT', 'APPROVAL_PENDING', 'APPROVED', 'APPROVAL_DENIED', 'AUTHORIZED'] as const;
export type SupportiveServiceStatus = (typeof SUPPORTIVE_SERVICE_STATUSES)[number];

/**
 * @example
 * supportiveServiceStatus(false, 'PENDING') // 'APPROVAL_PENDING'
 * supportiveServiceStatus(false, 'WITHDRAWN') // 'DRAFT'
 */
export function supportiveServiceStatus(authorized: boolean, approval: ApprovalStatus | null): SupportiveServiceStatus {
  if (authorized) return 'AUTHORIZED';
  if (approval === 'PENDING') return 'APPROVAL_PENDING';
  if (approval === 'APPROVED') return 'APPROVED';
  if (approval === 'DENIED') return 'APPROVAL_DENIED';
  return 'DRAFT';
}
