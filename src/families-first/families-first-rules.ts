import type { PlainDate } from '../dates';
import type { InvalidInput } from '../errors';

/**
 * Families First records (TRK-2, TRK-3, TRK-6, TRK-7), pure: dates arrive as Alaska dates, `today`
 * from the injected clock, the case's referral date from its row.
 */
export const FAMILIES_FIRST_DOCUMENT_KINDS = ['FAMILY_NETWORK', 'SUPPORT_TEAM', 'WEEKLY_CALENDAR'] as const;
export type FamiliesFirstDocumentKind = (typeof FAMILIES_FIRST_DOCUMENT_KINDS)[number];
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const VERIFIERS = ['TA10', 'PHYSICIAN'] as const;
export type Verifier = (typeof VERIFIERS)[number];
export const READINESS_DECISIONS = ['READY_FOR_WORK_FIRST', 'NOT_READY'] as const;
export type ReadinessDecision = (typeof READINESS_DECISIONS)[number];

/** TRK-3: one person of the Family Network. */
export interface NetworkMember { name: string; relationshipToFamily: string; supportProvided: string; contact: string | null }
/** TRK-3: one member of the Family Support Team and the agency they come from (null: the family's own). */
export interface SupportTeamMember { name: string; agency: string | null; roleOnTeam: string; contact: string | null }
/** TRK-3: one routine of the Weekly Calendar of Routines. */
export interface RoutineEntry { weekday: Weekday; time: string; routine: string }

/** A version's content, by kind. */
export type FamiliesFirstContent =
  | { kind: 'FAMILY_NETWORK'; members: NetworkMember[] }
  | { kind: 'SUPPORT_TEAM'; members: SupportTeamMember[] }
  | { kind: 'WEEKLY_CALENDAR'; routines: RoutineEntry[] };

export interface CaseTimeline { referralDate: PlainDate; today: PlainDate }

/** A day the record documents: on or after the referral (or `notBefore`), not after today. */
export function pastDateViolations(field: string, day: PlainDate, t: CaseTimeline, notBefore?: { day: PlainDate; what: string }): InvalidInput[] {
  const out: InvalidInput[] = [];
  if (day < t.referralDate) out.push({ field, constraint: 'notBeforeReferral', message: `${field} must be on or after the referral (${t.referralDate})` });
  if (notBefore && day < notBefore.day) out.push({ field, constraint: 'notBeforeEarlier', message: `${field} must be on or after ${notBefore.what} (${notBefore.day})` });
  if (day > t.today) out.push({ field, constraint: 'notInFuture', message: `${field} cannot be after today (${t.today})` });
  return out;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A text a version lists (a member's name, a routine) that is blank once trimmed: it would be stored empty. */
const blank = (field: string): InvalidInput => ({ field, constraint: 'isNotEmpty', message: `${field} cannot be blank` });

/**
 * TRK-3: a Families First document version. Its effective day is a past day on or after the
 * referral, and on or after the version it updates; an update says what changed; it lists at
 * least one member (or routine); a routine's time is HH:MM (24 hours).
 */
export function documentViolations(
  content: FamiliesFirstContent, effectiveOn: PlainDate, changeSummary: string | null, previous: { effectiveOn: PlainDate } | null, t: CaseTimeline,
): InvalidInput[] {
  const out = pastDateViolations('effectiveOn', effectiveOn, t, previous ? { day: previous.effectiveOn, what: 'the version it updates' } : undefined);
  if (previous && !changeSummary?.trim()) out.push({ field: 'changeSummary', constraint: 'requiredForUpdate', message: 'An update says what changed (TRK-3)' });
  const entries = content.kind === 'WEEKLY_CALENDAR' ? content.routines : content.members;
  if (entries.length === 0) {
    const field = content.kind === 'WEEKLY_CALENDAR' ? 'routines' : 'members';
    out.push({ field, constraint: 'arrayNotEmpty', message: `A ${content.kind} version lists at least one entry (TRK-3)` });
  }
  if (content.kind === 'WEEKLY_CALENDAR') {
    content.routines.forEach((r, i) => {
      if (!TIME.test(r.time)) out.push({ field: `routines.${i}.time`, constraint: 'isTimeOfDay', message: 'A routine\'s time is HH:MM (24 hours), e.g. 07:30' });
      if (!r.routine.trim()) out.push(blank(`routines.${i}.routine`));
    });
  } else if (content.kind === 'FAMILY_NETWORK') {
    content.members.forEach((m, i) => (['name', 'relationshipToFamily', 'supportProvided'] as const).forEach((f) => { if (!m[f].trim()) out.push(blank(`members.${i}.${f}`)); }));
  } else {
    content.members.forEach((m, i) => (['name', 'roleOnTeam'] as const).forEach((f) => { if (!m[f].trim()) out.push(blank(`members.${i}.${f}`)); }));
  }
  return out;
}

/**
 * TRK-6: a Family Support Team meeting already held; when there is an emergency, the members are
 * contacted for it ("when there is an emergency, FST members are contacted"): the day, on or after
 * the referral and not after the meeting (nor today); a contact date without an emergency is refused.
 */
export function meetingViolations(m: { heldOn: PlainDate; attendees: string[]; emergency: boolean; membersContactedOn: PlainDate | null }, t: CaseTimeline): InvalidInput[] {
  const out = pastDateViolations('heldOn', m.heldOn, t);
  if (m.attendees.length === 0) out.push({ field: 'attendees', constraint: 'arrayNotEmpty', message: 'A meeting names who attended' });
  if (m.emergency && m.membersContactedOn === null) {
    out.push({ field: 'membersContactedOn', constraint: 'requiredInEmergency', message: 'In an emergency the Family Support Team members are contacted (TRK-6)' });
  }
  if (!m.emergency && m.membersContactedOn !== null) {
    out.push({ field: 'membersContactedOn', constraint: 'onlyInEmergency', message: 'membersContactedOn is recorded for an emergency only' });
  }
  if (m.membersContactedOn !== null) {
    out.push(...pastDateViolations('membersContactedOn', m.membersContactedOn, t));
    if (m.membersContactedOn > m.heldOn) {
      out.push({ field: 'membersContactedOn', constraint: 'notAfterMeeting', message: `The members are contacted for the meeting, on or before it (${m.heldOn}) (TRK-6)` });
    }
  }
  return out;
}

/**
 * TRK-7: long-term incapacity verified medically (a TA10 or a physician's statement), then the
 * referrals as appropriate: each on or after the verification and not in the future.
 */
export function verificationViolations(
  v: { verifiedOn: PlainDate; specialistReferralOn: PlainDate | null; advocateReferralOn: PlainDate | null; ssiApplicationOn: PlainDate | null }, t: CaseTimeline,
): InvalidInput[] {
  const out = pastDateViolations('verifiedOn', v.verifiedOn, t);
  const after = { day: v.verifiedOn, what: 'the medical verification' };
  for (const field of ['specialistReferralOn', 'advocateReferralOn', 'ssiApplicationOn'] as const) {
    const day = v[field];
    if (day !== null) out.push(...pastDateViolations(field, day, t, after).filter((x) => x.constraint !== 'notBeforeReferral'));
  }
  return out;
}

/**
 * TRK-2: the monthly readiness review of a Families First case, a past day; the reason is the
 * decision's grounds. A READY decision does not change the track: the TRK-1 consultation does.
 */
export function readinessReviewViolations(r: { reviewedOn: PlainDate; reason: string }, track: string, t: CaseTimeline): InvalidInput[] {
  const out = pastDateViolations('reviewedOn', r.reviewedOn, t);
  if (track !== 'FAMILIES_FIRST') out.push({ field: 'caseId', constraint: 'familiesFirstCase', message: 'The readiness review is for a Families First case (TRK-2)' });
  if (!r.reason.trim()) out.push({ field: 'reason', constraint: 'isNotEmpty', message: 'The review gives its reason' });
  return out;
}
