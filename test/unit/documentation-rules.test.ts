import { addDays } from '../../src/dates';
import { availableActions } from '../../src/machines/available-actions';
import type { CaseEventType } from '../../src/machines/case-lifecycle.types';
import type { CaseSnapshot } from '../../src/machines/case-snapshot';
import { DOCUMENTATION_RULES, enteredAfter } from '../../src/machines/documentation-rules';
import { at, drive, toParticipation, type Command } from '../support/chart-drive';

const noGoodCause: Command[] = [...toParticipation,
  { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-03-09' },
  { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none' }];
const requested: Command[] = [...noGoodCause, { type: 'REQUEST_PENALTY', at: at('2026-03-12') }];
const penalized: Command[] = [...requested, { type: 'IMPOSE_PENALTY', noticeOn: '2026-03-12', at: at('2026-03-12') }];

/** The case manager's (or, for DECIDE_EXTENSION, the supervisor's) view of one event with these CANOs on file. */
function action(s: CaseSnapshot, event: CaseEventType, canos: Record<string, string>, day: string) {
  const documentation = new Map([
    // Every other note a transition waits for is on file, so only the CANO under test decides.
    ...Object.values(DOCUMENTATION_RULES).filter((r) => !r.kind.startsWith('case_note:')).map((r) => [r.kind, '2100-12-31'] as [string, string]),
    ...Object.entries(canos).map(([category, on]) => [`case_note:${category}`, on] as [string, string]),
  ]);
  const role = event === 'DECIDE_EXTENSION' ? 'SUPERVISOR' : 'CASE_MANAGER';
  return availableActions(s, { documentation }, { role, cannotActBecause: null }, at(day)).find((a) => a.event === event)!;
}

describe('NOTE-3: the CANO for a change is on file before the change', () => {
  it('NOTE-3: a CANO entered on the day an earlier change was recorded is that change\'s, unless both are recorded that day', () => {
    expect(enteredAfter('2026-11-02', '2026-11-12')).toBe('2026-11-03');
    expect(enteredAfter('2026-11-02', '2026-11-02')).toBe('2026-11-02');
    expect(enteredAfter(null, '2026-11-02')).toBeNull();
    expect(enteredAfter(undefined, '2026-11-02')).toBeUndefined();
  });

  it('NOTE-3: every change NOTE-3 names waits for a CANO of its category', () => {
    expect(Object.fromEntries(Object.entries(DOCUMENTATION_RULES).filter(([, r]) => r.kind.startsWith('case_note:')).map(([event, r]) => [event, r.kind]))).toEqual({
      ESCALATE_PENALTY: 'case_note:PENALTY_HOME_VISIT',
      START_EXEMPTION: 'case_note:EXEMPTION_START_OR_END',
      END_EXEMPTION: 'case_note:EXEMPTION_START_OR_END',
      REQUEST_PENALTY: 'case_note:PENALTY_REQUEST',
      CURE_PENALTY: 'case_note:PENALTY_REQUEST',
      REMOVE_PENALTY_FOR_GOOD_CAUSE: 'case_note:PENALTY_REQUEST',
      DECIDE_EXTENSION: 'case_note:EXTENSION_DECISION',
    });
  });

  it('NOTE-3: an exemption starts only with its CANO on file, entered since the case was referred', () => {
    const s = drive(toParticipation);
    const message = 'Enter the exemption case note (CANO) before starting the exemption (NOTE-3)';
    expect(action(s, 'START_EXEMPTION', {}, '2026-03-10')).toMatchObject({ allowed: false, blockedBy: message });
    expect(action(s, 'START_EXEMPTION', { EXEMPTION_START_OR_END: '2026-03-01' }, '2026-03-10')).toMatchObject({ allowed: false, blockedBy: message });
    expect(action(s, 'START_EXEMPTION', { EXEMPTION_START_OR_END: '2026-03-10' }, '2026-03-10')).toMatchObject({ allowed: true, blockedBy: null });
  });

  it('NOTE-3: the CANO that started an exemption does not end it; the end needs its own, entered since the start was recorded', () => {
    const exempt = drive([...toParticipation, { type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: '2026-03-01', documentedOn: '2026-02-27', at: at('2026-03-12') }]);
    expect(exempt.context.exemption).toMatchObject({ startedOn: '2026-03-01', recordedOn: '2026-03-12' });
    const message = 'Enter the exemption case note (CANO) before ending the exemption (NOTE-3)';
    expect(action(exempt, 'END_EXEMPTION', {}, '2026-04-20')).toMatchObject({ allowed: false, blockedBy: message });
    // Entered after the typed start date, up to the day the start was recorded: the start's own CANO.
    expect(action(exempt, 'END_EXEMPTION', { EXEMPTION_START_OR_END: '2026-03-11' }, '2026-04-20')).toMatchObject({ allowed: false, blockedBy: message });
    expect(action(exempt, 'END_EXEMPTION', { EXEMPTION_START_OR_END: '2026-03-12' }, '2026-04-20')).toMatchObject({ allowed: false, blockedBy: message });
    // Notes are known by day: an end recorded the same day as the start shares that day's CANO.
    expect(action(exempt, 'END_EXEMPTION', { EXEMPTION_START_OR_END: '2026-03-12' }, '2026-03-12')).toMatchObject({ allowed: true, blockedBy: null });
    expect(action(exempt, 'END_EXEMPTION', { EXEMPTION_START_OR_END: '2026-03-13' }, '2026-04-20')).toMatchObject({ allowed: true, blockedBy: null });
    expect(action(exempt, 'END_EXEMPTION', { EXEMPTION_START_OR_END: '2026-04-20' }, '2026-04-20')).toMatchObject({ allowed: true, blockedBy: null });
  });

  it('NOTE-3: the CANO that ended one exemption does not start the next', () => {
    const ended = drive([...toParticipation,
      { type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: '2026-03-01', documentedOn: '2026-02-27', at: at('2026-03-12') },
      { type: 'END_EXEMPTION', endedOn: '2026-04-01', at: at('2026-04-20') }]);
    expect(ended.context.exemption).toMatchObject({ endedOn: '2026-04-01', endRecordedOn: '2026-04-20' });
    expect(action(ended, 'START_EXEMPTION', { EXEMPTION_START_OR_END: '2026-04-19' }, '2026-05-04').allowed).toBe(false);
    expect(action(ended, 'START_EXEMPTION', { EXEMPTION_START_OR_END: '2026-04-20' }, '2026-05-04').allowed).toBe(false);
    expect(action(ended, 'START_EXEMPTION', { EXEMPTION_START_OR_END: '2026-04-20' }, '2026-04-20').allowed).toBe(true);
    expect(action(ended, 'START_EXEMPTION', { EXEMPTION_START_OR_END: '2026-05-04' }, '2026-05-04')).toMatchObject({ allowed: true, blockedBy: null });
  });

  it('NOTE-3: a penalty is requested only with the penalty request CANO, entered since the non-compliance was reported', () => {
    const s = drive(noGoodCause);
    const reportedOn = s.context.penalty!.reportedOn;
    const message = 'Enter the penalty request case note (CANO) before requesting the penalty (NOTE-3)';
    expect(action(s, 'REQUEST_PENALTY', {}, '2026-03-12')).toMatchObject({ allowed: false, blockedBy: message });
    // A request CANO from an earlier penalty does not count for this one.
    expect(action(s, 'REQUEST_PENALTY', { PENALTY_REQUEST: addDays(reportedOn, -1) }, '2026-03-12').allowed).toBe(false);
    expect(action(s, 'REQUEST_PENALTY', { PENALTY_REQUEST: reportedOn }, '2026-03-12')).toMatchObject({ allowed: true, blockedBy: null });
  });

  it.each([
    ['a requested', requested],
    ['an imposed', penalized],
  ])('NOTE-3: %s penalty ends (cure, good cause) only with a CANO asking to end it, entered since it was requested', (_state, commands) => {
    const s = drive(commands);
    expect(s.context.penalty!.requestedOn).toBe('2026-03-12');
    const cases = [
      ['CURE_PENALTY', 'Enter the case note (CANO) requesting to end the penalty before recording the cure (NOTE-3)'],
      ['REMOVE_PENALTY_FOR_GOOD_CAUSE', 'Enter the case note (CANO) requesting to end the penalty before removing it for good cause (NOTE-3)'],
    ] as const;
    for (const [event, message] of cases) {
      expect(action(s, event, {}, '2026-03-20')).toMatchObject({ allowed: false, blockedBy: message });
      // The CANO that asked to impose the penalty (entered by the day of the request) is not a request to end it.
      expect(action(s, event, { PENALTY_REQUEST: '2026-03-11' }, '2026-03-20')).toMatchObject({ allowed: false, blockedBy: message });
      expect(action(s, event, { PENALTY_REQUEST: '2026-03-12' }, '2026-03-20')).toMatchObject({ allowed: false, blockedBy: message });
      expect(action(s, event, { PENALTY_REQUEST: '2026-03-13' }, '2026-03-20')).toMatchObject({ allowed: true, blockedBy: null });
      expect(action(s, event, { PENALTY_REQUEST: '2026-03-20' }, '2026-03-20')).toMatchObject({ allowed: true, blockedBy: null });
    }
  });

  it('NOTE-3: the supervisor decides the extension only with the extension decision CANO, entered since the staffing', () => {
    const s = drive([...toParticipation,
      { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2026-04-20' },
      { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-04-14' }], 58);
    const message = 'Enter the extension decision case note (CANO) before deciding the extension (NOTE-3)';
    expect(action(s, 'DECIDE_EXTENSION', {}, '2026-04-20')).toMatchObject({ allowed: false, blockedBy: message });
    expect(action(s, 'DECIDE_EXTENSION', { EXTENSION_DECISION: '2026-04-19' }, '2026-04-20')).toMatchObject({ allowed: false, blockedBy: message });
    expect(action(s, 'DECIDE_EXTENSION', { EXTENSION_DECISION: '2026-04-20' }, '2026-04-20')).toMatchObject({ allowed: true, blockedBy: null });
  });
});
