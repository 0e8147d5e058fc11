import { buildCase, type Command, note, ofRule, one, toParticipation } from './case-builder';

const REFERRAL = '2026-11-06';
const closed = (withWork: boolean): Command[] => [...toParticipation(), { type: 'CLOSE_TA', closedOn: '2027-01-15', withWork }];
const summary: Command = { type: 'RECORD_EXIT_SUMMARY', enteredOn: '2027-01-20' };

describe('EXIT-1 / EXIT-2: exit summary and work activity record after TA closure', () => {
  it('EXIT-1 and EXIT-2: both due the last day of the month after closure', () => {
    const record = buildCase({ referralDate: REFERRAL }, closed(false));
    for (const key of ['EXIT-1:2027-01-15', 'EXIT-2:2027-01-15']) {
      expect(one(record, '2027-01-16', key)).toMatchObject({ dueDate: '2027-02-28', status: 'OPEN' });
      expect(one(record, '2027-03-01', key).status).toBe('OVERDUE');
    }
  });

  it('EXIT-1: met by RECORD_EXIT_SUMMARY, or by an Exit Summary CLNO', () => {
    expect(one(buildCase({ referralDate: REFERRAL }, [...closed(false), summary]), '2027-03-01', 'EXIT-1:2027-01-15'))
      .toMatchObject({ status: 'MET', metBy: 'RECORD_EXIT_SUMMARY (history v8)', metOn: '2027-01-20' });
    const byNote = buildCase({ referralDate: REFERRAL }, closed(false), { notes: [note('x-1', 'EXIT_SUMMARY', '2027-02-03')] });
    expect(one(byNote, '2027-03-01', 'EXIT-1:2027-01-15')).toMatchObject({ status: 'MET', metBy: 'CLNO x-1', metOn: '2027-02-03' });
  });

  it('EXIT-2: met by CLOSE_WORK_ACTIVITY_RECORD', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...closed(false), summary, { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2027-02-26' }]);
    expect(one(record, '2027-03-01', 'EXIT-2:2027-01-15')).toMatchObject({ status: 'MET', metBy: 'CLOSE_WORK_ACTIVITY_RECORD (history v9)', metOn: '2027-02-26' });
  });
});

describe('EXIT-3: 12 months of Post-TA contacts after closing with work', () => {
  const postTa: Command[] = [...closed(true), summary, { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2027-01-31' }];

  it('EXIT-3: one per month after the closure month, up to today\'s month; met by a contact in the month', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...postTa, { type: 'RECORD_POST_TA_CONTACT', contactedOn: '2027-02-12' }]);
    const exit3 = ofRule(record, '2027-04-10', 'EXIT-3');
    expect(Object.keys(exit3)).toEqual(['EXIT-3:2027-02', 'EXIT-3:2027-03', 'EXIT-3:2027-04']);
    expect(exit3['EXIT-3:2027-02']).toMatchObject({ dueDate: '2027-02-28', status: 'MET', metBy: 'RECORD_POST_TA_CONTACT (history v10)', metOn: '2027-02-12' });
    expect(exit3['EXIT-3:2027-03']).toMatchObject({ dueDate: '2027-03-31', status: 'OVERDUE' });
    expect(exit3['EXIT-3:2027-04']).toMatchObject({ dueDate: '2027-04-30', status: 'OPEN' });
  });

  it('EXIT-3: stops after 12 months', () => {
    const keys = Object.keys(ofRule(buildCase({ referralDate: REFERRAL }, postTa), '2028-06-01', 'EXIT-3'));
    expect(keys).toHaveLength(12);
    expect([keys[0], keys[11]]).toEqual(['EXIT-3:2027-02', 'EXIT-3:2028-01']);
  });

  it('EXIT-3: none when TA closed without work', () => {
    const record = buildCase({ referralDate: REFERRAL }, [...closed(false), summary, { type: 'CLOSE_WORK_ACTIVITY_RECORD', closedOn: '2027-01-31' }]);
    expect(ofRule(record, '2027-04-10', 'EXIT-3')).toEqual({});
  });
});
