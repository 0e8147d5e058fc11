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

/**
 * PEN-4: a Penalty Resolution home visit is the visit a penalty needs before it rises, so recording
 * one records it in the chart too (RECORD_PENALTY_HOME_VISIT, with the child-safety determination)
 * in the same transaction: one act, one record. Any other visit is a record only (ENG-8), and a
 * child-safety determination belongs to that one visit alone.
 *
 * @example
 * penaltyVisitEvent({ kind: 'HOME', purpose: 'PENALTY_RESOLUTION', visitedOn: '2027-03-02', childSafetyDetermined: true }, 'v-1')
 * // { event: { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2027-03-02', childSafetyDetermined: true, visitId: 'v-1' }, violations: [] }
 */
export function penaltyVisitEvent(
  v: { kind: VisitKind; purpose: VisitPurpose; visitedOn: PlainDate; childSafetyDetermined?: boolean | null }, visitId: string,
): { event: { type: 'RECORD_PENALTY_HOME_VISIT'; visitedOn: PlainDate; childSafetyDetermined: boolean; visitId: string } | null; violations: RecordViolation[] } {
  const penaltyHomeVisit = v.kind === 'HOME' && v.purpose === 'PENALTY_RESOLUTION';
  const given = v.childSafetyDetermined !== undefined && v.childSafetyDetermined !== null;
  if (!penaltyHomeVisit) {
    return given
      ? { event: null, violations: [{ field: 'childSafetyDetermined', constraint: 'onlyForPenaltyResolutionHomeVisit', message: 'childSafetyDetermined is recorded only with a Penalty Resolution home visit (PEN-4)' }] }
      : { event: null, violations: [] };
  }
  if (!given) return { event: null, violations: [{ field: 'childSafetyDetermined', constraint: 'isDefined', message: 'A Penalty Resolution home visit records whether child safety was determined (PEN-4)' }] };
  return { event: { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: v.visitedOn, childSafetyDetermined: v.childSafetyDetermined!, visitId }, violations: [] };
}

/**
 * PEN-4: a visit that also records the chart's home visit is a lifecycle event, so it names the case
 * version the case manager saw, as every lifecycle mutation must (CaseEventInput): without it a
 * change made meanwhile (good cause found, the penalty cured) would go unnoticed.
 *
 * @example
 * chartVersionViolations(true, null) // [{ field: 'expectedVersion', constraint: 'isDefined', ... }]
 * chartVersionViolations(false, null) // []
 */
export function chartVersionViolations(recordsChartEvent: boolean, expectedVersion: number | null | undefined): RecordViolation[] {
  if (!recordsChartEvent || (expectedVersion !== null && expectedVersion !== undefined)) return [];
  return [{ field: 'expectedVersion', constraint: 'isDefined', message: 'A Penalty Resolution home visit also records the chart\'s home visit: send the case version you saw (Case.version, PEN-4)' }];
}
