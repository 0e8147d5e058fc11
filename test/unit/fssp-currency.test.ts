import { fsspCurrentOn, fsspLapsedOn, fsspNonComplianceReason, fsspNotCurrentReason, planPositionOn, versionInForceOn } from '../../src/machines/fssp-currency';
import { transition } from 'xstate';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseContext } from '../../src/machines/case-lifecycle.types';
import { drive, toParticipation } from '../support/chart-drive';

const plan = (fssp: Partial<CaseContext['fssp']>): Pick<CaseContext, 'fssp'> => ({
  fssp: { draftedOn: '2026-01-14', mailedOn: null, dueBackOn: null, signedOn: '2026-01-20', lastStepReviewDate: '2026-04-14', lastReviewedOn: null, lastUpdatedOn: null, ...fssp },
});

describe('FSSP-1 / FSSP-3: a plan is current by its dates (fssp-currency.ts)', () => {
  it('FSSP-3: current from its signature through its last step review date, expired the day after', () => {
    expect(fsspCurrentOn(plan({}), '2026-01-20')).toBe(true);
    expect(fsspCurrentOn(plan({}), '2026-04-14')).toBe(true);
    expect(fsspCurrentOn(plan({}), '2026-04-15')).toBe(false);
  });

  it('FSSP-3: the plan lapses (what the sweep and EXPIRE_FSSP record) the day after its last step review date, never without one', () => {
    expect(fsspLapsedOn(plan({}), '2026-04-14')).toBe(false);
    expect(fsspLapsedOn(plan({}), '2026-04-15')).toBe(true);
    expect(fsspLapsedOn(plan({ lastStepReviewDate: null }), '2027-01-01')).toBe(false);
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

  describe('FSSP-1 / FSSP-3: each signed version is judged in its own period (plan versions)', () => {
    // Signed 2026-01-20 with review date 2026-04-14, updated 2026-04-10 with review date 2026-07-14.
    const versions = (): Pick<CaseContext, 'fssp' | 'fsspVersions'> => ({
      ...plan({ signedOn: '2026-04-10', lastUpdatedOn: '2026-04-10', lastStepReviewDate: '2026-07-14' }),
      fsspVersions: [
        { signedOn: '2026-01-20', lastStepReviewDate: '2026-04-14' },
        { signedOn: '2026-04-10', lastStepReviewDate: '2026-07-14', updatedOn: '2026-04-10' },
      ],
    });

    it('FSSP-1: a failure dated before the latest update is judged under the version then in force', () => {
      expect(fsspCurrentOn(versions(), '2026-03-02')).toBe(true);
      expect(fsspNonComplianceReason(versions(), 'FSSP', '2026-03-02')).toBeNull();
      expect(versionInForceOn(versions(), '2026-04-09')).toEqual({ signedOn: '2026-01-20', lastStepReviewDate: '2026-04-14' });
    });

    it('FSSP-3: the later version takes over on its signature date; before the first signature none is in force', () => {
      expect(versionInForceOn(versions(), '2026-04-10')?.lastStepReviewDate).toBe('2026-07-14');
      expect(fsspCurrentOn(versions(), '2026-07-14')).toBe(true);
      expect(fsspCurrentOn(versions(), '2026-07-15')).toBe(false);
      expect(fsspNotCurrentReason(versions(), '2026-01-19')).toBe('no FSSP signed on or before 2026-01-19 (FSSP-1)');
    });

    it('FSSP-3: a version that lapsed before the next was signed leaves the gap not current', () => {
      const gap = { ...versions(), fsspVersions: [
        { signedOn: '2026-01-20', lastStepReviewDate: '2026-03-31' },
        { signedOn: '2026-04-10', lastStepReviewDate: '2026-07-14', updatedOn: '2026-04-10' },
      ] };
      expect(fsspNotCurrentReason(gap, '2026-04-02')).toBe('the FSSP expired after its last step review date 2026-03-31 (FSSP-3)');
      expect(planPositionOn(gap, '2026-05-01')).toEqual({ current: true, lastStepReviewDate: '2026-07-14' });
    });

    it('FSSP-1: an older snapshot without versions falls back to the plan now on file', () => {
      expect(fsspCurrentOn(plan({ signedOn: '2026-04-10', lastStepReviewDate: '2026-07-14' }), '2026-03-02')).toBe(false);
    });
  });

  it('FSSP-1: through the chart, an FSSP failure dated before an update is accepted under the version then current', () => {
    const s = drive([...toParticipation, { type: 'UPDATE_FSSP', updatedOn: '2026-05-20', lastStepReviewDate: '2026-08-31', at: '2026-05-20T20:00:00.000Z' }]);
    expect(s.context.fsspVersions).toEqual([
      { signedOn: '2026-03-06', lastStepReviewDate: '2026-06-01' },
      { signedOn: '2026-05-20', lastStepReviewDate: '2026-08-31', updatedOn: '2026-05-20' },
    ]);
    expect(s.can({ type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-05-01', at: '2026-05-21T20:00:00.000Z' })).toBe(true);
    expect(s.can({ type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-03-05', at: '2026-05-21T20:00:00.000Z' })).toBe(false);
  });

  it('FSSP-1: a snapshot from before versions were kept starts its list with the plan then on file at the next update', () => {
    const s = drive(toParticipation);
    const { fsspVersions: _dropped, ...older } = s.context;
    const restored = caseLifecycleMachine.resolveState({ value: s.value, context: older });
    const [updated] = transition(caseLifecycleMachine, restored, { type: 'UPDATE_FSSP', updatedOn: '2026-05-20', lastStepReviewDate: '2026-08-31', at: '2026-05-20T20:00:00.000Z' });
    expect(updated.context.fsspVersions?.map((v) => v.signedOn)).toEqual(['2026-03-06', '2026-05-20']);
  });
});
