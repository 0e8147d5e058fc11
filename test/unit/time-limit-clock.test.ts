import { initialTransition, transition } from 'xstate';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { restoreCaseSnapshot } from '../../src/machines/case-snapshot';
import { CASE_MACHINE_VERSION } from '../../src/machines/case-lifecycle.machine';
import { stateString } from '../../src/machines/case-state';
import { extensionCriteriaViolation, familyMonthsUsed, parentClocks, priorMonthsViolation, timeLimitPosition } from '../../src/machines/time-limit-clock';
import { at, drive, toParticipation } from '../support/chart-drive';

const SPOUSE = '11111111-1111-4111-8111-111111111111';

/** Months 2021-01.. for the second parent's clock. */
const months = (n: number) => Array.from({ length: n }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const withSpouseMonths = (s: CaseSnapshot, n: number): CaseSnapshot =>
  caseLifecycleMachine.resolveState({ value: s.value, context: { ...s.context, secondParentMonths: { [SPOUSE]: months(n) } } });

describe('TL-1: per-parent clocks of a two-parent family (DOMAIN.md "Time limit": either parent reaches 60)', () => {
  it('TL-1: a month naming the second parent counts on that parent\'s clock, not the client\'s', () => {
    const s = drive([{ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', householdMemberId: SPOUSE }, { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03' }]);
    expect(s.context.monthsUsed).toBe(11);
    expect(s.context.assistanceMonths).toEqual(['2026-03']);
    expect(s.context.secondParentMonths).toEqual({ [SPOUSE]: ['2026-03'] });
  });

  it('TL-1: each month once per parent', () => {
    const s = drive([{ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', householdMemberId: SPOUSE }]);
    expect(s.can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', householdMemberId: SPOUSE, at: at('2026-03-10') })).toBe(false);
    expect(s.can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: at('2026-03-10') })).toBe(true);
  });

  it('TL-1: the family clock is the larger of the two', () => {
    const ctx = { monthsUsed: 12, assistanceMonths: [], secondParentMonths: { [SPOUSE]: months(59) } };
    expect(familyMonthsUsed(ctx)).toBe(59);
    expect(familyMonthsUsed({ monthsUsed: 12, assistanceMonths: [] })).toBe(12);
    expect(parentClocks(ctx).map((p) => [p.householdMemberId, p.monthsUsed])).toEqual([[null, 12], [SPOUSE, 59]]);
  });

  it('TL-1: the second parent at 60 stops the client\'s months too, without an extension', () => {
    const s = withSpouseMonths(drive(toParticipation, 20), 60);
    expect(s.can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: at('2026-03-10') })).toBe(false);
    expect(s.can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', householdMemberId: SPOUSE, at: at('2026-03-10') })).toBe(false);
    expect(withSpouseMonths(drive(toParticipation, 20), 59).can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: at('2026-03-10') })).toBe(true);
  });

  it('TL-1: the month-58 staffing follows the second parent\'s clock', () => {
    const event: CaseEvent = { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-03-20', at: at('2026-03-10') };
    expect(drive(toParticipation, 20).can(event)).toBe(false);
    expect(withSpouseMonths(drive(toParticipation, 20), 58).can(event)).toBe(true);
  });

  it('TL-1: Case.timeLimit shows each parent and counts what is left on the family clock', () => {
    const s = withSpouseMonths(drive(toParticipation, 20), 58);
    expect(timeLimitPosition(s.context)).toEqual({
      monthsUsed: 20, familyMonthsUsed: 58, monthsLeft: 2, extensionStaffingDue: true, extensionDecision: null,
      parents: [{ householdMemberId: null, monthsUsed: 20, extensionCriteria: [] }, { householdMemberId: SPOUSE, monthsUsed: 58, extensionCriteria: [] }],
    });
  });

  it('TL-1: a lifetime limit: the second parent\'s months survive a re-referral', () => {
    const closed = caseLifecycleMachine.resolveState({ value: 'closed', context: { ...drive([], 20).context, secondParentMonths: { [SPOUSE]: months(30) } } });
    const [again] = transition(caseLifecycleMachine, closed, {
      type: 'REFER_AGAIN', referralDate: '2026-04-01', track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 20, at: at('2026-04-01'),
    });
    expect(familyMonthsUsed(again.context)).toBe(30);
    expect(again.context.secondParentMonths?.[SPOUSE]).toHaveLength(30);
  });

  it('TL-1: a snapshot stored before per-parent clocks restores unchanged and reads as a one-parent clock', () => {
    const old = drive(toParticipation, 30);
    const { secondParentMonths: _none, ...context } = old.context;
    const restored = restoreCaseSnapshot({ value: old.value, context }, CASE_MACHINE_VERSION);
    expect(restored.context).toEqual(context);
    expect(familyMonthsUsed(restored.context)).toBe(30);
  });

  it('TL-1: a second parent\'s months used before the referral count on their clock and the family\'s', () => {
    const [s] = initialTransition(caseLifecycleMachine, {
      track: 'WORK_FIRST', caseManagerId: 'cm-1', referralDate: '2026-03-02', monthsUsed: 10, secondParentPriorMonths: { [SPOUSE]: 57 },
    });
    expect(s.context.secondParentPriorMonths).toEqual({ [SPOUSE]: 57 });
    expect(parentClocks(s.context, [SPOUSE])).toEqual([
      { householdMemberId: null, monthsUsed: 10, assistanceMonths: [] }, { householdMemberId: SPOUSE, monthsUsed: 57, assistanceMonths: [] },
    ]);
    const part = caseLifecycleMachine.resolveState({ value: drive(toParticipation).value, context: { ...drive(toParticipation).context, secondParentPriorMonths: { [SPOUSE]: 57 } } });
    const [month] = transition(caseLifecycleMachine, part, { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', householdMemberId: SPOUSE, at: at('2026-03-10') });
    expect(timeLimitPosition(month.context, [SPOUSE])).toMatchObject({ familyMonthsUsed: 58, monthsLeft: 2, extensionStaffingDue: true });
    expect(extensionCriteriaViolation(s.context, true, [{ criteria: ['MEDICAL_INABILITY_TA10'] }])).toContain(`household member ${SPOUSE}`);
  });

  it('TL-1: a second parent at 60 before any month here reaches the family\'s limit', () => {
    const part = caseLifecycleMachine.resolveState({ value: drive(toParticipation).value, context: { ...drive(toParticipation).context, secondParentPriorMonths: { [SPOUSE]: 60 } } });
    expect(part.can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: at('2026-03-10') })).toBe(false);
  });

  it('TL-1: prior months survive a re-referral; a snapshot without them restores unchanged', () => {
    const closed = caseLifecycleMachine.resolveState({ value: 'closed', context: { ...drive([], 20).context, secondParentPriorMonths: { [SPOUSE]: 40 } } });
    const [again] = transition(caseLifecycleMachine, closed, {
      type: 'REFER_AGAIN', referralDate: '2026-04-01', track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 20, at: at('2026-04-01'),
    });
    expect(familyMonthsUsed(again.context)).toBe(40);
    expect(drive([]).context).not.toHaveProperty('secondParentPriorMonths');
  });

  it('TL-1: months used before the referral are given only for a spouse or partner', () => {
    expect(priorMonthsViolation('SPOUSE', 12)).toBeNull();
    expect(priorMonthsViolation('PARTNER', 0)).toBeNull();
    expect(priorMonthsViolation('CHILD', undefined)).toBeNull();
    expect(priorMonthsViolation('CHILD', 0)).toMatch(/spouse or partner \(TL-1\)/);
    expect(priorMonthsViolation('OTHER_ADULT', 5)).toMatch(/TL-1/);
  });
});

describe('TL-2 / 7 AAC 45.610: extension criteria recorded per parent', () => {
  const staffed = (s: CaseSnapshot) => {
    const events: CaseEvent[] = [
      { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-03-20', at: at('2026-03-10') },
      { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-03-12', at: at('2026-03-12') },
    ];
    return events.reduce((x, e) => transition(caseLifecycleMachine, x, e)[0], s);
  };

  it('TL-2: an approval needs a criterion for each parent; a denial does not', () => {
    const two = { monthsUsed: 50, assistanceMonths: [], secondParentMonths: { [SPOUSE]: months(58) } };
    expect(extensionCriteriaViolation(two, true, [{ householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10'] }])).toMatch(`household member ${SPOUSE}`);
    expect(extensionCriteriaViolation(two, true, null)).toMatch(/the client, household member/);
    expect(extensionCriteriaViolation(two, true, [
      { householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10'] }, { householdMemberId: SPOUSE, criteria: ['PARTNER_AGENCY_INPUT'] },
    ])).toBeNull();
    expect(extensionCriteriaViolation(two, false, null)).toBeNull();
    expect(extensionCriteriaViolation({ monthsUsed: 58, assistanceMonths: [] }, true, [{ criteria: [] }])).toMatch(/the client/);
  });

  it('TL-2: a SPOUSE/PARTNER of the household is a parent to meet a criterion even with no months on record', () => {
    const one = { monthsUsed: 58, assistanceMonths: [] };
    expect(extensionCriteriaViolation(one, true, [{ criteria: ['DOMESTIC_VIOLENCE'] }], [SPOUSE])).toMatch(`household member ${SPOUSE}`);
    expect(parentClocks(one, [SPOUSE])).toEqual([{ householdMemberId: null, monthsUsed: 58, assistanceMonths: [] }, { householdMemberId: SPOUSE, monthsUsed: 0, assistanceMonths: [] }]);
  });

  it('TL-2: each parent is named once', () => {
    expect(extensionCriteriaViolation({ monthsUsed: 58, assistanceMonths: [] }, true, [{ criteria: ['DOMESTIC_VIOLENCE'] }, { householdMemberId: null, criteria: ['UNREASONABLE_HARDSHIP'] }]))
      .toBe('each parent is named once in criteria');
  });

  it('TL-2: the decision keeps the criteria per parent, and Case.timeLimit shows them', () => {
    const criteria = [{ householdMemberId: null, criteria: ['MEDICAL_INABILITY_TA10' as const] }, { householdMemberId: SPOUSE, criteria: ['PARTNER_AGENCY_INPUT' as const] }];
    const [s] = transition(caseLifecycleMachine, staffed(withSpouseMonths(drive(toParticipation, 40), 58)), {
      type: 'DECIDE_EXTENSION', approved: true, reason: 'TA10 and partner input', criteria, at: at('2026-03-20'),
    });
    expect(stateString(s.value)).toContain('timeLimit.extended');
    expect(s.context.extension).toMatchObject({ decision: 'APPROVED', criteria });
    expect(timeLimitPosition(s.context).parents.map((p) => p.extensionCriteria)).toEqual([['MEDICAL_INABILITY_TA10'], ['PARTNER_AGENCY_INPUT']]);
  });

  it('TL-1: the second parent\'s months continue after an approved extension', () => {
    const [s] = transition(caseLifecycleMachine, staffed(withSpouseMonths(drive(toParticipation, 40), 60)), {
      type: 'DECIDE_EXTENSION', approved: true, reason: 'ok', criteria: [{ criteria: ['DOMESTIC_VIOLENCE'] }, { householdMemberId: SPOUSE, criteria: ['UNREASONABLE_HARDSHIP'] }], at: at('2026-03-20'),
    });
    expect(s.can({ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', householdMemberId: SPOUSE, at: at('2026-03-21') })).toBe(true);
  });
});
