import { OBLIGATION_RULE_IDS, type CaseRecord } from '../../../src/obligations';
import { buildCase, type Command, derive, middayAk, note, ofRule, one, reached, toParticipation, toPlanning, waiver } from './case-builder';

const REFERRAL = '2026-11-06';

describe('waivers', () => {
  const record = (waivers = [waiver('EA-2:v3', 'Supervisor approved: CM on emergency leave', '2026-11-17')]) =>
    buildCase({ referralDate: REFERRAL }, [reached('2026-11-09'), { type: 'COMPLETE_EA', completedOn: '2026-11-12' }], { waivers });

  it('EA-2: a waiver naming the key makes it WAIVED, even once past due, with the reason', () => {
    expect(one(record(), '2026-11-20', 'EA-2:v3')).toMatchObject({ status: 'WAIVED', waiverReason: 'Supervisor approved: CM on emergency leave', metBy: null });
    expect(one(record(), '2026-11-20', 'ENG-1')).toMatchObject({ status: 'OVERDUE', waiverReason: null });
  });

  it('EA-2: the waiver\'s coded reason is kept beside its free text', () => {
    expect(one(record(), '2026-11-20', 'EA-2:v3')).toMatchObject({ status: 'WAIVED', waiverReasonCode: 'EXTENUATING_CIRCUMSTANCES' });
  });

  it('ENG-1, ENG-3, TRK-4: a coded reason that does not apply to the rule settles nothing (a busy week waives nothing)', () => {
    const busyWeek = buildCase({ referralDate: REFERRAL }, [], {
      waivers: ['ENG-1', 'ENG-3:2026-11-06', 'TRK-4:2026-11-06'].map((key) => waiver(key, 'busy week in the office', '2026-11-10')),
    });
    expect(one(busyWeek, '2026-12-20', 'ENG-1')).toMatchObject({ status: 'OVERDUE', waiverReason: null, waiverReasonCode: null });
    expect(one(busyWeek, '2026-12-20', 'ENG-3:2026-11-06').status).toBe('OVERDUE');
    expect(one(busyWeek, '2026-12-20', 'TRK-4:2026-11-06').status).toBe('OVERDUE');
  });

  it('EA-2: a waiver recorded before reasons were coded stands as recorded', () => {
    const legacy = record([waiver('EA-2:v3', 'Supervisor approved: CM on emergency leave', '2026-11-17', null)]);
    expect(one(legacy, '2026-11-20', 'EA-2:v3')).toMatchObject({ status: 'WAIVED', waiverReasonCode: null });
  });

  it('EA-2: the latest waiver of a key gives the reason; a met obligation stays MET', () => {
    const twice = record([waiver('EA-2:v3', 'first', '2026-11-17'), waiver('EA-2:v3', 'restated', '2026-11-18')]);
    expect(one(twice, '2026-11-20', 'EA-2:v3').waiverReason).toBe('restated');
    const met = buildCase({ referralDate: REFERRAL }, toPlanning(), { waivers: [waiver('EA-2:v3', 'not needed', '2026-11-17')] });
    expect(one(met, '2026-11-20', 'EA-2:v3')).toMatchObject({ status: 'MET', waiverReason: null });
  });
});

describe('a re-referral starts afresh', () => {
  const cycle: Command[] = [
    reached('2026-11-09'),
    { type: 'CLOSE_TA', closedOn: '2026-11-20', withWork: false },
    { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2026-11-25' },
    { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2026-12-31' },
    { type: 'REFER_AGAIN', referralDate: '2027-03-01', track: 'WORK_FIRST', caseManagerId: 'cm-1', monthsUsed: 12 },
  ];

  it('ENG-1: acts, notes and waivers of the earlier referral do not meet or waive the new one', () => {
    const record = buildCase({ referralDate: REFERRAL }, cycle, {
      notes: [note('c-old', 'CONTACT', '2026-11-09')],
      // Recorded before reasons were coded (ENG-1 may not be waived today): only the referral matters here.
      waivers: [waiver('ENG-1', 'old referral', '2026-11-10', null)],
    });
    expect(one(record, '2027-03-03', 'ENG-1')).toMatchObject({ dueDate: '2027-03-02', status: 'OVERDUE', metBy: null, waiverReason: null });
    expect(derive(record, '2027-03-03').some((o) => o.ruleId.startsWith('EXIT'))).toBe(false);
    const waived = { ...record, waivers: [...record.waivers, waiver('ENG-1', 'new referral', '2027-03-03', null)] };
    expect(one(waived, '2027-03-03', 'ENG-1')).toMatchObject({ status: 'WAIVED', waiverReason: 'new referral' });
  });
});

describe('TA closure ends the open-case duties', () => {
  it('ENG-4 / FSSP-2 / WV-1: unmet duties due after closure are dropped; WV-1 still verifies the last month', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...toParticipation(), { type: 'CLOSE_TA', closedOn: '2027-01-15', withWork: false }]);
    const keys = derive(record, '2027-02-10').map((o) => o.key);
    expect(keys).toContain('ENG-4:2026-12');
    expect(keys).not.toContain('ENG-4:2027-01');
    expect(keys.filter((k) => k.startsWith('FSSP-'))).toEqual([]);
    expect(ofRule(record, '2027-02-10', 'WV-1')['WV-1:2027-01']).toMatchObject({ dueDate: '2027-02-22', status: 'OPEN' });
  });
});

describe('deriveObligations', () => {
  const busy = (): CaseRecord => buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, [
    ...toParticipation(),
    { type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn: '2027-01-20', at: middayAk('2026-12-15') },
  ], { childCareAuthorized: true, notes: [note('n-1', 'FSSP_REVIEW', '2026-12-10')] });

  it('lists the rule ids it derives, and derives only those', () => {
    expect(OBLIGATION_RULE_IDS).toEqual(['ENG-1', 'ENG-3', 'ENG-4', 'ENG-5', 'ENG-6', 'ENG-7', 'EA-2', 'EA-3', 'EA-5', 'FSSP-2', 'FSSP-4', 'FSSP-6', 'TRK-2', 'TRK-3', 'TRK-4',
      'PEN-4', 'TL-1', 'TL-2', 'TL-3', 'WV-1', 'SS-3', 'EXIT-1', 'EXIT-2', 'EXIT-3', 'MGT-2', 'MGT-4']);
    for (const o of derive(busy(), '2027-02-01')) expect(OBLIGATION_RULE_IDS).toContain(o.ruleId);
  });

  it('returns unique keys sorted by due date', () => {
    const list = derive(busy(), '2027-02-01');
    expect(new Set(list.map((o) => o.key)).size).toBe(list.length);
    expect(list.map((o) => o.dueDate)).toEqual([...list.map((o) => o.dueDate)].sort());
  });

  it('is pure: the same answer twice, and the record untouched', () => {
    const record = busy();
    const before = JSON.stringify(record);
    expect(derive(record, '2027-02-01')).toEqual(derive(record, '2027-02-01'));
    expect(JSON.stringify(record)).toBe(before);
  });

  it('refuses a today that is not a date, and names a bad timestamp', () => {
    expect(() => derive(busy(), '2027-02-30')).toThrow(RangeError);
    const bad = { ...busy(), notes: [{ id: 'n-9', subject: 'CONTACT' as const, enteredAt: 'yesterday' }] };
    expect(() => derive(bad, '2027-02-01')).toThrow(/note n-9/);
  });
});

describe('notes count from when they were entered, not from the date typed on them', () => {
  it('EA-2: an EA note recorded five days after the EA but dated the next day is met late, on the day it was entered', () => {
    const record = buildCase({ referralDate: REFERRAL }, [
      reached('2026-11-09'), { type: 'COMPLETE_EA', completedOn: '2026-11-12' },
      { type: 'RECORD_EA_NOTE', enteredOn: '2026-11-13', at: middayAk('2026-11-17') },
    ]);
    const ea2 = derive(record, '2026-11-18').find((o) => o.ruleId === 'EA-2')!;
    expect(ea2).toMatchObject({ dueDate: '2026-11-16', status: 'MET', metOn: '2026-11-17' });
    // Before it was entered, the same record shows the deadline missed.
    expect(derive({ ...record, history: record.history.slice(0, -1) }, '2026-11-17').find((o) => o.ruleId === 'EA-2')!.status).toBe('OVERDUE');
  });
});
