import { transition } from 'xstate';
import { addDays } from '../../src/dates';
import { availableActions, checkEvent } from '../../src/machines/available-actions';
import { nextStageBeginsOn } from '../../src/machines/penalty-stages';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import type { CaseEvent } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { stateString } from '../../src/machines/case-state';
import { ALL_NOTES, at, blocked, drive, toParticipation, type Command } from '../support/chart-drive';

const NO_NOTES = { documentation: new Map<string, string>() };

describe('lifecycle rules enforced by the chart', () => {
  it('ENG-2: a J016 needs an unsuccessful phone or in-person attempt first; a letter does not count', () => {
    const letter = drive([{ type: 'RECORD_CONTACT_ATTEMPT', on: '2026-03-03', method: 'LETTER', outcome: 'NOT_REACHED' }]);
    expect(blocked(letter, 'ISSUE_J016')).toMatch(/ENG-2/);
    const phone = drive([{ type: 'RECORD_CONTACT_ATTEMPT', on: '2026-03-03', method: 'PHONE', outcome: 'NOT_REACHED' }]);
    expect(blocked(phone, 'ISSUE_J016')).toBeNull();
  });

  it('FSSP-1: the plan cannot be reviewed before it is signed', () => {
    const drafted = drive(toParticipation.slice(0, 4));
    expect(blocked(drafted, 'REVIEW_FSSP')).toBe('FSSP not signed and current');
    expect(blocked(drive(toParticipation), 'REVIEW_FSSP')).toBeNull();
  });

  it('FSSP-3: the plan expires only after its last step review date', () => {
    const s = drive(toParticipation);
    expect(blocked(s, 'EXPIRE_FSSP', at('2026-06-01'))).toMatch(/FSSP-3/);
    expect(blocked(s, 'EXPIRE_FSSP', at('2026-06-02'))).toBeNull();
  });

  it('FSSP-1 / FSSP-3: currency follows from the date, whether or not EXPIRE_FSSP was sent (issue 10)', () => {
    // Last step review date 2026-06-01; nobody sent EXPIRE_FSSP.
    const lapsed = drive(toParticipation);
    const fsspFailure = (s: CaseSnapshot, occurredOn: string) =>
      checkEvent(s, { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn, at: at('2026-06-10') }, ALL_NOTES);
    expect(fsspFailure(lapsed, '2026-06-01')).toBeNull();
    expect(fsspFailure(lapsed, '2026-06-05')).toEqual({ by: 'CHART', reason: expect.stringMatching(/2026-06-05.*expired after its last step review date 2026-06-01 \(FSSP-3\)/) });
    expect(blocked(lapsed, 'REVIEW_FSSP', at('2026-06-10'))).toMatch(/expired after its last step review date 2026-06-01/);
    // The same answers once the expiry is recorded: it decides nothing.
    const [expired] = transition(caseLifecycleMachine, lapsed, { type: 'EXPIRE_FSSP', at: at('2026-06-10') });
    expect(stateString(expired.value)).toContain('plan.expired');
    expect(fsspFailure(expired, '2026-06-01')).toBeNull();
    expect(fsspFailure(expired, '2026-06-05')).toMatchObject({ by: 'CHART' });
  });

  it('FSSP-1 / FSSP-3: no FSSP penalty is imposed on a plan that had lapsed when the failure occurred', () => {
    const reported = drive([...toParticipation, { type: 'REPORT_NON_COMPLIANCE', kind: 'FSSP', occurredOn: '2026-03-09' },
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }, { type: 'REQUEST_PENALTY' }]);
    expect(checkEvent(reported, { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-10', at: at('2026-03-10') }, ALL_NOTES)).toBeNull();
    // A report recorded before the report guard asked (an old snapshot): the penalty guard still asks.
    const onLapsed = caseLifecycleMachine.resolveState({ value: reported.value, context: { ...reported.context, penalty: { ...reported.context.penalty!, occurredOn: '2026-06-03' } } });
    expect(checkEvent(onLapsed, { type: 'IMPOSE_PENALTY', noticeOn: '2026-06-04', at: at('2026-06-05') }, ALL_NOTES))
      .toEqual({ by: 'CHART', reason: expect.stringMatching(/FSSP-3/) });
  });

  it('TRK-1 / ENG-3: an approved consultation switches the track and restarts the 30-day clock', () => {
    const s = drive([...toParticipation,
      { type: 'REQUEST_TRACK_CHANGE', toTrack: 'FAMILIES_FIRST', reason: 'barriers' },
      { type: 'DECIDE_TRACK_CHANGE', approved: true, reason: 'ok', at: at('2026-04-15') }]);
    expect(s.context.track).toBe('FAMILIES_FIRST');
    expect(s.context.engagementClockStart).toBe('2026-04-15');
  });

  it('ENG-3: a new case manager restarts the 30-day clock', () => {
    const s = drive([{ type: 'CHANGE_CASE_MANAGER', caseManagerId: 'cm-2', at: at('2026-03-20') }]);
    expect(s.context).toMatchObject({ caseManagerId: 'cm-2', engagementClockStart: '2026-03-20' });
  });

  it('PEN-1: no penalty before good cause is determined', () => {
    const s = drive([...toParticipation, { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-09' }]);
    expect(blocked(s, 'REQUEST_PENALTY')).toMatch(/PEN-1/);
  });

  it('PEN-2: a missing timesheet alone cannot lead to a penalty; its report closes, and a real non-compliance can then be reported (issue 10: dead end)', () => {
    const s = drive([...toParticipation,
      { type: 'REPORT_NON_COMPLIANCE', kind: 'MISSING_TIMESHEET', occurredOn: '2026-03-09' },
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }]);
    expect(stateString(s.value)).toContain('compliance.compliant');
    expect(s.context.penalty).toBeNull();
    expect(s.context.penaltyHistory.at(-1)).toMatchObject({ kind: 'MISSING_TIMESHEET', goodCause: false, endReason: 'NO_PENALTY', stage: 0 });
    expect(blocked(s, 'REQUEST_PENALTY')).not.toBeNull();
    const real = drive([...toParticipation,
      { type: 'REPORT_NON_COMPLIANCE', kind: 'MISSING_TIMESHEET', occurredOn: '2026-03-09' },
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' },
      { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-10' },
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }]);
    expect(blocked(real, 'REQUEST_PENALTY')).toBeNull();
  });

  it('PEN-2: a stored case stuck in noGoodCause on a missing timesheet is still refused a penalty', () => {
    const s = drive([...toParticipation, { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-09' },
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }]);
    const stuck = caseLifecycleMachine.resolveState({ value: s.value, context: { ...s.context, penalty: { ...s.context.penalty!, kind: 'MISSING_TIMESHEET' } } });
    expect(blocked(stuck, 'REQUEST_PENALTY')).toMatch(/PEN-2/);
  });

  const penalized: Command[] = [...toParticipation,
    { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-09' },
    { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' },
    { type: 'REQUEST_PENALTY' },
    { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-10' }];

  it('PEN-4: a home visit without the child-safety determination does not open stage 2', () => {
    const unsafe = drive([...penalized, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-07-20', childSafetyDetermined: false }]);
    expect(blocked(unsafe, 'ESCALATE_PENALTY', at('2026-08-01'))).toMatch(/child-safety determination.*PEN-4/);
  });

  it('PEN-4: stage 2 and stage 3 each need a Penalty Resolution home visit first', () => {
    const s1 = drive(penalized);
    expect(blocked(s1, 'ESCALATE_PENALTY', at('2026-09-01'))).toMatch(/PEN-4/);
    const s2 = drive([...penalized, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-08-20', childSafetyDetermined: true },
      { type: 'ESCALATE_PENALTY', at: at('2026-09-01') }]);
    expect(s2.context.penalty!.stage).toBe(2);
    expect(blocked(s2, 'ESCALATE_PENALTY', at('2026-12-01'))).toMatch(/PEN-4/);
  });

  it('7 AAC 45.980: 40% in months 1-4 from the finding, 75% in months 5-8, closure after month 8 (DOMAIN worked example)', () => {
    expect(nextStageBeginsOn('2026-12-01', 1)).toBe('2027-04-01');
    expect(nextStageBeginsOn('2026-12-01', 2)).toBe('2027-08-01');
    // Effective 2026-04-01: stage 2 from 2026-08-01 (month 5), stage 3 from 2026-12-01 (month 9).
    const visited = drive([...penalized, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-07-20', childSafetyDetermined: true }]);
    expect(blocked(visited, 'ESCALATE_PENALTY', at('2026-07-31'))).toMatch(/stage 2 begins on 2026-08-01/);
    expect(blocked(visited, 'ESCALATE_PENALTY', at('2026-08-01'))).toBeNull();
    const stage2 = drive([...penalized, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-07-20', childSafetyDetermined: true },
      { type: 'ESCALATE_PENALTY', at: at('2026-08-01') },
      { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-11-20', childSafetyDetermined: true }]);
    expect(blocked(stage2, 'ESCALATE_PENALTY', at('2026-11-30'))).toMatch(/stage 3 begins on 2026-12-01/);
    expect(blocked(stage2, 'ESCALATE_PENALTY', at('2026-12-01'))).toBeNull();
  });

  it('FSSP-3: a plan past its last step review date cannot be reviewed, only updated', () => {
    const s = drive(toParticipation);
    expect(blocked(s, 'REVIEW_FSSP', at('2026-06-01'))).toBeNull();
    expect(blocked(s, 'REVIEW_FSSP', at('2026-06-02'))).toMatch(/FSSP-3/);
    expect(blocked(s, 'UPDATE_FSSP', at('2026-06-02'))).toBeNull();
  });

  it('PEN-3: a cure ends the penalty on the earlier of intent to comply and compliance', () => {
    const s = drive([...penalized, { type: 'CURE_PENALTY', intentToComplyOn: '2026-05-12', compliedOn: '2026-05-08' }]);
    expect(s.context.penalty).toBeNull();
    expect(s.context.penaltyHistory.at(-1)).toMatchObject({ endedOn: '2026-05-08', endReason: 'CURED', stage: 1 });
  });

  it('a penalty open when TA closes ends with it and stays on the record', () => {
    const s = drive([...penalized, { type: 'CLOSE_TA', closedOn: '2026-05-31', withWork: false }]);
    expect(s.context.penalty).toBeNull();
    expect(s.context.penaltyHistory.at(-1)).toMatchObject({ endedOn: '2026-05-31', endReason: 'TA_CLOSED', stage: 1 });
  });

  it('good cause found after imposition removes the penalty back to when good cause began', () => {
    const s = drive([...penalized, { type: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', goodCauseBeganOn: '2026-03-08', reason: 'hospital stay' }]);
    expect(s.context.penaltyHistory.at(-1)).toMatchObject({ endedOn: '2026-03-08', endReason: 'GOOD_CAUSE' });
  });

  it('TL-1: the extension staffing is held at month 58, not before', () => {
    expect(blocked(drive(toParticipation, 57), 'SCHEDULE_EXTENSION_STAFFING')).toMatch(/TL-1/);
    expect(blocked(drive(toParticipation, 58), 'SCHEDULE_EXTENSION_STAFFING')).toBeNull();
  });

  it('TL-1: no month past 60 is recorded without an extension', () => {
    expect(blocked(drive([], 60), 'RECORD_ASSISTANCE_MONTH')).toMatch(/TL-1/);
  });

  it('TL-1: a month counts once, and only once it has begun', () => {
    const s = drive([{ type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03' }]);
    expect(s.context).toMatchObject({ monthsUsed: 11, assistanceMonths: ['2026-03'] });
    const again = { type: 'RECORD_ASSISTANCE_MONTH', month: '2026-03', at: at('2026-03-10') } as CaseEvent;
    expect(s.can(again)).toBe(false);
    expect(s.can({ ...again, month: '2026-04' } as CaseEvent)).toBe(false);
    expect(s.can({ ...again, month: '2026-04', at: at('2026-04-01') } as CaseEvent)).toBe(true);
  });

  it('TL-2: the supervisor decides on a submitted staffing form, on time or late (issue 10: a late form was a dead end)', () => {
    const staffing: Command[] = [...toParticipation, { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-04-20' }];
    expect(blocked(drive(staffing, 58), 'DECIDE_EXTENSION')).toMatch(/TL-2/);
    expect(blocked(drive([...staffing, { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-04-14' }], 58), 'DECIDE_EXTENSION')).toBeNull();
    expect(blocked(drive([...staffing, { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-04-13' }], 58), 'DECIDE_EXTENSION')).toBeNull();
    const late = drive([...staffing, { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-03-10' }, { type: 'DECIDE_EXTENSION', approved: false, reason: 'criteria not met', at: at('2026-04-20') }], 58);
    expect(stateString(late.value)).toContain('timeLimit.extensionDenied');
  });

  it('PEN-3 / PEN-5: a cure between the request and the imposition ends the penalty before it takes effect (issue 10: dead end)', () => {
    const s = drive([...toParticipation, { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-09' },
      { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }, { type: 'REQUEST_PENALTY' },
      { type: 'CURE_PENALTY', intentToComplyOn: '2026-03-10', compliedOn: null }]);
    expect(stateString(s.value)).toContain('compliance.compliant');
    expect(s.context.penaltyHistory.at(-1)).toMatchObject({ stage: 0, imposedOn: null, endedOn: '2026-03-10', endReason: 'CURED' });
  });

  it('EXIT-3: Post-TA follows only a closure with work, and lasts 12 months', () => {
    const exit = (withWork: boolean): Command[] => [...toParticipation,
      { type: 'CLOSE_TA', closedOn: '2026-05-31', withWork },
      { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2026-06-02' },
      { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2026-06-30' }];
    expect(stateString(drive(exit(false)).value)).toBe('closed');
    const post = drive(exit(true));
    expect(stateString(post.value)).toBe('postTa');
    expect(blocked(post, 'COMPLETE_POST_TA', at('2027-05-30'))).toMatch(/EXIT-3/);
    expect(blocked(post, 'COMPLETE_POST_TA', at('2027-05-31'))).toBeNull();
  });

  it('PEN-4: the same decision that the mutation runs blocks raising a penalty until the home-visit CANO is on file', () => {
    const visited = drive([...penalized, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-07-20', childSafetyDetermined: true }]);
    const escalate = (notes: typeof NO_NOTES) => availableActions(visited, notes, { role: 'CASE_MANAGER', cannotActBecause: null }, at('2026-08-01')).find((a) => a.event === 'ESCALATE_PENALTY');
    expect(escalate(NO_NOTES)).toMatchObject({ allowed: false, blockedBy: 'Enter the home visit case note (CANO) before raising the penalty (PEN-4)' });
    // The CANO must be entered on or after the day the visit was recorded, not before it.
    const recordedOn = visited.context.penalty!.homeVisitRecordedOn!;
    expect(escalate({ documentation: new Map([['case_note:PENALTY_HOME_VISIT', addDays(recordedOn, -1)]]) })!.allowed).toBe(false);
    expect(escalate({ documentation: new Map([['case_note:PENALTY_HOME_VISIT', recordedOn]]) })).toMatchObject({ allowed: true, blockedBy: null });
  });

  it('says why the access policy keeps a user off the case, before anything the chart would say', () => {
    const s = drive(toParticipation);
    const actions = availableActions(s, ALL_NOTES, { role: 'CASE_MANAGER', cannotActBecause: 'not in your caseload' }, at('2026-03-10'));
    expect(actions.find((a) => a.event === 'REVIEW_FSSP')).toMatchObject({ allowed: false, blockedBy: 'not in your caseload' });
    expect(actions.find((a) => a.event === 'DECIDE_TRACK_CHANGE')).toMatchObject({ allowed: false, blockedBy: 'requires SUPERVISOR' });
  });

  it('describes a role that may not send an event as "requires SUPERVISOR"', () => {
    const s = drive([...toParticipation, { type: 'REQUEST_TRACK_CHANGE', toTrack: 'FAMILIES_FIRST', reason: 'barriers' }]);
    const asCm = availableActions(s, NO_NOTES, { role: 'CASE_MANAGER', cannotActBecause: null }, at('2026-03-10')).find((a) => a.event === 'DECIDE_TRACK_CHANGE');
    expect(asCm).toEqual({ event: 'DECIDE_TRACK_CHANGE', mutation: 'decideTrackChange', allowed: false, blockedBy: 'requires SUPERVISOR' });
  });
});
