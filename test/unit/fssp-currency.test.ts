import { fsspCurrentOn, fsspNonComplianceReason, planPositionOn } from '../../src/machines/fssp-currency';
import type { CaseContext } from '../../src/machines/case-lifecycle.types';

const plan = (fssp: Partial<CaseContext['fssp']>): Pick<CaseContext, 'fssp'> => ({
  fssp: { draftedOn: '2026-01-14', mailedOn: null, dueBackOn: null, signedOn: '2026-01-20', lastStepReviewDate: '2026-04-14', lastReviewedOn: null, lastUpdatedOn: null, ...fssp },
});

describe('FSSP-1 / FSSP-3: a plan is current by its dates (fssp-currency.ts)', () => {
  it('FSSP-3: current from its signature through its last step review date, expired the day after', () => {
    expect(fsspCurrentOn(plan({}), '2026-01-20')).toBe(true);
    expect(fsspCurrentOn(plan({}), '2026-04-14')).toBe(true);
    expect(fsspCurrentOn(plan({}), '2026-04-15')).toBe(false);
  });

  it('FSSP-1: not current before it is signed, nor when never signed; FSSP-3: not without a step review date', () => {
    expect(fsspCurrentOn(plan({}), '2026-01-19')).toBe(false);
    expect(fsspCurrentOn(plan({ signedOn: null }), '2026-02-01')).toBe(false);
    expect(fsspCurrentOn(plan({ lastStepReviewDate: null }), '2026-02-01')).toBe(false);
  });

  it('FSSP-1: an FSSP non-compliance needs a plan current the day it occurred; failure to sign and other kinds do not', () => {
    expect(fsspNonComplianceReason(plan({}), 'FSSP', '2026-04-14')).toBeNull();
    expect(fsspNonComplianceReason(plan({}), 'FSSP', '2026-04-15')).toBe(
      'an FSSP non-compliance needs a plan signed and current on 2026-04-15: the FSSP expired after its last step review date 2026-04-14 (FSSP-3)');
    expect(fsspNonComplianceReason(plan({ signedOn: null }), 'FSSP', '2026-04-15')).toBeNull();
    expect(fsspNonComplianceReason(plan({}), 'WORK_ACTIVITY', '2026-04-15')).toBeNull();
  });

  it('FSSP-3: Case.plan today', () => {
    expect(planPositionOn(plan({}), '2026-04-15')).toEqual({ current: false, lastStepReviewDate: '2026-04-14' });
    expect(planPositionOn(plan({}), '2026-03-01')).toEqual({ current: true, lastStepReviewDate: '2026-04-14' });
  });
});
