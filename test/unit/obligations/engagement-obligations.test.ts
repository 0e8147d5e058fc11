import { buildCase, type Command, derive, middayAk, note, ofRule, one, reached, toParticipation, toPlanning } from './case-builder';

const REFERRAL = '2026-11-06'; // a Friday

describe('ENG-1: contact within 1 business day of referral', () => {
  it('ENG-1: a Friday referral is due Monday; OPEN until then, OVERDUE after', () => {
    const record = buildCase({ referralDate: REFERRAL }, []);
    expect(one(record, '2026-11-06', 'ENG-1')).toMatchObject({ ruleId: 'ENG-1', dueDate: '2026-11-09', status: 'OPEN', metBy: null, metOn: null });
    expect(one(record, '2026-11-09', 'ENG-1').status).toBe('OPEN');
    expect(one(record, '2026-11-10', 'ENG-1').status).toBe('OVERDUE');
  });

  it('ENG-1: the day after Thanksgiving is a business day; Veterans Day is not', () => {
    expect(one(buildCase({ referralDate: '2026-11-25' }, []), '2026-11-25', 'ENG-1').dueDate).toBe('2026-11-27');
    expect(one(buildCase({ referralDate: '2026-11-10' }, []), '2026-11-10', 'ENG-1').dueDate).toBe('2026-11-12');
  });

  it('ENG-1: met by the first attempt that reached the client, with its CLNO, not by an unanswered one', () => {
    const record = buildCase({ referralDate: REFERRAL }, [
      { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-06', method: 'PHONE', outcome: 'NOT_REACHED' },
      reached('2026-11-09'),
    ], { notes: [note('a-1', 'CONTACT_ATTEMPT', '2026-11-06', 'PHONE'), note('c-1', 'CONTACT', '2026-11-09', 'PHONE')] });
    expect(one(record, '2026-11-20', 'ENG-1')).toMatchObject({ status: 'MET', metBy: 'RECORD_CONTACT_ATTEMPT (history v3) + CLNO c-1', metOn: '2026-11-09' });
  });

  it('ENG-1 / ENG-2: a reached attempt counts only once its CLNO is entered, and is met on that day', () => {
    const undocumented = buildCase({ referralDate: REFERRAL }, [reached('2026-11-09')]);
    expect(one(undocumented, '2026-11-10', 'ENG-1')).toMatchObject({ status: 'OVERDUE', metBy: null });
    const noteLater = buildCase({ referralDate: REFERRAL }, [reached('2026-11-09')], { notes: [note('c-1', 'CONTACT', '2026-11-12', 'PHONE')] });
    expect(one(noteLater, '2026-11-20', 'ENG-1')).toMatchObject({ status: 'MET', metBy: 'RECORD_CONTACT_ATTEMPT (history v2) + CLNO c-1', metOn: '2026-11-12' });
  });

  it('ENG-1 / ENG-2: a same-day failed phone attempt with its CLNO and a J016 meet it on time', () => {
    const attempt: Command[] = [
      { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-06', method: 'PHONE', outcome: 'NOT_REACHED' },
      { type: 'ISSUE_J016', eaAppointmentAt: middayAk('2026-11-13'), at: middayAk('2026-11-06') },
    ];
    const documented = buildCase({ referralDate: REFERRAL }, attempt, { notes: [note('a-1', 'CONTACT_ATTEMPT', '2026-11-06', 'PHONE')] });
    expect(one(documented, '2026-11-10', 'ENG-1')).toMatchObject({
      status: 'MET', metBy: 'RECORD_CONTACT_ATTEMPT (history v2) + CLNO a-1 + ISSUE_J016 (history v3)', metOn: '2026-11-06',
    });
    // The attempt without its CLNO (ENG-2), or the documented attempt without the J016, does not meet it.
    expect(one(buildCase({ referralDate: REFERRAL }, attempt), '2026-11-10', 'ENG-1').status).toBe('OVERDUE');
    const noJ016 = buildCase({ referralDate: REFERRAL }, attempt.slice(0, 1), { notes: [note('a-1', 'CONTACT_ATTEMPT', '2026-11-06', 'PHONE')] });
    expect(one(noJ016, '2026-11-10', 'ENG-1').status).toBe('OVERDUE');
  });

  it('ENG-1: a late contact still meets it, and keeps its date', () => {
    const record = buildCase({ referralDate: REFERRAL }, [reached('2026-11-12')], { notes: [note('c-1', 'CONTACT', '2026-11-12', 'PHONE')] });
    expect(one(record, '2026-11-20', 'ENG-1')).toMatchObject({ status: 'MET', metOn: '2026-11-12' });
  });

  it('ENG-1: a CONTACT note meets it, dated in Alaska (22:30 AKST on the 9th is the 10th in UTC)', () => {
    const record = buildCase({ referralDate: REFERRAL }, [], { notes: [note('n-1', 'CONTACT', '2026-11-10T07:30:00Z')] });
    expect(one(record, '2026-11-20', 'ENG-1')).toMatchObject({ status: 'MET', metBy: 'CLNO n-1', metOn: '2026-11-09' });
  });
});

describe('ENG-3: EA, signed FSSP and EPI within 30 days of each clock start', () => {
  it('ENG-3: 30 days from a 2026-11-06 referral is Sunday 2026-12-06, so due Monday 2026-12-07', () => {
    const record = buildCase({ referralDate: REFERRAL }, toPlanning());
    expect(one(record, '2026-12-07', 'ENG-3:2026-11-06')).toMatchObject({ ruleId: 'ENG-3', dueDate: '2026-12-07', status: 'OPEN' });
    // The EA alone is not enough.
    expect(one(record, '2026-12-08', 'ENG-3:2026-11-06').status).toBe('OVERDUE');
  });

  it('ENG-3: met once both the EA and the signature happened, on the later of the two', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation());
    expect(one(record, '2026-12-08', 'ENG-3:2026-11-06')).toMatchObject({
      status: 'MET', metBy: 'COMPLETE_EA (history v3) + SIGN_FSSP (history v6)', metOn: '2026-11-20',
    });
  });

  it('ENG-3: a case manager change restarts the clock; the unmet clock it replaced is dropped', () => {
    const record = buildCase({ referralDate: REFERRAL }, [
      reached('2026-11-09'),
      { type: 'CHANGE_CASE_MANAGER', caseManagerId: 'cm-2', at: middayAk('2026-11-20') },
    ]);
    const eng3 = ofRule(record, '2026-12-22', 'ENG-3');
    expect(Object.keys(eng3)).toEqual(['ENG-3:2026-11-20']);
    // 2026-12-20 is a Sunday.
    expect(eng3['ENG-3:2026-11-20']).toMatchObject({ dueDate: '2026-12-21', status: 'OVERDUE' });
  });

  it('ENG-3: an approved track change starts a new clock, met by an EA CLNO and an FSSP update', () => {
    const change: Command[] = [
      ...toParticipation(),
      { type: 'REQUEST_TRACK_CHANGE', toTrack: 'FAMILIES_FIRST', reason: 'barriers', at: middayAk('2027-01-05') },
      { type: 'DECIDE_TRACK_CHANGE', approved: true, reason: 'ok', at: middayAk('2027-01-12') },
    ];
    const open = buildCase({ referralDate: REFERRAL }, change);
    expect(one(open, '2027-01-20', 'ENG-3:2027-01-12')).toMatchObject({ dueDate: '2027-02-11', status: 'OPEN' });
    expect(one(open, '2027-02-12', 'ENG-3:2027-01-12').status).toBe('OVERDUE');
    expect(one(open, '2027-02-12', 'ENG-3:2026-11-06').status).toBe('MET');

    const met = buildCase({ referralDate: REFERRAL }, [...change, { type: 'UPDATE_FSSP', updatedOn: '2027-01-25', lastStepReviewDate: '2027-04-30' }],
      { notes: [note('ea-2', 'EA', '2027-01-20')] });
    expect(one(met, '2027-02-12', 'ENG-3:2027-01-12')).toMatchObject({ status: 'MET', metBy: 'CLNO ea-2 + UPDATE_FSSP (history v9)', metOn: '2027-01-25' });
  });
});

describe('ENG-4: a meaningful contact with an FSSP review every month of participation', () => {
  it('ENG-4: one per month from the month after the signature, due the last day of the month', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation());
    const eng4 = ofRule(record, '2027-01-15', 'ENG-4');
    expect(Object.keys(eng4)).toEqual(['ENG-4:2026-12', 'ENG-4:2027-01']);
    expect(eng4['ENG-4:2026-12']).toMatchObject({ dueDate: '2026-12-31', status: 'OVERDUE' });
    expect(eng4['ENG-4:2027-01']).toMatchObject({ dueDate: '2027-01-31', status: 'OPEN' });
  });

  it('ENG-4: met by a REVIEW_FSSP in the month', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...toParticipation(), { type: 'REVIEW_FSSP', reviewedOn: '2026-12-10' }]);
    const eng4 = ofRule(record, '2027-01-15', 'ENG-4');
    expect(eng4['ENG-4:2026-12']).toMatchObject({ status: 'MET', metBy: 'REVIEW_FSSP (history v7)', metOn: '2026-12-10' });
    expect(eng4['ENG-4:2027-01'].status).toBe('OPEN');
  });

  it('ENG-4: an FSSP_REVIEW note counts in its Alaska month (22:00 AKST on Dec 31 is Jan 1 in UTC)', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation(), { notes: [note('r-1', 'FSSP_REVIEW', '2027-01-01T07:00:00Z')] });
    const eng4 = ofRule(record, '2027-01-15', 'ENG-4');
    expect(eng4['ENG-4:2026-12']).toMatchObject({ status: 'MET', metBy: 'CLNO r-1', metOn: '2026-12-31' });
    expect(eng4['ENG-4:2027-01'].status).toBe('OPEN');
  });
});

describe('ENG-5: 2 contact attempts a month, by more than one method, while the client is not engaged', () => {
  const unreached: Command[] = [
    { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-06', method: 'PHONE', outcome: 'NOT_REACHED' },
    { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-12-03', method: 'PHONE', outcome: 'NOT_REACHED' },
  ];
  const notes = [
    note('a-0', 'CONTACT_ATTEMPT', '2026-11-06', 'PHONE'), note('a-1', 'CONTACT_ATTEMPT', '2026-11-12', 'LETTER'), note('a-2', 'CONTACT_ATTEMPT', '2026-12-03', 'PHONE'),
  ];

  it('ENG-5: met by a phone attempt and a letter; the same method twice does not count', () => {
    const record = buildCase({ referralDate: REFERRAL }, unreached, { notes });
    const eng5 = ofRule(record, '2026-12-15', 'ENG-5');
    expect(eng5['ENG-5:2026-11']).toMatchObject({ dueDate: '2026-11-30', status: 'MET', metBy: 'CLNO a-1', metOn: '2026-11-12' });
    expect(eng5['ENG-5:2026-12']).toMatchObject({ dueDate: '2026-12-31', status: 'OPEN' });
  });

  it('ENG-5 / ENG-2: an attempt without its CLNO does not count', () => {
    const record = buildCase({ referralDate: REFERRAL }, unreached, { notes: notes.slice(1) });
    expect(ofRule(record, '2026-12-15', 'ENG-5')['ENG-5:2026-11']).toMatchObject({ status: 'OVERDUE', metBy: null });
  });

  it('ENG-5: OVERDUE after the month ends; the new month opens while the client stays unreached', () => {
    const eng5 = ofRule(buildCase({ referralDate: REFERRAL }, unreached, { notes }), '2027-01-02', 'ENG-5');
    expect(eng5['ENG-5:2026-12'].status).toBe('OVERDUE');
    expect(eng5['ENG-5:2027-01']).toMatchObject({ dueDate: '2027-01-31', status: 'OPEN' });
  });

  it('ENG-5: none once the client was reached in the referral month', () => {
    expect(ofRule(buildCase({ referralDate: REFERRAL }, [reached('2026-11-09')]), '2026-12-15', 'ENG-5')).toEqual({});
  });

  describe('ENG-5: a client reached once who stops engaging is not engaged again', () => {
    const participating = toParticipation(); // reached 2026-11-09, signed 2026-11-20
    const missedCall = note('m-1', 'CONTACT_ATTEMPT', '2026-12-03', 'PHONE');

    it('ENG-5: a documented failed attempt after referral opens the month\'s duty; OVERDUE with one method', () => {
      const eng5 = ofRule(buildCase({ referralDate: REFERRAL }, participating, { notes: [missedCall] }), '2027-01-02', 'ENG-5');
      expect(Object.keys(eng5)).toEqual(['ENG-5:2026-12', 'ENG-5:2027-01']);
      expect(eng5['ENG-5:2026-12']).toMatchObject({ dueDate: '2026-12-31', status: 'OVERDUE' });
    });

    it('ENG-5: met by a phone attempt and a home visit, each in its CLNO', () => {
      const visit = note('m-2', 'CONTACT_ATTEMPT', '2026-12-10', 'HOME_VISIT');
      const eng5 = ofRule(buildCase({ referralDate: REFERRAL }, participating, { notes: [missedCall, visit] }), '2027-01-02', 'ENG-5');
      expect(eng5['ENG-5:2026-12']).toMatchObject({ status: 'MET', metBy: 'CLNO m-2', metOn: '2026-12-10' });
    });

    it('ENG-5: reaching the client again (a CONTACT CLNO, an FSSP review) ends it', () => {
      const contact = note('c-2', 'CONTACT', '2026-12-18', 'PHONE');
      expect(ofRule(buildCase({ referralDate: REFERRAL }, participating, { notes: [missedCall, contact] }), '2027-01-02', 'ENG-5')).toEqual({});
      const reviewed = buildCase({ referralDate: REFERRAL }, [...participating, { type: 'REVIEW_FSSP', reviewedOn: '2027-01-08' }], { notes: [missedCall] });
      expect(Object.keys(ofRule(reviewed, '2027-02-02', 'ENG-5'))).toEqual(['ENG-5:2026-12']);
    });

    it('ENG-5: a failed call on a day the client was also reached opens nothing', () => {
      const sameDay = [note('m-0', 'CONTACT_ATTEMPT', '2026-12-03', 'PHONE'), note('c-0', 'CONTACT', '2026-12-03T23:00:00Z', 'PHONE')];
      expect(ofRule(buildCase({ referralDate: REFERRAL }, participating, { notes: sameDay }), '2027-01-02', 'ENG-5')).toEqual({});
    });
  });
});

describe('ENG-5: then a penalty must be requested for lack of engagement unless good cause exists', () => {
  const participating = toParticipation(); // reached 2026-11-09, signed 2026-11-20
  // Two unanswered attempts in December, by phone and by letter, each documented in its CLNO.
  const phone = note('m-1', 'CONTACT_ATTEMPT', '2026-12-03', 'PHONE');
  const letter = note('m-2', 'CONTACT_ATTEMPT', '2026-12-08', 'LETTER');
  const penaltyDuty = (record: ReturnType<typeof buildCase>, today: string) => ofRule(record, today, 'ENG-5')['ENG-5:penalty:2026-12-03'];

  it('ENG-5: once the month\'s 2 attempts by more than one method failed, a penalty request is due by the end of the next month', () => {
    const record = buildCase({ referralDate: REFERRAL }, participating, { notes: [phone, letter] });
    expect(penaltyDuty(record, '2026-12-10')).toMatchObject({ ruleId: 'ENG-5', dueDate: '2027-01-31', status: 'OPEN', metBy: null });
    expect(penaltyDuty(record, '2027-02-01').status).toBe('OVERDUE');
  });

  it('ENG-5: not before the minimum is made: one method twice, or an attempt without its CLNO (ENG-2)', () => {
    const twicePhone = buildCase({ referralDate: REFERRAL }, participating, { notes: [phone, note('m-3', 'CONTACT_ATTEMPT', '2026-12-10', 'PHONE')] });
    expect(penaltyDuty(twicePhone, '2027-02-01')).toBeUndefined();
    expect(penaltyDuty(buildCase({ referralDate: REFERRAL }, participating, { notes: [phone] }), '2027-02-01')).toBeUndefined();
  });

  it('ENG-5: met by reporting a NOT_ENGAGED non-compliance (the request; good cause is determined next, PEN-1)', () => {
    const record = buildCase({ referralDate: REFERRAL },
      [...participating, { type: 'REPORT_NON_COMPLIANCE', kind: 'NOT_ENGAGED', occurredOn: '2026-12-09' }], { notes: [phone, letter] });
    expect(penaltyDuty(record, '2027-02-01')).toMatchObject({ status: 'MET', metBy: 'REPORT_NON_COMPLIANCE (history v7)', metOn: '2026-12-09' });
  });

  it('ENG-5: a report of another kind does not meet it', () => {
    const record = buildCase({ referralDate: REFERRAL },
      [...participating, { type: 'REPORT_NON_COMPLIANCE', kind: 'WORK_ACTIVITY', occurredOn: '2026-12-09' }], { notes: [phone, letter] });
    expect(penaltyDuty(record, '2027-02-01')).toMatchObject({ status: 'OVERDUE', metBy: null });
  });

  it('ENG-5: met by reaching the client (engaged again, no penalty to request)', () => {
    const record = buildCase({ referralDate: REFERRAL }, participating, { notes: [phone, letter, note('c-2', 'CONTACT', '2027-01-12', 'PHONE')] });
    expect(penaltyDuty(record, '2027-02-01')).toMatchObject({ status: 'MET', metBy: 'CLNO c-2', metOn: '2027-01-12' });
  });

  it('ENG-5: also for a client never reached since referral', () => {
    const record = buildCase({ referralDate: REFERRAL }, [{ type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-06', method: 'PHONE', outcome: 'NOT_REACHED' }],
      { notes: [note('a-0', 'CONTACT_ATTEMPT', '2026-11-06', 'PHONE'), note('a-1', 'CONTACT_ATTEMPT', '2026-11-12', 'LETTER')] });
    expect(ofRule(record, '2026-12-15', 'ENG-5')['ENG-5:penalty:2026-11-06']).toMatchObject({ dueDate: '2026-12-31', status: 'OPEN' });
  });
});

describe('EA-2: the EA CLNO within 2 days of the EA', () => {
  const ea = (completedOn: string): Command[] => [reached('2026-11-09'), { type: 'COMPLETE_EA', completedOn }];

  it('EA-2: an EA on Thursday 2026-11-12 is due Monday 2026-11-16 (2 days land on Saturday)', () => {
    const record = buildCase({ referralDate: REFERRAL }, ea('2026-11-12'));
    expect(one(record, '2026-11-16', 'EA-2:v3')).toMatchObject({ ruleId: 'EA-2', dueDate: '2026-11-16', status: 'OPEN' });
    expect(one(record, '2026-11-17', 'EA-2:v3').status).toBe('OVERDUE');
  });

  it('EA-2: 2 days from Monday 2026-11-09 land on Veterans Day, so due Thursday 2026-11-12', () => {
    expect(one(buildCase({ referralDate: REFERRAL }, ea('2026-11-09')), '2026-11-10', 'EA-2:v3').dueDate).toBe('2026-11-12');
  });

  it('EA-2: met by RECORD_EA_NOTE, or by an EA CLNO', () => {
    const byEvent = buildCase({ referralDate: REFERRAL }, toPlanning('2026-11-12', '2026-11-13'));
    expect(one(byEvent, '2026-11-20', 'EA-2:v3')).toMatchObject({ status: 'MET', metBy: 'RECORD_EA_NOTE (history v4)', metOn: '2026-11-13' });
    const byNote = buildCase({ referralDate: REFERRAL }, ea('2026-11-12'), { notes: [note('ea-1', 'EA', '2026-11-16')] });
    expect(one(byNote, '2026-11-20', 'EA-2:v3')).toMatchObject({ status: 'MET', metBy: 'CLNO ea-1', metOn: '2026-11-16' });
  });
});

describe('ENG-6: an emergency is seen within 48 hours, whatever the track', () => {
  // Disclosed on Friday 2026-11-20: due Sunday 2026-11-22 (hours, not business days).
  const disclosed = (notes: ReturnType<typeof note>[] = []) => buildCase({ referralDate: '2026-11-06', track: 'FAMILIES_FIRST' }, [
    { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-09', method: 'PHONE', outcome: 'REACHED' },
    { type: 'DISCLOSE_EMERGENCY', description: 'Heating oil ran out', at: middayAk('2026-11-20') },
  ], { notes });
  const eng6 = (record: ReturnType<typeof disclosed>, today: string) => derive(record, today).find((o) => o.ruleId === 'ENG-6')!;

  it('is due two calendar days after the disclosure, OPEN until then', () => {
    expect(eng6(disclosed(), '2026-11-21')).toMatchObject({ dueDate: '2026-11-22', status: 'OPEN' });
  });

  it('is OVERDUE the day after, without an in-person contact', () => {
    expect(eng6(disclosed([note('n1', 'CONTACT', '2026-11-21', 'PHONE')]), '2026-11-23').status).toBe('OVERDUE');
  });

  it('is MET by a home visit noted after the disclosure', () => {
    expect(eng6(disclosed([note('n2', 'CONTACT', '2026-11-21', 'HOME_VISIT')]), '2026-11-23')).toMatchObject({ status: 'MET', metOn: '2026-11-21' });
  });
});
