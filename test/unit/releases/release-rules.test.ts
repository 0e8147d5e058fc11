import {
  coversMedicalFor, documentingNoteViolation, isCurrentOn, releaseViolations, revocationViolations, type ReleaseFacts,
} from '../../../src/releases/release-rules';
import { withoutMedicalCriteria, withoutMedicalFacts, payloadHasMedical } from '../../../src/releases/medical-facts';

const ELIGIBILITY = 'agency-eligibility';
const OTHER = 'agency-other';
const hipaa = (over: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  type: 'HIPAA', scope: ['MEDICAL'], partyAgencyIds: [ELIGIBILITY], signedOn: '2026-11-02', expiresOn: '2027-11-02', revokedOn: null, ...over,
});
const codes = (vs: Array<{ field: string; constraint: string }>) => vs.map((v) => `${v.field}:${v.constraint}`);

describe('ROI-1: a release is current from its signature until it expires or is revoked', () => {
  it.each([
    ['the day before it was signed', '2026-11-01', false],
    ['the day it was signed', '2026-11-02', true],
    ['the day before it expires', '2027-11-01', true],
    ['the day it expires (the first day it no longer holds)', '2027-11-02', false],
  ])('%s', (_what, on, current) => {
    expect(isCurrentOn(hipaa(), on)).toBe(current);
  });

  it('holds without an expiry date until revoked; a revocation holds from its own date', () => {
    const revoked = hipaa({ expiresOn: null, revokedOn: '2027-03-01' });
    expect(isCurrentOn(hipaa({ expiresOn: null }), '2099-01-01')).toBe(true);
    expect(isCurrentOn(revoked, '2027-02-28')).toBe(true);
    expect(isCurrentOn(revoked, '2027-03-01')).toBe(false);
  });
});

describe('ROI-1: medical information needs a current HIPAA release naming the agency', () => {
  const on = '2026-12-01';
  it('a current HIPAA release with MEDICAL in scope, to the agency, covers it', () => {
    expect(coversMedicalFor([hipaa()], ELIGIBILITY, on)).toBe(true);
  });

  it.each<[string, ReleaseFacts[], string | null]>([
    ['no release at all', [], ELIGIBILITY],
    ['a general release', [hipaa({ type: 'GENERAL', scope: ['CASE_STATUS'] })], ELIGIBILITY],
    ['an agency-specific release', [hipaa({ type: 'AGENCY_SPECIFIC', scope: ['CASE_STATUS'] })], ELIGIBILITY],
    ['a HIPAA release without MEDICAL in its scope', [hipaa({ scope: ['CASE_STATUS'] })], ELIGIBILITY],
    ['a HIPAA release to another agency', [hipaa({ partyAgencyIds: [OTHER] })], ELIGIBILITY],
    ['an expired HIPAA release', [hipaa({ expiresOn: '2026-12-01' })], ELIGIBILITY],
    ['a revoked HIPAA release', [hipaa({ revokedOn: '2026-11-20' })], ELIGIBILITY],
    ['a HIPAA release signed later', [hipaa({ signedOn: '2026-12-02' })], ELIGIBILITY],
    ['a PARTNER that belongs to no agency', [hipaa()], null],
  ])('%s does not', (_what, releases, agency) => {
    expect(coversMedicalFor(releases, agency, on)).toBe(false);
  });

  it('one current release among expired ones is enough', () => {
    expect(coversMedicalFor([hipaa({ revokedOn: '2026-11-03' }), hipaa({ signedOn: '2026-11-10', partyAgencyIds: [OTHER, ELIGIBILITY] })], ELIGIBILITY, on)).toBe(true);
  });
});

describe('a release as entered is checked against the case timeline', () => {
  const timeline = { referralDate: '2026-10-01', today: '2026-11-02' };
  it('accepts one signed between the referral and today, expiring after it', () => {
    expect(releaseViolations(hipaa({ signedOn: '2026-10-01' }), timeline)).toEqual([]);
    expect(releaseViolations(hipaa({ type: 'GENERAL', scope: ['CASE_STATUS', 'EMPLOYMENT_AND_ACTIVITIES'] }), timeline)).toEqual([]);
  });

  it('names every value at fault', () => {
    expect(codes(releaseViolations(hipaa({ signedOn: '2026-09-30' }), timeline))).toEqual(['signedOn:notBeforeReferral']);
    expect(codes(releaseViolations(hipaa({ signedOn: '2026-11-03', expiresOn: '2026-11-03' }), timeline))).toEqual(['signedOn:notInFuture', 'expiresOn:afterSigned']);
    expect(codes(releaseViolations(hipaa({ type: 'AGENCY_SPECIFIC' }), timeline))).toEqual(['scope:medicalNeedsHipaa']);
    expect(codes(releaseViolations(hipaa({ scope: [], partyAgencyIds: [] }), timeline))).toEqual(['scope:arrayNotEmpty', 'partyAgencyIds:arrayNotEmpty']);
  });

  it('a revocation comes on or after the signature, not after today, once', () => {
    expect(revocationViolations(hipaa(), '2026-11-02', '2026-11-02')).toEqual([]);
    expect(codes(revocationViolations(hipaa(), '2026-11-01', '2026-11-02'))).toEqual(['revokedOn:notBeforeSigned']);
    expect(codes(revocationViolations(hipaa(), '2026-11-03', '2026-11-02'))).toEqual(['revokedOn:notInFuture']);
    expect(codes(revocationViolations(hipaa({ revokedOn: '2026-11-02' }), '2026-11-02', '2026-11-02'))).toEqual(['releaseId:notRevoked']);
  });

  it('the documenting CLNO is a Release of Information note of the case, entered on or after the day it documents', () => {
    const note = { caseId: 'c1', subject: 'RELEASE_OF_INFORMATION', enteredOn: '2026-11-02' };
    expect(documentingNoteViolation(note, 'c1', '2026-11-02', 'noteId')).toBeNull();
    expect(documentingNoteViolation(note, 'c1', '2026-11-03', 'noteId')?.constraint).toBe('noteAfterDocumentedDay');
    expect(documentingNoteViolation({ ...note, subject: 'CONTACT' }, 'c1', '2026-11-02', 'noteId')?.constraint).toBe('releaseNote');
    expect(documentingNoteViolation(note, 'c2', '2026-11-02', 'noteId')?.constraint).toBe('noteOfCase');
    expect(documentingNoteViolation(null, 'c1', '2026-11-02', 'noteId')?.constraint).toBe('noteOfCase');
  });
});

describe('which facts are medical information', () => {
  it('an exemption\'s reason and documentation date; the dates of the change stay', () => {
    const payload = { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-11-02' };
    expect(payloadHasMedical('START_EXEMPTION', payload)).toBe(true);
    expect(withoutMedicalFacts('START_EXEMPTION', { ...payload, documentedOn: '2026-11-01' })).toEqual({ startedOn: '2026-11-02' });
    expect(payloadHasMedical('END_EXEMPTION', { endedOn: '2026-12-01' })).toBe(false);
    expect(payloadHasMedical('IMPOSE_PENALTY', { reason: 'x' })).toBe(false);
  });

  it('an extension\'s criteria resting on a TA10 or a disability', () => {
    expect(payloadHasMedical('DECIDE_EXTENSION', { approved: true, criteria: [] })).toBe(true);
    expect(withoutMedicalCriteria(['MEDICAL_INABILITY_TA10', 'DOMESTIC_VIOLENCE', 'CARE_OF_DISABLED_FAMILY_MEMBER', 'PARTNER_AGENCY_INPUT']))
      .toEqual(['DOMESTIC_VIOLENCE', 'PARTNER_AGENCY_INPUT']);
  });
});
