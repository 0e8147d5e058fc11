import { buildCase, note, ofRule, toParticipation } from './case-builder';

const REFERRAL = '2026-11-06';

describe('WV-1: each month of participation verified by close of business on the 20th of the next', () => {
  it('WV-1: from the signature month on; Sunday 2026-12-20 moves to Monday 2026-12-21', () => {
    const wv1 = ofRule(buildCase({ referralDate: REFERRAL }, toParticipation()), '2027-01-15', 'WV-1');
    expect(Object.keys(wv1)).toEqual(['WV-1:2026-11', 'WV-1:2026-12']);
    expect(wv1['WV-1:2026-11']).toMatchObject({ dueDate: '2026-12-21', status: 'OVERDUE' });
    expect(wv1['WV-1:2026-12']).toMatchObject({ dueDate: '2027-01-20', status: 'OPEN' });
  });

  it('WV-1: OPEN through the due day; Saturday 2027-03-20 moves to Monday 2027-03-22', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation());
    expect(ofRule(record, '2026-12-21', 'WV-1')['WV-1:2026-11'].status).toBe('OPEN');
    expect(ofRule(record, '2027-03-01', 'WV-1')['WV-1:2027-02'].dueDate).toBe('2027-03-22');
  });

  it('WV-1: met by a Monthly Work Verification CLNO by close of business in Alaska (22:30 AKST counts)', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation(), {
      notes: [note('v-1', 'MONTHLY_WORK_VERIFICATION', '2026-12-22T07:30:00Z')],
    });
    expect(ofRule(record, '2027-01-15', 'WV-1')['WV-1:2026-11']).toMatchObject({ status: 'MET', metBy: 'CLNO v-1', metOn: '2026-12-21' });
  });

  it('WV-1: where verifications are tracked, the CLNO needs the month verified (verifyMonth) by the 20th too', () => {
    const withNote = buildCase({ referralDate: REFERRAL }, toParticipation(), { notes: [note('v-1', 'MONTHLY_WORK_VERIFICATION', '2026-12-10')] });
    const noVerification = { ...withNote, verifications: [] };
    expect(ofRule(noVerification, '2027-01-15', 'WV-1')['WV-1:2026-11']).toMatchObject({ status: 'OVERDUE', metBy: null });
    const late = { ...withNote, verifications: [{ month: '2026-11', verifiedAt: '2026-12-22T20:00:00Z' }] };
    expect(ofRule(late, '2027-01-15', 'WV-1')['WV-1:2026-11'].status).toBe('OVERDUE');
    const verified = { ...withNote, verifications: [{ month: '2026-11', verifiedAt: '2026-12-15T20:00:00Z' }] };
    expect(ofRule(verified, '2027-01-15', 'WV-1')['WV-1:2026-11']).toMatchObject({ status: 'MET', metBy: 'CLNO v-1 + verifyMonth', metOn: '2026-12-15' });
  });

  it('WV-1: a note after the 20th does not meet it', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation(), { notes: [note('v-1', 'MONTHLY_WORK_VERIFICATION', '2026-12-22')] });
    expect(ofRule(record, '2027-01-15', 'WV-1')['WV-1:2026-11']).toMatchObject({ status: 'OVERDUE', metBy: null });
  });
});

describe('SS-3: child care authorization requested before the 1st of each month', () => {
  it('SS-3: due the last day of the month before, while child care is authorized', () => {
    const ss3 = ofRule(buildCase({ referralDate: REFERRAL }, toParticipation(), { childCareAuthorized: true }), '2026-12-15', 'SS-3');
    expect(Object.keys(ss3)).toEqual(['SS-3:2026-12', 'SS-3:2027-01']);
    expect(ss3['SS-3:2026-12']).toMatchObject({ dueDate: '2026-11-30', status: 'OVERDUE' });
    expect(ss3['SS-3:2027-01']).toMatchObject({ dueDate: '2026-12-31', status: 'OPEN' });
  });

  it('SS-3: met by a Supportive Service Justification CLNO in the month before', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation(), {
      childCareAuthorized: true, notes: [note('ss-1', 'SUPPORTIVE_SERVICE_JUSTIFICATION', '2026-11-24')],
    });
    const ss3 = ofRule(record, '2026-12-15', 'SS-3');
    expect(ss3['SS-3:2026-12']).toMatchObject({ status: 'MET', metBy: 'CLNO ss-1', metOn: '2026-11-24' });
    expect(ss3['SS-3:2027-01'].status).toBe('OPEN');
  });

  it('SS-3: none without child care', () => {
    expect(ofRule(buildCase({ referralDate: REFERRAL }, toParticipation()), '2026-12-15', 'SS-3')).toEqual({});
  });
});
