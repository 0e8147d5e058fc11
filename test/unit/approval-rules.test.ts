import { AlaskaCalendar } from '../../src/calendar/alaska-calendar';
import { caseLifecycleMachine } from '../../src/machines/case-lifecycle.machine';
import { ageInBusinessDays, chartApprovalOf, decideEventsOfOwnRequests, decisionRefusal, lapsedBy, requestersOf, ruleIdOf, subjectKeyOf } from '../../src/approvals/approval-rules';

interface ChartNode { id: string; parent?: ChartNode; states: Record<string, ChartNode>; on: Record<string, Array<{ target?: ChartNode[] }>> }
const inside = (node: ChartNode, within: ChartNode): boolean => node === within || (node.parent !== undefined && inside(node.parent, within));

/** Every event that takes the chart out of the state at `path` (its own transitions and its ancestors'). */
function eventsLeaving(path: string[]): string[] {
  const state = path.reduce((node, key) => node.states[key], caseLifecycleMachine.root as unknown as ChartNode);
  const out = new Set<string>();
  for (let node: ChartNode | undefined = state; node; node = node.parent) {
    for (const [event, transitions] of Object.entries(node.on)) {
      if (transitions.some((t) => t.target?.some((target) => target !== state && !inside(target, state)))) out.add(event);
    }
  }
  return [...out].sort();
}

const pending = { status: 'PENDING' as const, requestedBy: 'cm-1', kind: 'SUPPORTIVE_SERVICE' as const };

describe('approval rules (issue 13: TRK-1, TL-2, SS-2, waivers)', () => {
  it('SS-2, TRK-1, TL-2: the approver is never the requester, even a supervisor', () => {
    expect(decisionRefusal({ ...pending, requestedBy: 'sup-1' }, { id: 'sup-1', role: 'SUPERVISOR' }, 'APPROVED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'notRequester' });
    expect(decisionRefusal({ ...pending, requestedBy: 'sup-1' }, { id: 'sup-1', role: 'SUPERVISOR' }, 'DENIED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'notRequester' });
    expect(decisionRefusal(pending, { id: 'sup-2', role: 'SUPERVISOR' }, 'APPROVED')).toBeNull();
  });

  it('SS-2: the supervisor who drafted the service does not decide its approval, even when a case manager asked for it', () => {
    const drafted = { ...pending, draftedBy: 'sup-1' };
    for (const outcome of ['APPROVED', 'DENIED'] as const) {
      expect(decisionRefusal(drafted, { id: 'sup-1', role: 'SUPERVISOR' }, outcome)).toMatchObject({ code: 'FORBIDDEN', constraint: 'notDrafter' });
    }
    expect(decisionRefusal(drafted, { id: 'sup-2', role: 'SUPERVISOR' }, 'APPROVED')).toBeNull();
    expect(decisionRefusal({ ...pending, draftedBy: 'cm-1' }, { id: 'cm-1', role: 'CASE_MANAGER' }, 'WITHDRAWN')).toBeNull();
  });

  it('TRK-1, TL-2: CLOSE_TA lapses the chart requests still pending (the chart leaves the consultation and the staffing by no other event); a closed case lapses every kind', () => {
    expect(lapsedBy('CLOSE_TA', 'EXIT')).toEqual(['TRACK_CHANGE', 'EXTENSION']);
    for (const type of ['CHANGE_CASE_MANAGER', 'DECIDE_TRACK_CHANGE', 'SCHEDULE_EXTENSION_STAFFING', 'REFER_AGAIN'] as const) expect(lapsedBy(type, 'PARTICIPATING')).toEqual([]);
    expect(lapsedBy('CLOSE_WORK_ACTIVITY_RECORD', 'POST_TA')).toEqual([]);
    for (const type of ['CLOSE_WORK_ACTIVITY_RECORD', 'COMPLETE_POST_TA'] as const) {
      expect(lapsedBy(type, 'CLOSED')).toEqual(['TRACK_CHANGE', 'EXTENSION', 'SUPPORTIVE_SERVICE', 'OBLIGATION_WAIVER']);
    }
    // The chart agrees: the consultation and the staffing are left by their decision or by CLOSE_TA, by nothing else.
    expect(eventsLeaving(['open', 'phase', 'participating', 'track', 'consultationRequested'])).toEqual(['CLOSE_TA', 'DECIDE_TRACK_CHANGE']);
    expect(eventsLeaving(['open', 'timeLimit', 'staffingScheduled'])).toEqual(['CLOSE_TA', 'DECIDE_EXTENSION']);
  });

  it('TL-2: a request superseded by a form submitted again keeps its requester from deciding the new one; a CLOSE_TA lapse ends the chain', () => {
    const ext = { kind: 'EXTENSION' as const };
    const first = { ...ext, status: 'LAPSED' as const, requestedBy: 'sup-1', historyVersion: 7, decision: { outcome: 'LAPSED' as const, historyVersion: 9 } };
    const second = { ...ext, status: 'LAPSED' as const, requestedBy: 'cm-1', historyVersion: 9, decision: { outcome: 'LAPSED' as const, historyVersion: 11 } };
    const current = { ...ext, status: 'PENDING' as const, requestedBy: 'cm-2', historyVersion: 11, decision: null };
    expect(requestersOf(current, [first, second, current])).toEqual(['cm-2', 'cm-1', 'sup-1']);
    // An older episode's request, lapsed by CLOSE_TA at version 5, supersedes nothing: no request opened at 5.
    const closed = { ...ext, status: 'LAPSED' as const, requestedBy: 'sup-9', historyVersion: 3, decision: { outcome: 'LAPSED' as const, historyVersion: 5 } };
    expect(requestersOf(first, [closed, first])).toEqual(['sup-1']);
    expect(decideEventsOfOwnRequests([first, second, current], 'sup-1')).toEqual(new Set(['DECIDE_EXTENSION']));
    expect(decideEventsOfOwnRequests([first, second, current], 'sup-2')).toEqual(new Set());
    expect(decisionRefusal({ ...current, askedBy: ['cm-2', 'sup-1'] }, { id: 'sup-1', role: 'SUPERVISOR' }, 'APPROVED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'notRequester' });
  });

  it('only a SUPERVISOR approves or denies; only the requester withdraws, and a chart request (TRK-1, TL-2) is not withdrawn', () => {
    for (const role of ['CASE_MANAGER', 'MANAGER', 'WSTA', 'PARTNER']) {
      expect(decisionRefusal(pending, { id: 'x', role }, 'APPROVED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'isSupervisor' });
    }
    expect(decisionRefusal(pending, { id: 'cm-1', role: 'CASE_MANAGER' }, 'WITHDRAWN')).toBeNull();
    expect(decisionRefusal(pending, { id: 'sup-2', role: 'SUPERVISOR' }, 'WITHDRAWN')).toMatchObject({ code: 'FORBIDDEN', constraint: 'isRequester' });
    expect(decisionRefusal({ ...pending, kind: 'TRACK_CHANGE' }, { id: 'cm-1', role: 'CASE_MANAGER' }, 'WITHDRAWN')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'withdrawable' });
  });

  it('a decision is never dated before its request (the same instant is after)', () => {
    const asked = { ...pending, requestedAt: new Date('2026-11-02T19:00:00Z') };
    expect(decisionRefusal(asked, { id: 'sup-2', role: 'SUPERVISOR' }, 'APPROVED', new Date('2026-11-02T18:59:59.999Z'))).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'notBeforeRequest' });
    expect(decisionRefusal(asked, { id: 'sup-2', role: 'SUPERVISOR' }, 'APPROVED', new Date('2026-11-02T19:00:00Z'))).toBeNull();
    expect(decisionRefusal(asked, { id: 'cm-1', role: 'CASE_MANAGER' }, 'WITHDRAWN', new Date('2026-11-02T18:00:00Z'))).toMatchObject({ constraint: 'notBeforeRequest' });
  });

  it('a decision is made once: a decided request is refused as BAD_USER_INPUT', () => {
    for (const status of ['APPROVED', 'DENIED', 'WITHDRAWN', 'LAPSED'] as const) {
      expect(decisionRefusal({ ...pending, status }, { id: 'sup-2', role: 'SUPERVISOR' }, 'APPROVED')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'isPending' });
    }
  });

  it('the queue age counts Alaska business days after the request, to today or to the decision (AS 01.10.080)', () => {
    const calendar = new AlaskaCalendar();
    expect(ageInBusinessDays('2026-11-25', null, '2026-11-30', calendar)).toBe(2); // Thanksgiving skipped, the day after counts
    expect(ageInBusinessDays('2026-11-20', null, '2026-12-01', calendar)).toBe(6);
    expect(ageInBusinessDays('2026-11-20', '2026-11-23', '2026-12-31', calendar)).toBe(1);
    expect(ageInBusinessDays('2026-11-02', null, '2026-11-02', calendar)).toBe(0);
  });

  it('one pending per action and case: the subject a kind compares, and the rule each kind answers to', () => {
    expect(subjectKeyOf('TRACK_CHANGE', {})).toBe('');
    expect(subjectKeyOf('SUPPORTIVE_SERVICE', { supportiveServiceId: 's-1' })).toBe('s-1');
    expect(subjectKeyOf('OBLIGATION_WAIVER', { obligationKey: 'EA-2:v5' })).toBe('EA-2:v5');
    expect([ruleIdOf('TRACK_CHANGE'), ruleIdOf('EXTENSION'), ruleIdOf('SUPPORTIVE_SERVICE'), ruleIdOf('OBLIGATION_WAIVER', 'EA-2')]).toEqual(['TRK-1', 'TL-2', 'SS-2', 'EA-2']);
  });

  it('TRK-1 and TL-2 are opened and decided by their chart events', () => {
    expect(chartApprovalOf('REQUEST_TRACK_CHANGE')).toEqual({ kind: 'TRACK_CHANGE', step: 'opens' });
    expect(chartApprovalOf('DECIDE_TRACK_CHANGE')).toEqual({ kind: 'TRACK_CHANGE', step: 'decides' });
    expect(chartApprovalOf('SUBMIT_STAFFING_FORM')).toEqual({ kind: 'EXTENSION', step: 'opens' });
    expect(chartApprovalOf('DECIDE_EXTENSION')).toEqual({ kind: 'EXTENSION', step: 'decides' });
    expect(chartApprovalOf('SCHEDULE_EXTENSION_STAFFING')).toBeNull();
  });
});
