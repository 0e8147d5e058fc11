import { buildCase, note, ofRule, one, toParticipation } from '../obligations/case-builder';
import type { CaseRecord } from '../../../src/obligations';
import { NO_TRACK_RECORDS, type TrackRecordFacts } from '../../../src/obligations/track-record-facts';

const REFERRAL = '2026-11-06';
const FF = { referralDate: REFERRAL, track: 'FAMILIES_FIRST' as const };
const withRecords = (record: CaseRecord, records: Partial<TrackRecordFacts>): CaseRecord => ({ ...record, trackRecords: { ...NO_TRACK_RECORDS, ...records } });

describe('TRK-2: the monthly readiness review as a recorded decision', () => {
  it('TRK-2: a readiness review in the month meets that month, not the next', () => {
    const record = withRecords(buildCase(FF, toParticipation()), { readinessReviews: [{ id: 'rv-1', reviewedOn: '2026-12-20' }] });
    const trk2 = ofRule(record, '2027-02-01', 'TRK-2');
    expect(trk2['TRK-2:2026-12']).toMatchObject({ status: 'MET', metBy: 'TrackReadinessReview rv-1', metOn: '2026-12-20' });
    expect(trk2['TRK-2:2027-01']).toMatchObject({ status: 'OVERDUE' });
  });

  it('TRK-2: a STAFFING CLNO still meets it (nothing already MET turns OVERDUE); the earlier of the two is the evidence', () => {
    const record = withRecords(buildCase(FF, toParticipation(), { notes: [note('s-1', 'STAFFING', '2026-12-08')] }),
      { readinessReviews: [{ id: 'rv-1', reviewedOn: '2026-12-20' }] });
    expect(ofRule(record, '2027-01-15', 'TRK-2')['TRK-2:2026-12']).toMatchObject({ status: 'MET', metBy: 'CLNO s-1', metOn: '2026-12-08' });
  });
});

describe('TRK-3: the three Families First documents within 60 days', () => {
  const docs: TrackRecordFacts['familiesFirstDocuments'] = [
    { id: 'fn-1', kind: 'FAMILY_NETWORK', effectiveOn: '2026-11-20' },
    { id: 'st-1', kind: 'SUPPORT_TEAM', effectiveOn: '2026-12-01' },
    { id: 'st-2', kind: 'SUPPORT_TEAM', effectiveOn: '2026-12-10' },
  ];

  it('TRK-3: two of three documents leave it open; the third meets it on its day', () => {
    const two = withRecords(buildCase(FF, toParticipation()), { familiesFirstDocuments: docs });
    expect(one(two, '2027-01-06', 'TRK-3:2026-11-06').status).toBe('OVERDUE');
    const three = withRecords(buildCase(FF, toParticipation()), { familiesFirstDocuments: [...docs, { id: 'wc-1', kind: 'WEEKLY_CALENDAR', effectiveOn: '2026-12-15' }] });
    expect(one(three, '2027-01-06', 'TRK-3:2026-11-06')).toMatchObject({
      status: 'MET', metOn: '2026-12-15', metBy: 'FamiliesFirstDocument fn-1 + FamiliesFirstDocument st-1 + FamiliesFirstDocument wc-1',
    });
  });

  it('TRK-3: the STAFFING CLNO that met it before still does', () => {
    const record = withRecords(buildCase(FF, toParticipation(), { notes: [note('s-1', 'STAFFING', '2026-12-15')] }), {});
    expect(one(record, '2027-01-06', 'TRK-3:2026-11-06')).toMatchObject({ status: 'MET', metBy: 'CLNO s-1' });
  });
});

describe('TRK-4: job readiness item by item', () => {
  const items = (...done: Array<[TrackRecordFacts['readinessItems'][number]['item'], string]>) => done.map(([item, completedOn], i) => ({ id: `i-${i}`, item, completedOn }));

  it('TRK-4: the description names what is still to do; all four meet it on the last one\'s day', () => {
    const some = withRecords(buildCase({ referralDate: REFERRAL }, toParticipation()), { readinessItems: items(['ALEXSYS_REGISTRATION', '2026-11-10'], ['BUDGET', '2026-11-12']) });
    expect(one(some, '2026-11-20', 'TRK-4:2026-11-06')).toMatchObject({ status: 'OPEN', description: expect.stringContaining('still to do: résumé, general application') });
    const all = withRecords(buildCase({ referralDate: REFERRAL }, toParticipation()), {
      readinessItems: items(['ALEXSYS_REGISTRATION', '2026-11-10'], ['BUDGET', '2026-11-12'], ['RESUME', '2026-11-30'], ['GENERAL_APPLICATION', '2026-12-01']),
    });
    expect(one(all, '2026-12-20', 'TRK-4:2026-11-06')).toMatchObject({ status: 'MET', metOn: '2026-12-01', description: 'ALEXsys registration, résumé, general application and budget completed' });
  });

  it('TRK-4: the FSSP_REVIEW CLNO still meets it', () => {
    const record = withRecords(buildCase({ referralDate: REFERRAL }, toParticipation(), { notes: [note('r-1', 'FSSP_REVIEW', '2026-11-20')] }), {});
    expect(one(record, '2026-12-20', 'TRK-4:2026-11-06')).toMatchObject({ status: 'MET', metBy: 'CLNO r-1' });
  });
});

describe('TL-3: the next case review staffing', () => {
  it('TL-3: due on the date set, met by the next staffing held (late shows its day)', () => {
    const base = buildCase({ referralDate: REFERRAL }, toParticipation());
    const once = withRecords(base, { reviewStaffings: [{ id: 's-1', heldOn: '2026-11-10', nextStaffingOn: '2027-02-10' }] });
    expect(ofRule(once, '2027-02-10', 'TL-3')).toEqual({ 'TL-3:2027-02-10': expect.objectContaining({ dueDate: '2027-02-10', status: 'OPEN' }) });
    expect(one(once, '2027-02-11', 'TL-3:2027-02-10').status).toBe('OVERDUE');
    const twice = withRecords(base, { reviewStaffings: [{ id: 's-1', heldOn: '2026-11-10', nextStaffingOn: '2027-02-10' }, { id: 's-2', heldOn: '2027-02-12', nextStaffingOn: null }] });
    expect(one(twice, '2027-02-20', 'TL-3:2027-02-10')).toMatchObject({ status: 'MET', metBy: 'CaseReviewStaffing s-2', metOn: '2027-02-12' });
  });

  it('TL-3: no staffing, no obligation', () => {
    expect(ofRule(buildCase({ referralDate: REFERRAL }, toParticipation()), '2027-02-20', 'TL-3')).toEqual({});
  });
});
