import { availableActions, checkEvent } from '../../src/machines/available-actions';
import { penaltyEffectiveOn, penaltyPosition } from '../../src/machines/penalty-stages';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import { ALL_NOTES, at, blocked, drive, toParticipation, type Command } from '../support/chart-drive';

// Split from case-lifecycle.rules.test.ts: the penalty stages.
describe('Penalty stages as the law has them (PEN-5, 7 AAC 45.980(d), AS 47.27.085; issue 10)', () => {
  it('PEN-5: effective on the 1st of the first month that starts at least 10 calendar days after the notice', () => {
    expect(penaltyEffectiveOn('2026-11-09')).toBe('2026-12-01'); // DOMAIN worked example
    expect(penaltyEffectiveOn('2026-11-21')).toBe('2026-12-01'); // December 1 is exactly 10 days after
    expect(penaltyEffectiveOn('2026-11-22')).toBe('2027-01-01'); // 9 days: the next month
    expect(penaltyEffectiveOn('2026-12-22')).toBe('2027-01-01');
    expect(penaltyEffectiveOn('2026-12-23')).toBe('2027-02-01');
    expect(penaltyEffectiveOn('2027-02-19')).toBe('2027-03-01'); // February, 28 days
    expect(penaltyEffectiveOn('2027-02-20')).toBe('2027-04-01');
  });

  it('Penalty stages: 40% from the finding, 75% from month 5, 100% from month 9 (DOMAIN worked example)', () => {
    expect(penaltyPosition({ stage: 1, imposedOn: '2026-12-01', noticeOn: '2026-11-09' }))
      .toEqual({ stage: 1, percentage: 40, noticeOn: '2026-11-09', findingDate: '2026-12-01', stageBeganOn: '2026-12-01' });
    expect(penaltyPosition({ stage: 2, imposedOn: '2026-12-01', noticeOn: '2026-11-09' })).toMatchObject({ percentage: 75, stageBeganOn: '2027-04-01' });
    expect(penaltyPosition({ stage: 3, imposedOn: '2026-12-01', noticeOn: '2026-11-09' })).toMatchObject({ percentage: 100, stageBeganOn: '2027-08-01' });
    expect(penaltyPosition({ stage: 0, imposedOn: null })).toEqual({ stage: 0, percentage: 0, noticeOn: null, findingDate: null, stageBeganOn: null });
  });

  const requested: Command[] = [...toParticipation, { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-09' },
    { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }, { type: 'REQUEST_PENALTY' }];

  it('PEN-5: the finding date is computed from the notice, not typed', () => {
    const s = drive([...requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-10' }]);
    expect(s.context.penalty).toMatchObject({ stage: 1, noticeOn: '2026-03-10', imposedOn: '2026-04-01' });
    const late = drive([...requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-23', at: at('2026-03-23') }]);
    expect(late.context.penalty!.imposedOn).toBe('2026-05-01');
  });

  it('PEN-5: a typed effective date is accepted only when it is the computed one; another is bad input (timeline), not a chart refusal', () => {
    const s = drive(requested);
    const impose = (effectiveOn: string) => checkEvent(s, { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-10', effectiveOn, at: at('2026-03-10') }, ALL_NOTES);
    expect(impose('2026-04-01')).toBeNull();
    expect(impose('2026-03-15')).toMatchObject({ by: 'TIMELINE', field: 'effectiveOn', constraint: 'firstOfMonth' });
    expect(impose('2026-05-01')).toEqual({
      by: 'TIMELINE', field: 'effectiveOn', constraint: 'effectiveDateFollowsNotice', reason: expect.stringMatching(/2026-05-01.*2026-04-01.*2026-03-10/),
    });
    const reason = availableActions(s, ALL_NOTES, { role: 'SUPERVISOR', cannotActBecause: null }, at('2026-03-10')).find((a) => a.event === 'IMPOSE_PENALTY');
    expect(reason?.allowed).toBe(true);
  });

  it('AS 47.27.085: a full family sanction (stage 3) ends assistance months from the month it begins', () => {
    const s = drive([...requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-10' }]);
    const sanctioned = caseLifecycleMachine.resolveState({ value: s.value, context: { ...s.context, penalty: { ...s.context.penalty!, stage: 3 } } });
    // Finding 2026-04-01: stage 3 from 2026-12-01.
    const count = (month: string) => sanctioned.can({ type: 'RECORD_ASSISTANCE_MONTH', month, at: at('2027-01-05') });
    expect(count('2026-11')).toBe(true);
    expect(count('2026-12')).toBe(false);
    expect(count('2027-01')).toBe(false);
    expect(blocked(sanctioned, 'RECORD_ASSISTANCE_MONTH', at('2027-01-05'))).toMatch(/full family sanction ended assistance from 2026-12/);
  });
});
