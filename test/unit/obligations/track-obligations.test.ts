import { buildCase, type Command, middayAk, note, ofRule, one, toParticipation } from './case-builder';

const REFERRAL = '2026-11-06';
const FF = { referralDate: REFERRAL, track: 'FAMILIES_FIRST' as const };
const changeTrackOn = (day: string, toTrack: 'WORK_FIRST' | 'FAMILIES_FIRST'): Command[] => [
  { type: 'REQUEST_TRACK_CHANGE', toTrack, reason: 'review', at: middayAk('2027-01-05') },
  { type: 'DECIDE_TRACK_CHANGE', approved: true, reason: 'ok', at: middayAk(day) },
];

describe('TRK-2: Families First cases reviewed monthly for readiness', () => {
  it('TRK-2: one per month of participation on Families First, due the last day of the month', () => {
    const trk2 = ofRule(buildCase(FF, toParticipation()), '2027-01-15', 'TRK-2');
    expect(Object.keys(trk2)).toEqual(['TRK-2:2026-12', 'TRK-2:2027-01']);
    expect(trk2['TRK-2:2026-12']).toMatchObject({ dueDate: '2026-12-31', status: 'OVERDUE' });
    expect(trk2['TRK-2:2027-01']).toMatchObject({ dueDate: '2027-01-31', status: 'OPEN' });
  });

  it('TRK-2: met by a STAFFING (or FSSP_REVIEW) CLNO in the month', () => {
    const record = buildCase(FF, toParticipation(), { notes: [note('s-1', 'STAFFING', '2026-12-08'), note('r-1', 'FSSP_REVIEW', '2027-01-11')] });
    const trk2 = ofRule(record, '2027-01-15', 'TRK-2');
    expect(trk2['TRK-2:2026-12']).toMatchObject({ status: 'MET', metBy: 'CLNO s-1', metOn: '2026-12-08' });
    expect(trk2['TRK-2:2027-01']).toMatchObject({ status: 'MET', metBy: 'CLNO r-1' });
  });

  it('TRK-2: none for Work First, nor for the month the case moved to Work First', () => {
    expect(ofRule(buildCase({ referralDate: REFERRAL }, toParticipation()), '2027-01-15', 'TRK-2')).toEqual({});
    const moved = buildCase(FF, [...toParticipation(), ...changeTrackOn('2027-01-12', 'WORK_FIRST')]);
    expect(Object.keys(ofRule(moved, '2027-01-15', 'TRK-2'))).toEqual(['TRK-2:2026-12']);
  });
});

describe('TRK-3: Families First supports within 60 days of referral', () => {
  it('TRK-3: 60 days from 2026-11-06 is Tuesday 2027-01-05', () => {
    const record = buildCase(FF, toParticipation());
    expect(one(record, '2027-01-05', 'TRK-3:2026-11-06')).toMatchObject({ ruleId: 'TRK-3', dueDate: '2027-01-05', status: 'OPEN' });
    expect(one(record, '2027-01-06', 'TRK-3:2026-11-06').status).toBe('OVERDUE');
  });

  it('TRK-3: met by a STAFFING CLNO', () => {
    const record = buildCase(FF, toParticipation(), { notes: [note('s-1', 'STAFFING', '2026-12-15')] });
    expect(one(record, '2027-01-06', 'TRK-3:2026-11-06')).toMatchObject({ status: 'MET', metBy: 'CLNO s-1', metOn: '2026-12-15' });
  });

  it('TRK-3: none on Work First; a move to Families First counts 60 days from the approval (Saturday 2027-03-13 -> Monday 2027-03-15)', () => {
    expect(ofRule(buildCase({ referralDate: REFERRAL }, toParticipation()), '2026-12-01', 'TRK-3')).toEqual({});
    const moved = buildCase({ referralDate: REFERRAL }, [...toParticipation(), ...changeTrackOn('2027-01-12', 'FAMILIES_FIRST')]);
    expect(Object.values(ofRule(moved, '2027-01-15', 'TRK-3'))).toEqual([expect.objectContaining({ key: 'TRK-3:2027-01-12', dueDate: '2027-03-15', status: 'OPEN' })]);
  });
});

describe('TRK-4: Work First job-search basics within 1 month of referral', () => {
  it('TRK-4: one month from 2026-11-06 is Sunday 2026-12-06, so due Monday 2026-12-07', () => {
    const record = buildCase({ referralDate: REFERRAL }, toParticipation());
    expect(one(record, '2026-12-07', 'TRK-4:2026-11-06')).toMatchObject({ ruleId: 'TRK-4', dueDate: '2026-12-07', status: 'OPEN' });
    expect(one(record, '2026-12-08', 'TRK-4:2026-11-06').status).toBe('OVERDUE');
  });

  it('TRK-4: one month from 2026-11-25 is Christmas (Friday), so due Monday 2026-12-28', () => {
    expect(one(buildCase({ referralDate: '2026-11-25' }, []), '2026-11-25', 'TRK-4:2026-11-25').dueDate).toBe('2026-12-28');
  });

  it('TRK-4: met by an FSSP_REVIEW CLNO (the steps reviewed), not by a plain CONTACT note', () => {
    const contactOnly = buildCase({ referralDate: REFERRAL }, toParticipation(), { notes: [note('c-1', 'CONTACT', '2026-12-01')] });
    expect(one(contactOnly, '2026-12-08', 'TRK-4:2026-11-06').status).toBe('OVERDUE');
    const reviewed = buildCase({ referralDate: REFERRAL }, toParticipation(), { notes: [note('r-1', 'FSSP_REVIEW', '2026-12-01')] });
    expect(one(reviewed, '2026-12-08', 'TRK-4:2026-11-06')).toMatchObject({ status: 'MET', metBy: 'CLNO r-1', metOn: '2026-12-01' });
  });
});
