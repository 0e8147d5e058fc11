import { AlaskaCalendar } from '../../src/calendar/alaska-calendar';
import { ageInBusinessDays, chartApprovalOf, decisionRefusal, ruleIdOf, subjectKeyOf } from '../../src/approvals/approval-rules';

const pending = { status: 'PENDING' as const, requestedBy: 'cm-1', kind: 'SUPPORTIVE_SERVICE' as const };

describe('approval rules (issue 13: TRK-1, TL-2, SS-2, waivers)', () => {
  it('SS-2, TRK-1, TL-2: the approver is never the requester, even a supervisor', () => {
    expect(decisionRefusal({ ...pending, requestedBy: 'sup-1' }, { id: 'sup-1', role: 'SUPERVISOR' }, 'APPROVED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'notRequester' });
    expect(decisionRefusal({ ...pending, requestedBy: 'sup-1' }, { id: 'sup-1', role: 'SUPERVISOR' }, 'DENIED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'notRequester' });
    expect(decisionRefusal(pending, { id: 'sup-2', role: 'SUPERVISOR' }, 'APPROVED')).toBeNull();
  });

  it('only a SUPERVISOR approves or denies; only the requester withdraws, and a chart request (TRK-1, TL-2) is not withdrawn', () => {
    for (const role of ['CASE_MANAGER', 'MANAGER', 'WSTA', 'PARTNER']) {
      expect(decisionRefusal(pending, { id: 'x', role }, 'APPROVED')).toMatchObject({ code: 'FORBIDDEN', constraint: 'isSupervisor' });
    }
    expect(decisionRefusal(pending, { id: 'cm-1', role: 'CASE_MANAGER' }, 'WITHDRAWN')).toBeNull();
    expect(decisionRefusal(pending, { id: 'sup-2', role: 'SUPERVISOR' }, 'WITHDRAWN')).toMatchObject({ code: 'FORBIDDEN', constraint: 'isRequester' });
    expect(decisionRefusal({ ...pending, kind: 'TRACK_CHANGE' }, { id: 'cm-1', role: 'CASE_MANAGER' }, 'WITHDRAWN')).toMatchObject({ code: 'BAD_USER_INPUT', constraint: 'withdrawable' });
  });

  it('a decision is made once: a decided request is refused as BAD_USER_INPUT', () => {
    for (const status of ['APPROVED', 'DENIED', 'WITHDRAWN'] as const) {
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
