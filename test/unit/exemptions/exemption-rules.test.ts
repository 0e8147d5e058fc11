import { exemptAssignmentViolation } from '../../../src/activities';
import {
  caretakerMonthsUsed, documentationViolation, exemptionClaimViolation, exemptNonComplianceReason, type ExemptionClaimFacts,
} from '../../../src/exemptions/exemption-rules';

const facts = (over: Partial<ExemptionClaimFacts> = {}): ExemptionClaimFacts => ({
  startedOn: '2026-11-02', household: [{ relationship: 'CHILD', dateOfBirth: '2026-06-10' }], earlierExemptions: [], childCareAuthorized: false, ...over,
});
const caretaker = (startedOn: string, endedOn: string | null) => ({ reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn, endedOn });

describe('AS 47.27.035 caretaker of a child under 12 months', () => {
  it('is accepted for a single parent of a 4-month-old', () => {
    expect(exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts())).toBeNull();
  });

  it('is refused for a 3-year-old, naming the youngest child\'s age', () => {
    const v = exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ household: [{ relationship: 'CHILD', dateOfBirth: '2023-06-01' }] }));
    expect(v).toEqual({ field: 'reason', constraint: 'childUnder12Months', message: expect.stringContaining('the youngest child is 41 months old') });
  });

  it('counts the child on the start date: 11 months and 30 days is under 12 months, the first birthday is not', () => {
    const baby = [{ relationship: 'CHILD', dateOfBirth: '2025-11-03' }];
    expect(exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ household: baby }))).toBeNull();
    expect(exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ household: baby, startedOn: '2026-11-03' }))?.constraint).toBe('childUnder12Months');
  });

  it('a child not yet born on the start date does not count', () => {
    const v = exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ household: [{ relationship: 'CHILD', dateOfBirth: '2026-12-01' }] }));
    expect(v?.message).toContain('the household has no child');
  });

  it.each(['SPOUSE', 'PARTNER'])('is refused for a two-parent family (a %s in the household)', (relationship) => {
    const v = exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ household: [...facts().household, { relationship, dateOfBirth: '1990-01-01' }] }));
    expect(v).toEqual({ field: 'reason', constraint: 'singleParentFamily', message: expect.stringContaining(`the household has a ${relationship}`) });
  });

  it('counts 12 cumulative months in a lifetime across referrals: the 12th month is allowed, a 13th is not', () => {
    // Jan-Jun 2025 (6 months) on an earlier referral, then Jan-May 2026 (5 months): 11 used.
    const earlier = [caretaker('2025-01-06', '2025-06-30'), { reason: 'MEDICAL_INABILITY', startedOn: '2025-07-01', endedOn: '2025-12-31' }, caretaker('2026-01-05', '2026-05-15')];
    expect(caretakerMonthsUsed(earlier, '2026-10-31')).toHaveLength(11);
    expect(exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ startedOn: '2026-07-01', household: [{ relationship: 'CHILD', dateOfBirth: '2026-02-01' }], earlierExemptions: earlier }))).toBeNull();
    const twelve = [...earlier, caretaker('2026-07-01', '2026-07-31')];
    const v = exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ earlierExemptions: twelve }));
    expect(v).toEqual({ field: 'reason', constraint: 'twelveCumulativeMonths', message: expect.stringContaining('12 months were used (2025-01 to 2026-07)') });
  });

  it('a month already counted is not counted twice (a restart in the month the last period ended)', () => {
    const earlier = [caretaker('2025-12-01', '2026-10-05')]; // 11 months, October included
    expect(exemptionClaimViolation('CARETAKER_CHILD_UNDER_12_MONTHS', facts({ startedOn: '2026-10-20', earlierExemptions: earlier }))).toBeNull();
  });
});

describe('AS 47.27.035 the other reasons', () => {
  it('CHILD_UNDER_6_NO_CHILD_CARE needs a child under 6 and no child care authorized (SS-3)', () => {
    const six = [{ relationship: 'CHILD', dateOfBirth: '2020-11-02' }];
    expect(exemptionClaimViolation('CHILD_UNDER_6_NO_CHILD_CARE', facts({ household: six }))).toEqual(expect.objectContaining({ constraint: 'childUnder6' }));
    expect(exemptionClaimViolation('CHILD_UNDER_6_NO_CHILD_CARE', facts({ household: [{ relationship: 'CHILD', dateOfBirth: '2020-11-03' }] }))).toBeNull();
    expect(exemptionClaimViolation('CHILD_UNDER_6_NO_CHILD_CARE', facts({ childCareAuthorized: true }))?.constraint).toBe('noChildCareAvailable');
  });

  it('HOME_CARE_DISABLED_CHILD needs a child in the household', () => {
    expect(exemptionClaimViolation('HOME_CARE_DISABLED_CHILD', facts({ household: [] }))?.constraint).toBe('childInHousehold');
    expect(exemptionClaimViolation('HOME_CARE_DISABLED_CHILD', facts())).toBeNull();
  });

  it.each(['MEDICAL_INABILITY', 'HOME_CARE_DISABLED_RELATIVE', 'UNREASONABLE_HARDSHIP'] as const)('%s has no household condition', (reason) => {
    expect(exemptionClaimViolation(reason, facts({ household: [{ relationship: 'SPOUSE', dateOfBirth: '1990-01-01' }] }))).toBeNull();
  });
});

describe('AS 47.27.035 effect of an exemption', () => {
  const medical = { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', endedOn: null };

  it('an exempt client is not penalized for a work activity or its timesheet', () => {
    expect(exemptNonComplianceReason(medical, 'WORK_ACTIVITY', '2026-11-10')).toContain('exempt (MEDICAL_INABILITY) since 2026-11-02');
    expect(exemptNonComplianceReason(medical, 'MISSING_TIMESHEET', '2026-11-10')).not.toBeNull();
  });

  it('the FSSP, child support and engagement still apply; a failure before the exemption or after it ended may be reported', () => {
    expect(exemptNonComplianceReason(medical, 'FSSP', '2026-11-10')).toBeNull();
    expect(exemptNonComplianceReason(medical, 'CHILD_SUPPORT', '2026-11-10')).toBeNull();
    expect(exemptNonComplianceReason(medical, 'WORK_ACTIVITY', '2026-11-01')).toBeNull();
    expect(exemptNonComplianceReason({ ...medical, endedOn: '2026-11-20' }, 'WORK_ACTIVITY', '2026-11-21')).toBeNull();
    expect(exemptNonComplianceReason(null, 'WORK_ACTIVITY', '2026-11-21')).toBeNull();
  });

  it('no hours are assigned to an exempt client in the exemption period', () => {
    const ended = { ...medical, endedOn: '2026-11-30' };
    expect(exemptAssignmentViolation([medical], { startDate: '2026-11-16', endDate: null })).toEqual(expect.objectContaining({ field: 'startDate', constraint: 'notExempt' }));
    expect(exemptAssignmentViolation([medical], { startDate: '2026-10-01', endDate: '2026-11-05' })?.constraint).toBe('notExempt');
    expect(exemptAssignmentViolation([medical], { startDate: '2026-10-01', endDate: '2026-11-01' })).toBeNull();
    expect(exemptAssignmentViolation([ended], { startDate: '2026-12-01', endDate: null })).toBeNull();
    expect(exemptAssignmentViolation([ended], { startDate: '2026-11-30', endDate: null })?.message).toContain('until 2026-11-30');
    expect(exemptAssignmentViolation([], { startDate: '2026-12-01', endDate: null })).toBeNull();
  });
});

describe('AS 47.27.035 documentation of the exemption', () => {
  it.each(['MEDICAL_INABILITY', 'HOME_CARE_DISABLED_CHILD', 'HOME_CARE_DISABLED_RELATIVE'] as const)('%s needs the date of its medical statement', (reason) => {
    expect(documentationViolation(reason, null, '2026-11-02')).toEqual({ field: 'documentedOn', constraint: 'documentationRequired', message: expect.stringContaining(reason) });
    expect(documentationViolation(reason, '2026-11-02', '2026-11-02')).toBeNull();
    expect(documentationViolation(reason, '2026-11-03', '2026-11-02')?.constraint).toBe('notInFuture');
  });

  it('a TA10 for medical inability', () => {
    expect(documentationViolation('MEDICAL_INABILITY', undefined, '2026-11-02')?.message).toContain('a TA10 medical statement');
  });

  it.each(['CARETAKER_CHILD_UNDER_12_MONTHS', 'UNREASONABLE_HARDSHIP', 'CHILD_UNDER_6_NO_CHILD_CARE'] as const)('%s needs none', (reason) => {
    expect(documentationViolation(reason, null, '2026-11-02')).toBeNull();
  });
});
