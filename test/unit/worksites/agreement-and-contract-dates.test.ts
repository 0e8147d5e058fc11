import { contractStartViolations, contractViolations } from '../../../src/employers/employer-rules';
import { agreementSignatureViolations, blankTextViolations, siteAgreementViolations } from '../../../src/worksites/worksite-rules';

const constraints = (v: Array<{ field: string; constraint: string }>) => v.map((x) => `${x.field}:${x.constraint}`);

/** Issue 12 review, item 3: the worksite and employer records against their own timeline. */
describe('SITE-1: a site agreement holds from its signature', () => {
  it('SITE-1: the effective period starts on or after the day it was signed ("employer site agreements ... are generated")', () => {
    expect(agreementSignatureViolations({ signedOn: '2026-11-01', effectiveFrom: '2026-11-01' })).toEqual([]);
    expect(agreementSignatureViolations({ signedOn: '2026-11-01', effectiveFrom: '2026-11-15' })).toEqual([]);
    const early = agreementSignatureViolations({ signedOn: '2026-11-01', effectiveFrom: '2026-10-31' });
    expect(constraints(early)).toEqual(['effectiveFrom:notBeforeSigned']);
    expect(early[0].message).toContain('2026-11-01');
    // The other date rules are siteAgreementViolations' own: both apply to one agreement.
    expect(constraints(siteAgreementViolations({ signedOn: '2026-11-01', effectiveFrom: '2026-10-31', effectiveTo: null }, '2026-11-02'))).toEqual([]);
  });

  it('SITE-1: a name, contact fact, signer or reason blank once trimmed is refused (it would be stored empty)', () => {
    expect(blankTextViolations({ name: 'Bethel Food Bank', phone: '907-555-0199' })).toEqual([]);
    expect(constraints(blankTextViolations({ name: ' ', address: '1 Front St', phone: '\t', contactName: '' }))).toEqual(['name:isNotEmpty', 'phone:isNotEmpty', 'contactName:isNotEmpty']);
  });
});

describe('SITE-2: an OJT or Job Start contract starts once it is submitted', () => {
  const timeline = { referralDate: '2026-10-01', today: '2026-11-02' };
  const contract = { startsOn: '2026-10-05', submittedOn: '2026-10-01', wageCents: 1850, capCents: 200000, reimbursementPercent: 50 };

  it('SITE-2: startsOn on or after submittedOn ("contracts prepared and submitted")', () => {
    expect(contractStartViolations(contract)).toEqual([]);
    expect(contractStartViolations({ ...contract, startsOn: '2026-10-01' })).toEqual([]);
    const early = contractStartViolations({ startsOn: '2026-10-04', submittedOn: '2026-10-05' });
    expect(constraints(early)).toEqual(['startsOn:notBeforeSubmitted']);
    expect(early[0].message).toContain('2026-10-05');
    expect(contractViolations({ ...contract, startsOn: '2026-10-04', submittedOn: '2026-10-05' }, timeline)).toEqual([]);
  });
});
