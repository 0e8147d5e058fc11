import type { PlainDate } from '../dates';

/**
 * ROI-1: "A signed release is on file before information is shared; medical information needs a
 * HIPAA release." Pure: releases arrive as rows, `on` is an Alaska date the caller took from the
 * injected clock.
 */
export const RELEASE_TYPES = ['GENERAL', 'AGENCY_SPECIFIC', 'HIPAA'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/**
 * What a release lets the parties receive. MEDICAL (exemption reasons and their TA10 or physician
 * documentation, extension criteria resting on a TA10 or a disability) needs a HIPAA release.
 */
export const RELEASE_SCOPES = ['CASE_STATUS', 'EMPLOYMENT_AND_ACTIVITIES', 'MEDICAL'] as const;
export type ReleaseScope = (typeof RELEASE_SCOPES)[number];

export interface ReleaseFacts {
  type: ReleaseType;
  scope: readonly ReleaseScope[];
  /** The agencies it releases to. */
  partyAgencyIds: readonly string[];
  signedOn: PlainDate;
  expiresOn: PlainDate | null;
  revokedOn: PlainDate | null;
}

/**
 * In force on `on`: signed by then, not yet expired (the expiry date is the first day it no
 * longer holds) and not revoked by then (a revocation holds from its date).
 *
 * @example
 * isCurrentOn({ signedOn: '2026-11-02', expiresOn: '2027-11-02', revokedOn: null, ... }, '2027-11-01') // true
 * isCurrentOn({ signedOn: '2026-11-02', expiresOn: '2027-11-02', revokedOn: null, ... }, '2027-11-02') // false
 */
export function isCurrentOn(release: ReleaseFacts, on: PlainDate): boolean {
  if (release.signedOn > on) return false;
  if (release.expiresOn !== null && release.expiresOn <= on) return false;
  return release.revokedOn === null || release.revokedOn > on;
}

/** Whether this one release lets `agencyId` receive medical information on `on`. */
export function releasesMedicalTo(release: ReleaseFacts, agencyId: string, on: PlainDate): boolean {
  return release.type === 'HIPAA' && release.scope.includes('MEDICAL') && release.partyAgencyIds.includes(agencyId) && isCurrentOn(release, on);
}

/**
 * ROI-1: medical information of a client goes to an agency only under a current HIPAA release
 * naming it, with MEDICAL in its scope. No agency (a PARTNER account that belongs to none) gets none.
 *
 * @example
 * coversMedicalFor(releases, eligibilityId, '2026-11-20') // true with a current HIPAA release to Eligibility
 */
export function coversMedicalFor(releases: readonly ReleaseFacts[], agencyId: string | null, on: PlainDate): boolean {
  return agencyId !== null && releases.some((r) => releasesMedicalTo(r, agencyId, on));
}

export interface ReleaseViolation { field: string; constraint: string; message: string }

/**
 * What is wrong with a release as entered, checked against the case's timeline: signed on or
 * after the referral and not in the future; an expiry after the signature; MEDICAL only on a
 * HIPAA release; an agency-specific or HIPAA release names its agency (every release names at
 * least one party).
 */
export function releaseViolations(release: ReleaseFacts, timeline: { referralDate: PlainDate; today: PlainDate }): ReleaseViolation[] {
  const out: ReleaseViolation[] = [];
  if (release.signedOn < timeline.referralDate) {
    out.push({ field: 'signedOn', constraint: 'notBeforeReferral', message: `signedOn must be on or after the referral (${timeline.referralDate})` });
  }
  if (release.signedOn > timeline.today) out.push({ field: 'signedOn', constraint: 'notInFuture', message: `signedOn cannot be after today (${timeline.today})` });
  if (release.expiresOn !== null && release.expiresOn <= release.signedOn) {
    out.push({ field: 'expiresOn', constraint: 'afterSigned', message: 'expiresOn must be after signedOn' });
  }
  if (release.scope.includes('MEDICAL') && release.type !== 'HIPAA') {
    out.push({ field: 'scope', constraint: 'medicalNeedsHipaa', message: 'Medical information needs a HIPAA release (ROI-1)' });
  }
  if (release.scope.length === 0) out.push({ field: 'scope', constraint: 'arrayNotEmpty', message: 'scope names what the release covers' });
  if (release.partyAgencyIds.length === 0) out.push({ field: 'partyAgencyIds', constraint: 'arrayNotEmpty', message: 'A release names the agencies it releases to' });
  return out;
}

/** What is wrong with revoking a release on `revokedOn` (not before it was signed, not in the future, once). */
export function revocationViolations(release: ReleaseFacts, revokedOn: PlainDate, today: PlainDate): ReleaseViolation[] {
  const out: ReleaseViolation[] = [];
  if (release.revokedOn !== null) out.push({ field: 'releaseId', constraint: 'notRevoked', message: `The release was already revoked on ${release.revokedOn}` });
  if (revokedOn < release.signedOn) out.push({ field: 'revokedOn', constraint: 'notBeforeSigned', message: `revokedOn must be on or after signedOn (${release.signedOn})` });
  if (revokedOn > today) out.push({ field: 'revokedOn', constraint: 'notInFuture', message: `revokedOn cannot be after today (${today})` });
  return out;
}

/**
 * A documenting CLNO: a Release of Information note of the same case, entered (Alaska date) on
 * or after the day it documents, so the note cannot predate the signature or the revocation.
 */
export function documentingNoteViolation(
  note: { caseId: string; subject: string; enteredOn: PlainDate } | null, caseId: string, documentsDay: PlainDate, field: string,
): ReleaseViolation | null {
  if (!note || note.caseId !== caseId) return { field, constraint: 'noteOfCase', message: `${field} must name a client note of this case` };
  if (note.subject !== 'RELEASE_OF_INFORMATION') {
    return { field, constraint: 'releaseNote', message: `${field} must be a Release of Information client note (NOTE-1)` };
  }
  if (note.enteredOn < documentsDay) {
    return { field, constraint: 'noteAfterDocumentedDay', message: `The Release of Information note must be entered on or after ${documentsDay}` };
  }
  return null;
}
