import { buildCase, ofRule, one, toParticipation } from '../obligations/case-builder';

const REFERRAL = '2026-11-06';
/** Signed 2026-11-20 (history v6); the plan expires after 2027-01-29. */
const withAppointments = (...appointments: Array<{ id: string; scheduledFor: string; recordedOn: string }>) =>
  ({ ...buildCase({ referralDate: REFERRAL }, toParticipation('2026-11-20', '2027-01-29')), fsspUpdateAppointments: appointments });

describe('FSSP-4: the update appointment is scheduled before the expiration date', () => {
  it('FSSP-4: an appointment scheduled before expiry, for a day on or before it, meets the obligation (a record of the case)', () => {
    const record = withAppointments({ id: 'a-1', scheduledFor: '2027-01-27', recordedOn: '2027-01-10' });
    expect(one(record, '2027-02-03', 'FSSP-4:v6')).toMatchObject({ status: 'MET', metBy: 'FsspUpdateAppointment a-1', metOn: '2027-01-10' });
  });

  it('FSSP-4: none scheduled, the plan lapses and the obligation is overdue the day after the last step review date', () => {
    expect(one(withAppointments(), '2027-01-30', 'FSSP-4:v6')).toMatchObject({ status: 'OVERDUE', metBy: null });
  });

  it('FSSP-4: an appointment after expiry, or for a day after it, or recorded before this plan was signed, does not meet it', () => {
    const record = withAppointments(
      { id: 'late', scheduledFor: '2027-02-05', recordedOn: '2027-02-01' },
      { id: 'after-expiry-day', scheduledFor: '2027-02-02', recordedOn: '2027-01-20' },
      { id: 'before-signature', scheduledFor: '2027-01-20', recordedOn: '2026-11-19' },
    );
    expect(ofRule(record, '2027-02-03', 'FSSP-4')['FSSP-4:v6']).toMatchObject({ status: 'OVERDUE', metBy: null });
  });
});
