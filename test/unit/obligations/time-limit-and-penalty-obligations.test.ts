import { buildCase, type Command, middayAk, ofRule, one, toParticipation } from './case-builder';

const REFERRAL = '2026-11-06';
const assistanceMonth = (month: string, day: string): Command => ({ type: 'RECORD_ASSISTANCE_MONTH', month, at: middayAk(day) });
const schedule = (staffingOn: string, day: string): Command => ({ type: 'SCHEDULE_EXTENSION_STAFFING', staffingOn, at: middayAk(day) });

describe('TL-1: the extension staffing is scheduled at month 58', () => {
  const at58: Command[] = [...toParticipation(), assistanceMonth('2026-12', '2026-12-01')];

  it('TL-1: none before month 58; due the last day of the month the 58th month was used', () => {
    expect(ofRule(buildCase({ referralDate: REFERRAL, monthsUsed: 57 }, toParticipation()), '2026-11-30', 'TL-1')).toEqual({});
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 57 }, at58);
    expect(one(record, '2026-12-10', 'TL-1')).toMatchObject({ ruleId: 'TL-1', dueDate: '2026-12-31', status: 'OPEN' });
    expect(one(record, '2027-01-04', 'TL-1').status).toBe('OVERDUE');
  });

  it('TL-1: a client referred at month 58 is due by the end of the referral month', () => {
    expect(one(buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, []), '2026-11-06', 'TL-1').dueDate).toBe('2026-11-30');
  });

  it('TL-1: met by SCHEDULE_EXTENSION_STAFFING', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 57 }, [...at58, schedule('2027-01-20', '2026-12-15')]);
    expect(one(record, '2027-01-04', 'TL-1')).toMatchObject({ status: 'MET', metBy: 'SCHEDULE_EXTENSION_STAFFING (history v8)', metOn: '2026-12-15' });
  });
});

describe('TL-1: at the end of month 60 the case closes or continues under an approved extension (issue 10)', () => {
  const at60: Command[] = [...toParticipation(), assistanceMonth('2026-11', '2026-11-20'), assistanceMonth('2026-12', '2026-12-01')];

  it('TL-1: none before month 60; due the last day of the month the 60th month was used', () => {
    expect(derive60(buildCase({ referralDate: REFERRAL, monthsUsed: 59 }, toParticipation()), '2026-11-30')).toBeUndefined();
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, at60);
    expect(one(record, '2026-12-10', 'TL-1:month60')).toMatchObject({ ruleId: 'TL-1', dueDate: '2026-12-31', status: 'OPEN' });
    expect(one(record, '2027-01-04', 'TL-1:month60').status).toBe('OVERDUE');
  });

  it('TL-1: met by closing TA', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, [...at60, { type: 'CLOSE_TA', closedOn: '2026-12-31', withWork: false, at: middayAk('2026-12-31') }]);
    expect(one(record, '2027-01-04', 'TL-1:month60')).toMatchObject({ status: 'MET', metBy: expect.stringContaining('CLOSE_TA'), metOn: '2026-12-31' });
  });

  it('TL-1: met by an approved extension, not by a denied one', () => {
    const staffed: Command[] = [...toParticipation(), schedule('2026-11-30', '2026-11-20'), { type: 'SUBMIT_STAFFING_FORM', submittedOn: '2026-11-20', at: middayAk('2026-11-20') }];
    const decide = (approved: boolean): Command => ({ type: 'DECIDE_EXTENSION', approved, reason: 'staffing', at: middayAk('2026-11-30') });
    const approved = buildCase({ referralDate: REFERRAL, monthsUsed: 60 }, [...staffed, decide(true)]);
    expect(one(approved, '2026-12-04', 'TL-1:month60')).toMatchObject({ status: 'MET', metBy: expect.stringContaining('DECIDE_EXTENSION') });
    const denied = buildCase({ referralDate: REFERRAL, monthsUsed: 60 }, [...staffed, decide(false)]);
    expect(one(denied, '2026-12-04', 'TL-1:month60')).toMatchObject({ status: 'OVERDUE', dueDate: '2026-11-30', metBy: null });
  });
});

const derive60 = (record: Parameters<typeof one>[0], today: string) => ofRule(record, today, 'TL-1')['TL-1:month60'];

describe('TL-2: the staffing form reaches the supervisor at least 7 days before the staffing', () => {
  const scheduled: Command[] = [...toParticipation(), schedule('2027-01-20', '2026-12-15')];
  const submit = (submittedOn: string): Command => ({ type: 'SUBMIT_STAFFING_FORM', submittedOn });

  it('TL-2: due 7 days before the staffing; OPEN until then, OVERDUE after', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, scheduled);
    expect(one(record, '2027-01-13', 'TL-2:2027-01-20')).toMatchObject({ ruleId: 'TL-2', dueDate: '2027-01-13', status: 'OPEN' });
    expect(one(record, '2027-01-14', 'TL-2:2027-01-20').status).toBe('OVERDUE');
  });

  it('TL-2: met by a form submitted on time; a late form does not meet it', () => {
    const onTime = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, [...scheduled, submit('2027-01-12')]);
    expect(one(onTime, '2027-01-16', 'TL-2:2027-01-20')).toMatchObject({ status: 'MET', metBy: 'SUBMIT_STAFFING_FORM (history v8)', metOn: '2027-01-12' });
    const late = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, [...scheduled, submit('2027-01-15')]);
    expect(one(late, '2027-01-16', 'TL-2:2027-01-20')).toMatchObject({ status: 'OVERDUE', metBy: null });
  });

  it('TL-2: rescheduling needs a new form', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, [...scheduled, submit('2027-01-05'), schedule('2027-02-10', '2027-01-08')]);
    expect(Object.values(ofRule(record, '2027-01-20', 'TL-2'))).toEqual([
      expect.objectContaining({ key: 'TL-2:2027-02-10', dueDate: '2027-02-03', status: 'OPEN', metBy: null }),
    ]);
  });
});

describe('PEN-4: a Penalty Resolution home visit before each escalation', () => {
  const penalized: Command[] = [
    ...toParticipation(),
    { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-12-01' },
    { type: 'DETERMINE_GOOD_CAUSE', goodCause: false, reason: 'none given', at: middayAk('2026-12-04') },
    { type: 'REQUEST_PENALTY', at: middayAk('2026-12-04') },
    { type: 'IMPOSE_PENALTY', noticeOn: '2026-12-04' },
  ];
  const visit = (visitedOn: string): Command => ({ type: 'RECORD_PENALTY_HOME_VISIT', visitedOn, childSafetyDetermined: true });

  it('PEN-4: stage 2 begins with the 5th month from the finding (2027-05-01); the visit is due the day before', () => {
    const record = buildCase({ referralDate: REFERRAL }, penalized);
    expect(one(record, '2027-03-01', 'PEN-4:2027-01-01:stage2')).toMatchObject({ ruleId: 'PEN-4', dueDate: '2027-04-30', status: 'OPEN' });
    expect(one(record, '2027-05-01', 'PEN-4:2027-01-01:stage2').status).toBe('OVERDUE');
  });

  it('PEN-4: a visit without the child-safety determination does not meet it', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...penalized, { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2027-04-20', childSafetyDetermined: false }]);
    expect(one(record, '2027-04-25', 'PEN-4:2027-01-01:stage2')).toMatchObject({ status: 'OPEN', metBy: null });
  });

  it('PEN-4: met by RECORD_PENALTY_HOME_VISIT after imposition', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...penalized, visit('2027-04-20')]);
    expect(one(record, '2027-05-01', 'PEN-4:2027-01-01:stage2')).toMatchObject({ status: 'MET', metBy: 'RECORD_PENALTY_HOME_VISIT (history v11)', metOn: '2027-04-20' });
  });

  it('PEN-4: at stage 2 a new visit is due before stage 3 (8 months after imposition); the old visit does not count', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...penalized, visit('2027-04-20'), { type: 'ESCALATE_PENALTY', at: middayAk('2027-05-01') }]);
    expect(Object.values(ofRule(record, '2027-06-02', 'PEN-4'))).toEqual([
      expect.objectContaining({ key: 'PEN-4:2027-01-01:stage3', dueDate: '2027-08-31', status: 'OPEN', metBy: null }),
    ]);
  });
});
