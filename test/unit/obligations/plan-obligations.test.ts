import { buildCase, type Command, middayAk, ofRule, one, toParticipation, toPlanning } from './case-builder';

const REFERRAL = '2026-11-06';
const update = (updatedOn: string, lastStepReviewDate = '2027-05-28'): Command => ({ type: 'UPDATE_FSSP', updatedOn, lastStepReviewDate });

describe('FSSP-2: the plan is updated at least every 3 months', () => {
  it('FSSP-2: 3 months after a 2026-11-20 signature is Saturday 2027-02-20, so due Monday 2027-02-22', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation());
    expect(one(record, '2027-02-22', 'FSSP-2:v6')).toMatchObject({ ruleId: 'FSSP-2', dueDate: '2027-02-22', status: 'OPEN' });
    expect(one(record, '2027-02-23', 'FSSP-2:v6').status).toBe('OVERDUE');
  });

  it('FSSP-2: met by the next update, which starts the next 3 months', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...toParticipation(), update('2027-02-10')]);
    const fssp2 = ofRule(record, '2027-02-23', 'FSSP-2');
    expect(fssp2['FSSP-2:v6']).toMatchObject({ status: 'MET', metBy: 'UPDATE_FSSP (history v7)', metOn: '2027-02-10' });
    expect(fssp2['FSSP-2:v7']).toMatchObject({ dueDate: '2027-05-10', status: 'OPEN' });
  });
});

describe('FSSP-4: the update happens before the plan expires', () => {
  it('FSSP-4: due on the last step review date', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation('2026-11-20', '2027-01-29'));
    expect(one(record, '2027-01-29', 'FSSP-4:v6')).toMatchObject({ ruleId: 'FSSP-4', dueDate: '2027-01-29', status: 'OPEN' });
    expect(one(record, '2027-01-30', 'FSSP-4:v6').status).toBe('OVERDUE');
  });

  it('FSSP-4: met by an update on or before that date', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...toParticipation(), update('2027-01-25')]);
    expect(one(record, '2027-02-03', 'FSSP-4:v6')).toMatchObject({ status: 'MET', metBy: 'UPDATE_FSSP (history v7)', metOn: '2027-01-25' });
  });

  it('FSSP-4: an update after the plan expired does not meet it; the new plan has its own', () => {
    const record = buildCase({ referralDate: REFERRAL }, [
      ...toParticipation(),
      { type: 'EXPIRE_FSSP', at: middayAk('2027-01-30') },
      update('2027-02-02'),
    ]);
    const fssp4 = ofRule(record, '2027-02-03', 'FSSP-4');
    expect(fssp4['FSSP-4:v6']).toMatchObject({ status: 'OVERDUE', metBy: null });
    expect(fssp4['FSSP-4:v8']).toMatchObject({ dueDate: '2027-05-28', status: 'OPEN' });
  });
});

describe('FSSP-6: a mailed plan is due back by the recorded date', () => {
  const mailed: Command[] = [
    ...toPlanning(),
    { type: 'DRAFT_FSSP', draftedOn: '2026-11-16', lastStepReviewDate: '2027-02-26' },
    { type: 'MAIL_FSSP', mailedOn: '2026-11-16', dueBackOn: '2026-11-30' },
  ];

  it('FSSP-6: due on the due-back date; OPEN until then, OVERDUE after', () => {
    const record = buildCase({ referralDate: REFERRAL }, mailed);
    expect(one(record, '2026-11-20', 'FSSP-6:v6')).toMatchObject({ ruleId: 'FSSP-6', dueDate: '2026-11-30', status: 'OPEN' });
    expect(one(record, '2026-12-01', 'FSSP-6:v6').status).toBe('OVERDUE');
  });

  it('FSSP-6: met by the signature', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...mailed, { type: 'SIGN_FSSP', signedOn: '2026-11-25' }]);
    expect(one(record, '2026-12-01', 'FSSP-6:v6')).toMatchObject({ status: 'MET', metBy: 'SIGN_FSSP (history v7)', metOn: '2026-11-25' });
  });

  it('FSSP-6: mailing again replaces the due-back date; a plan signed in the office has none', () => {
    const again = buildCase({ referralDate: REFERRAL }, [...mailed, { type: 'MAIL_FSSP', mailedOn: '2026-11-23', dueBackOn: '2026-12-07' }]);
    expect(Object.values(ofRule(again, '2026-12-01', 'FSSP-6'))).toEqual([expect.objectContaining({ key: 'FSSP-6:v7', dueDate: '2026-12-07', status: 'OPEN' })]);
    expect(ofRule(buildCase({ referralDate: REFERRAL }, toParticipation()), '2026-12-01', 'FSSP-6')).toEqual({});
  });
});
