import { centsOf, contractViolations, outreachViolations, reimbursementViolations } from '../../../src/employers/employer-rules';

const constraints = (vs: Array<{ constraint: string }>) => vs.map((v) => v.constraint);

describe('employer rules (SITE-2, SITE-3)', () => {
  it('SITE-2: dollars become exact cents, never rounded', () => {
    expect(centsOf(1250.5)).toBe(125050);
    expect(centsOf(12)).toBe(1200);
    expect(centsOf(0.005)).toBeNull();
    expect(centsOf(-1)).toBeNull();
  });

  it('SITE-2: a contract is submitted between the referral and today, with a wage, a cap and a rate of 1-100%', () => {
    const timeline = { referralDate: '2026-10-01', today: '2026-11-02' };
    expect(contractViolations({ startsOn: '2026-11-09', submittedOn: '2026-11-02', wageCents: 1800, capCents: 300000, reimbursementPercent: 50 }, timeline)).toEqual([]);
    expect(constraints(contractViolations({ startsOn: '2026-09-01', submittedOn: '2026-11-03', wageCents: null, capCents: 0, reimbursementPercent: 101 }, timeline)))
      .toEqual(['notInFuture', 'notBeforeReferral', 'isMoney', 'isMoney', 'isPercent']);
  });

  it('SITE-2: reimbursements together never exceed the cap (withinCap)', () => {
    const contract = { startsOn: '2026-10-01', capCents: 100000 };
    const claim = { periodStart: '2026-10-01', periodEnd: '2026-10-31', amountCents: 40000, paidOn: null };
    expect(reimbursementViolations(claim, contract, 60000, '2026-11-02')).toEqual([]);
    expect(constraints(reimbursementViolations({ ...claim, amountCents: 40001 }, contract, 60000, '2026-11-02'))).toEqual(['withinCap']);
    expect(constraints(reimbursementViolations({ periodStart: '2026-09-30', periodEnd: '2026-09-29', amountCents: 1, paidOn: '2026-09-01' }, contract, 0, '2026-11-02')))
      .toEqual(['notBeforePeriodStart', 'notBeforeContract', 'notBeforePeriodEnd']);
    expect(constraints(reimbursementViolations({ ...claim, periodEnd: '2026-11-03', paidOn: '2026-11-04' }, contract, 0, '2026-11-02'))).toEqual(['notInFuture', 'notInFuture']);
  });

  it('SITE-3: outreach names an employer or an organization, not both, on a day not in the future', () => {
    expect(outreachViolations({ employerId: 'e', organizationName: null, heldOn: '2026-11-02' }, '2026-11-02')).toEqual([]);
    expect(outreachViolations({ employerId: null, organizationName: 'Chamber', heldOn: '2026-11-02' }, '2026-11-02')).toEqual([]);
    expect(constraints(outreachViolations({ employerId: 'e', organizationName: 'Chamber', heldOn: '2026-11-03' }, '2026-11-02'))).toEqual(['employerOrOrganization', 'notInFuture']);
    expect(constraints(outreachViolations({ employerId: null, organizationName: '  ', heldOn: '2026-11-02' }, '2026-11-02'))).toEqual(['employerOrOrganization']);
  });
});
