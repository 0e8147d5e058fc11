import { alaskaDateOf, type PlainDate } from '../dates';
import type { RecordViolation } from '../assessment/assessment-rules';

export const CONTACT_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];
export const CONTACT_CHANNELS = ['PHONE', 'EMAIL', 'TEXT', 'IN_PERSON', 'LETTER', 'FAX'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_PARTIES = ['CLIENT', 'PARTNER', 'OTHER'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];
export const VISIT_KINDS = ['HOME', 'COMMUNITY', 'VILLAGE'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];
/** ENG-8: why a visit was made (to know the family, engage it, evaluate needs, resolve penalties). */
export const VISIT_PURPOSES = ['KNOW_THE_FAMILY', 'ENGAGEMENT', 'NEEDS_EVALUATION', 'PENALTY_RESOLUTION', 'FSSP', 'OTHER'] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

/**
 * A logged call, e-mail or request: received on or after the case's referral and not in the
 * future (instants compared as Alaska dates for the referral, as instants for now).
 */
export function contactViolations(c: { receivedAt: Date; summary: string }, timeline: { referralDate: PlainDate; now: Date }): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (alaskaDateOf(c.receivedAt) < timeline.referralDate) {
    out.push({ field: 'receivedAt', constraint: 'notBeforeReferral', message: `receivedAt must be on or after the referral (${timeline.referralDate})` });
  }
  if (c.receivedAt > timeline.now) out.push({ field: 'receivedAt', constraint: 'notInFuture', message: 'receivedAt cannot be in the future' });
  if (c.summary.trim() === '') out.push({ field: 'summary', constraint: 'isNotEmpty', message: 'The contact is summarized' });
  return out;
}

/** ENG-7: a response follows the contact it answers (not before it), is not in the future, once. */
export function responseViolations(
  contact: { receivedAt: Date; responded: boolean }, r: { respondedAt: Date; summary: string }, now: Date,
): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (contact.responded) out.push({ field: 'contactId', constraint: 'notResponded', message: 'The contact already has its response' });
  if (r.respondedAt < contact.receivedAt) out.push({ field: 'respondedAt', constraint: 'notBeforeReceived', message: 'respondedAt must not be before the contact was received' });
  if (r.respondedAt > now) out.push({ field: 'respondedAt', constraint: 'notInFuture', message: 'respondedAt cannot be in the future' });
  if (r.summary.trim() === '') out.push({ field: 'summary', constraint: 'isNotEmpty', message: 'The response is summarized' });
  return out;
}

/** ENG-8: a visit is recorded on or after the referral, not in the future, with its outcome. */
export function visitViolations(v: { visitedOn: PlainDate; outcome: string }, timeline: { referralDate: PlainDate; today: PlainDate }): RecordViolation[] {
  const out: RecordViolation[] = [];
  if (v.visitedOn < timeline.referralDate) out.push({ field: 'visitedOn', constraint: 'notBeforeReferral', message: `visitedOn must be on or after the referral (${timeline.referralDate})` });
  if (v.visitedOn > timeline.today) out.push({ field: 'visitedOn', constraint: 'notInFuture', message: `visitedOn cannot be after today (${timeline.today})` });
  if (v.outcome.trim() === '') out.push({ field: 'outcome', constraint: 'isNotEmpty', message: 'The visit\'s outcome is recorded (ENG-8)' });
  return out;
}
