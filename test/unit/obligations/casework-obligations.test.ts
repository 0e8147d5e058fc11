import { metByText, parseMetBy } from '../../../src/obligations/met-by';
import { buildCase, ofRule } from './case-builder';
import type { CaseRecord } from '../../../src/obligations';

// Referral Friday 2026-11-06.
const base = (): CaseRecord => buildCase({ referralDate: '2026-11-06' }, []);

describe('EA-3: referral follow-ups', () => {
  const referral = { id: 'r-1', householdMemberId: 'child-1', referredOn: '2026-11-09', followUpOn: '2026-11-23', outcomes: [] as Array<{ id: string; outcomeOn: string }> };

  it('is due on the follow-up date, OPEN then OVERDUE, and MET by the earliest outcome', () => {
    const record = { ...base(), agencyReferrals: [referral] };
    expect(ofRule(record, '2026-11-23', 'EA-3')['EA-3:r-1']).toMatchObject({ dueDate: '2026-11-23', status: 'OPEN', description: expect.stringContaining('a household member') });
    expect(ofRule(record, '2026-11-24', 'EA-3')['EA-3:r-1']).toMatchObject({ status: 'OVERDUE' });
    const met = { ...base(), agencyReferrals: [{ ...referral, outcomes: [{ id: 'o-2', outcomeOn: '2026-11-30' }, { id: 'o-1', outcomeOn: '2026-11-25' }] }] };
    expect(ofRule(met, '2026-12-01', 'EA-3')['EA-3:r-1']).toMatchObject({ status: 'MET', metOn: '2026-11-25', metBy: 'ReferralOutcome o-1' });
  });

  it('says nothing without referrals', () => {
    expect(ofRule(base(), '2026-11-24', 'EA-3')).toEqual({});
  });
});

describe('EA-5: assignment follow-ups', () => {
  const assignment = { assignmentId: 'a-1', startDate: '2026-11-09', endDate: null, timesheetFrequency: 'BIWEEKLY' as const, followUps: [] as Array<{ id: string; followedUpOn: string; nextFollowUpOn: string | null }> };

  it('the first follow-up is due with the first timesheet (a period after the start, on a business day)', () => {
    expect(ofRule({ ...base(), assignmentFollowUps: [assignment] }, '2026-11-10', 'EA-5')['EA-5:a-1']).toMatchObject({ dueDate: '2026-11-23', status: 'OPEN' });
    // Weekly from Friday 2026-11-20: 2026-11-27 (the day after Thanksgiving is a business day in Alaska).
    expect(ofRule({ ...base(), assignmentFollowUps: [{ ...assignment, startDate: '2026-11-20', timesheetFrequency: 'WEEKLY' }] }, '2026-11-20', 'EA-5')['EA-5:a-1'].dueDate).toBe('2026-11-27');
  });

  it('a follow-up meets the first; the next one it plans is due then and met by a later follow-up', () => {
    const followUps = [{ id: 'f-1', followedUpOn: '2026-11-20', nextFollowUpOn: '2026-12-04' }, { id: 'f-2', followedUpOn: '2026-12-03', nextFollowUpOn: null }];
    const all = ofRule({ ...base(), assignmentFollowUps: [{ ...assignment, followUps }] }, '2026-12-10', 'EA-5');
    expect(all['EA-5:a-1']).toMatchObject({ status: 'MET', metBy: 'AssignmentFollowUp f-1', metOn: '2026-11-20' });
    expect(all['EA-5:a-1:2026-12-04']).toMatchObject({ status: 'MET', metBy: 'AssignmentFollowUp f-2' });
    const open = ofRule({ ...base(), assignmentFollowUps: [{ ...assignment, followUps: followUps.slice(0, 1) }] }, '2026-12-05', 'EA-5');
    expect(open['EA-5:a-1:2026-12-04']).toMatchObject({ status: 'OVERDUE' });
  });

  it('an unmet follow-up due after the assignment ended is moot', () => {
    expect(ofRule({ ...base(), assignmentFollowUps: [{ ...assignment, endDate: '2026-11-15' }] }, '2026-12-01', 'EA-5')).toEqual({});
  });
});

describe('ENG-7: contact responses', () => {
  const contact = { id: 'c-1', direction: 'INBOUND' as const, fromParty: 'PARTNER' as const, receivedAt: '2026-11-25T19:00:00.000Z', emergent: false, respondedAt: null as string | null };

  it('an inbound contact is due the next business day (Alaska calendar: Thanksgiving skipped), met by its response\'s Alaska day', () => {
    expect(ofRule({ ...base(), contacts: [contact] }, '2026-11-25', 'ENG-7')['ENG-7:c-1']).toMatchObject({ dueDate: '2026-11-27', status: 'OPEN' });
    // Answered at 2026-11-28T05:00Z: still the 27th in Anchorage, so on time.
    expect(ofRule({ ...base(), contacts: [{ ...contact, respondedAt: '2026-11-28T05:00:00.000Z' }] }, '2026-11-30', 'ENG-7')['ENG-7:c-1'])
      .toMatchObject({ status: 'MET', metOn: '2026-11-27', metBy: 'ContactResponse c-1' });
  });

  it('an emergent need is due the same day; an outbound contact owes nothing', () => {
    expect(ofRule({ ...base(), contacts: [{ ...contact, emergent: true }] }, '2026-11-26', 'ENG-7')['ENG-7:c-1']).toMatchObject({ dueDate: '2026-11-25', status: 'OVERDUE' });
    expect(ofRule({ ...base(), contacts: [{ ...contact, direction: 'OUTBOUND' }] }, '2026-11-30', 'ENG-7')).toEqual({});
  });
});

describe('met_by of a record (EA-3, EA-5, ENG-7)', () => {
  it('reads back as the record\'s type and id', () => {
    expect(metByText({ kind: 'RECORD', recordType: 'ContactResponse', id: 'c-1' })).toBe('ContactResponse c-1');
    expect(parseMetBy('ReferralOutcome o-1', 'EA-3:r-1')).toEqual([{ kind: 'RECORD', recordType: 'ReferralOutcome', id: 'o-1' }]);
  });
});
