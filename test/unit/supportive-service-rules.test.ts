import {
  approvalReasons, authorizationViolations, caseOpenViolation, draftViolations, supportiveServiceStatus, type AuthorizationFacts, type SupportiveServiceDraft,
} from '../../src/supportive-services/supportive-service-rules';

const draft: SupportiveServiceDraft = {
  type: 'TRANSPORTATION', nonTypical: false, amountCents: 180000, vendor: 'Bethel Transit', serviceFrom: '2026-11-02', serviceTo: '2026-11-30', justification: 'Bus pass',
};
const timeline = { referralDate: '2026-10-26', today: '2026-11-02' };
const note = (change: Partial<NonNullable<AuthorizationFacts['note']>> = {}) => ({
  caseId: 'case-1', subject: 'SUPPORTIVE_SERVICE_JUSTIFICATION', enteredOn: '2026-11-02', enteredAt: new Date('2026-11-02T21:00:00Z'),
  sections: [{ heading: 'Service and amount', text: 'Bus pass $1,800' }, { heading: 'Justification', text: 'Reach interviews' }, { heading: 'Approval', text: 'Approved by the supervisor' }],
  ...change,
});
const facts = (change: Partial<AuthorizationFacts> = {}): AuthorizationFacts => ({
  service: { ...draft, caseId: 'case-1' }, alreadyAuthorized: false, approval: 'APPROVED', approvalDecidedAt: new Date('2026-11-02T20:00:00Z'), note: note(), noteJustifies: null,
  childCareAuthorized: false, today: '2026-11-02', ...change,
});
const constraints = (f: AuthorizationFacts) => authorizationViolations(f).map((v) => v.constraint);

describe('supportive service rules (SS-1, SS-2, SS-3)', () => {
  it('SS-2: over $1,500 needs approval, exactly $1,500.00 does not; non-typical and OTHER always do', () => {
    expect(approvalReasons({ ...draft, amountCents: 150001 })).toEqual(['OVER_1500']);
    expect(approvalReasons({ ...draft, amountCents: 150000 })).toEqual([]);
    expect(approvalReasons({ ...draft, amountCents: 100, nonTypical: true })).toEqual(['NON_TYPICAL']);
    expect(approvalReasons({ ...draft, amountCents: 100, type: 'OTHER' })).toEqual(['NON_TYPICAL']);
    expect(approvalReasons({ ...draft, amountCents: 200000, type: 'OTHER', nonTypical: true })).toEqual(['OVER_1500', 'NON_TYPICAL']);
  });

  it('SS-2: authorizing without an APPROVED request is refused, whatever the request\'s state', () => {
    for (const approval of [null, 'PENDING', 'DENIED', 'WITHDRAWN'] as const) expect(constraints(facts({ approval }))).toEqual(['supervisorApprovalRequired']);
    expect(constraints(facts())).toEqual([]);
    expect(constraints(facts({ approval: null, service: { ...draft, amountCents: 150000, caseId: 'case-1' } }))).toEqual([]);
  });

  it('SS-1: the same-day Supportive Service Justification CLNO of the case, with its justification (and SS-2\'s approval documented)', () => {
    expect(constraints(facts({ note: note({ enteredOn: '2026-11-01' }) }))).toEqual(['sameDay']);
    expect(constraints(facts({ note: note({ subject: 'CONTACT' }) }))).toEqual(['justificationNote']);
    expect(constraints(facts({ note: note({ caseId: 'case-2' }) }))).toEqual(['noteOfCase']);
    expect(constraints(facts({ note: null }))).toEqual(['noteOfCase']);
    expect(constraints(facts({ note: note({ sections: [{ heading: 'Justification', text: ' ' }, { heading: 'Approval', text: 'ok' }] }) }))).toEqual(['fullJustification']);
    expect(constraints(facts({ note: note({ sections: [{ heading: 'Justification', text: 'Need' }, { heading: 'Approval', text: '' }] }) }))).toEqual(['approvalDocumented']);
  });

  it('SS-1, SS-2: the CLNO that documents the approval is entered once it was given, never before (the same instant is after)', () => {
    expect(constraints(facts({ note: note({ enteredAt: new Date('2026-11-02T19:59:59.999Z') }) }))).toEqual(['notBeforeApproval']);
    expect(constraints(facts({ note: note({ enteredAt: new Date('2026-11-02T20:00:00Z') }) }))).toEqual([]);
    // A service that needs no approval has no approval for its CLNO to follow.
    expect(constraints(facts({ approval: null, approvalDecidedAt: null, service: { ...draft, amountCents: 4500, caseId: 'case-1' }, note: note({ enteredAt: new Date('2026-11-02T16:00:00Z') }) }))).toEqual([]);
  });

  it('SS-1, NOTE-1: a CLNO that already justifies another service\'s authorization does not justify this one', () => {
    expect(constraints(facts({ noteJustifies: 'service-2' }))).toEqual(['noteOfThisService']);
  });

  it('a closed case takes no new service, approval request or authorization; a case in exit or Post-TA still does (EXIT-3)', () => {
    expect(caseOpenViolation('CLOSED')).toMatchObject({ field: 'caseId', constraint: 'caseOpen' });
    for (const phase of ['REFERRAL', 'PARTICIPATING', 'EXIT', 'POST_TA']) expect(caseOpenViolation(phase)).toBeNull();
  });

  it('SS-3: child care is authorized only while the case\'s child care record authorizes it; a service is authorized once', () => {
    const childCare = { ...draft, type: 'CHILD_CARE' as const, amountCents: 60000, caseId: 'case-1' };
    expect(constraints(facts({ service: childCare, approval: null }))).toEqual(['childCareAuthorized']);
    expect(constraints(facts({ service: childCare, approval: null, childCareAuthorized: true }))).toEqual([]);
    expect(constraints(facts({ alreadyAuthorized: true }))).toEqual(['notYetAuthorized']);
  });

  it('a draft: whole cents above zero, a vendor, a justification, dates in order from the referral, OTHER non-typical', () => {
    expect(draftViolations(draft, timeline)).toEqual([]);
    const of = (change: Partial<SupportiveServiceDraft>) => draftViolations({ ...draft, ...change }, timeline).map((v) => v.constraint);
    expect(of({ amountCents: 0 })).toEqual(['isPositiveCents']);
    expect(of({ amountCents: 12.5 })).toEqual(['isPositiveCents']);
    expect(of({ vendor: ' ' })).toEqual(['isNotEmpty']);
    expect(of({ type: 'OTHER' })).toEqual(['otherIsNonTypical']);
    expect(of({ serviceFrom: '2026-10-25' })).toEqual(['notBeforeReferral']);
    expect(of({ serviceTo: '2026-11-01' })).toEqual(['notBeforeServiceFrom']);
    expect(of({ serviceTo: '2027-12-01' })).toEqual(['atMostAYear']);
    expect(of({ serviceFrom: '2027-12-01', serviceTo: '2027-12-02' })).toEqual(['notTooFarAhead']);
  });

  it('the status follows the authorization, then the latest request', () => {
    expect([supportiveServiceStatus(false, null), supportiveServiceStatus(false, 'PENDING'), supportiveServiceStatus(false, 'APPROVED'),
      supportiveServiceStatus(false, 'DENIED'), supportiveServiceStatus(false, 'WITHDRAWN'), supportiveServiceStatus(true, 'APPROVED')])
      .toEqual(['DRAFT', 'APPROVAL_PENDING', 'APPROVED', 'APPROVAL_DENIED', 'DRAFT', 'AUTHORIZED']);
  });
});
