import {
  caseHistoryPeriods, exemptionsInMonth, openInMonth, trackInMonth, trackOn,
} from '../../../../src/participation/facts';
import { caseRow, event } from './rows';

const MEDICAL = new Set(['MEDICAL_INABILITY']);
const CARETAKER = new Set(['CARETAKER_CHILD_UNDER_12_MONTHS']);

describe('track periods from the history (TRK-1; the month track of WV-3, 45 CFR 261.21-261.24)', () => {
  const referred = () => event('REFERRED', { referralDate: '2026-01-05', track: 'FAMILIES_FIRST' });

  test('a track change approved mid-month decides the month by its last day', () => {
    const { tracks } = caseHistoryPeriods([
      referred(),
      event('REQUEST_TRACK_CHANGE', { toTrack: 'WORK_FIRST', occurredAt: new Date('2026-11-05T19:00:00Z') }),
      // 11:00 in Anchorage (AKST, UTC-9) on Thursday 2026-11-12.
      event('DECIDE_TRACK_CHANGE', { approved: true, occurredAt: new Date('2026-11-12T20:00:00Z') }),
    ], caseRow());
    expect(tracks).toEqual([{ from: '2026-01-05', track: 'FAMILIES_FIRST' }, { from: '2026-11-12', track: 'WORK_FIRST' }]);
    expect(trackInMonth(tracks, '2026-10')).toBe('FAMILIES_FIRST');
    expect(trackInMonth(tracks, '2026-11')).toBe('WORK_FIRST');
    expect(trackOn(tracks, '2026-11-11')).toBe('FAMILIES_FIRST');
    expect(trackInMonth(tracks, '2025-12')).toBe('FAMILIES_FIRST'); // before the first row: the first row's track
  });

  test('the decision date is the Alaska date: 07:30 UTC on 1 November is 23:30 on 31 October in Anchorage (AKDT)', () => {
    const { tracks } = caseHistoryPeriods([
      referred(),
      event('REQUEST_TRACK_CHANGE', { toTrack: 'WORK_FIRST' }),
      event('DECIDE_TRACK_CHANGE', { approved: true, occurredAt: new Date('2026-11-01T07:30:00Z') }),
    ], caseRow());
    expect(tracks[1]).toEqual({ from: '2026-10-31', track: 'WORK_FIRST' });
    expect(trackInMonth(tracks, '2026-10')).toBe('WORK_FIRST');
  });

  test('a denied request changes nothing, and a decision consumes its request', () => {
    const { tracks } = caseHistoryPeriods([
      referred(),
      event('REQUEST_TRACK_CHANGE', { toTrack: 'WORK_FIRST' }),
      event('DECIDE_TRACK_CHANGE', { approved: false, occurredAt: new Date('2026-03-03T20:00:00Z') }),
      event('DECIDE_TRACK_CHANGE', { approved: true, occurredAt: new Date('2026-03-04T20:00:00Z') }),
    ], caseRow());
    expect(tracks).toEqual([{ from: '2026-01-05', track: 'FAMILIES_FIRST' }]);
  });

  test('a re-referral restarts the track from its own referral date, and rows are read in version order', () => {
    const first = referred();
    const close = event('CLOSE_TA', { closedOn: '2026-04-30' });
    const again = event('REFER_AGAIN', { referralDate: '2026-07-01', track: 'WORK_FIRST' });
    const { tracks, taPeriods } = caseHistoryPeriods([again, close, first], caseRow());
    expect(tracks).toEqual([{ from: '2026-01-05', track: 'FAMILIES_FIRST' }, { from: '2026-07-01', track: 'WORK_FIRST' }]);
    expect(taPeriods).toEqual([{ start: '2026-01-05', end: '2026-04-30' }, { start: '2026-07-01', end: null }]);
    expect(trackInMonth(tracks, '2026-06')).toBe('FAMILIES_FIRST');
    expect(trackInMonth(tracks, '2026-07')).toBe('WORK_FIRST');
  });
});

describe('exemption periods across referrals (AS 47.27.035; 7 AAC 45.260)', () => {
  test('closing TA ends an open exemption; the next referral has its own; every period is kept', () => {
    const periods = caseHistoryPeriods([
      event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-02-10' }),
      event('CLOSE_TA', { closedOn: '2026-04-30' }),
      event('REFER_AGAIN', { referralDate: '2026-07-01', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-07-15' }),
      event('END_EXEMPTION', { endedOn: '2026-09-30' }),
      event('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20' }),
    ], caseRow({ exemption: { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20', endedOn: null } }));
    expect(periods.exemptions).toEqual([
      { reason: 'MEDICAL_INABILITY', startedOn: '2026-02-10', endedOn: '2026-04-30' },
      { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-07-15', endedOn: '2026-09-30' },
      { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20', endedOn: null },
    ]);
    expect(exemptionsInMonth(periods.exemptions, '2026-04', MEDICAL)).toHaveLength(1);
    expect(exemptionsInMonth(periods.exemptions, '2026-05', MEDICAL)).toHaveLength(0);
    expect(exemptionsInMonth(periods.exemptions, '2026-09', CARETAKER)).toHaveLength(1);
    expect(exemptionsInMonth(periods.exemptions, '2026-09', MEDICAL)).toHaveLength(0);
    expect(exemptionsInMonth(periods.exemptions, '2026-10', MEDICAL)).toEqual([{ reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20', endedOn: null }]);
    expect(openInMonth(periods.taPeriods, '2026-04')).toBe(true);
    expect(openInMonth(periods.taPeriods, '2026-05')).toBe(false);
    expect(openInMonth(periods.taPeriods, '2026-06')).toBe(false);
    expect(openInMonth(periods.taPeriods, '2026-07')).toBe(true);
  });

  test('loaded data: an exemption still open at a new one or at a re-referral ends the day before', () => {
    const periods = caseHistoryPeriods([
      event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-03-01' }),
      event('START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-03-20' }),
      event('REFER_AGAIN', { referralDate: '2026-06-01', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-08-03' }),
      // Re-referred the day the exemption started: the period keeps its one day, never ends before it starts.
      event('REFER_AGAIN', { referralDate: '2026-08-03', track: 'WORK_FIRST' }),
    ], caseRow());
    expect(periods.exemptions).toEqual([
      { reason: 'MEDICAL_INABILITY', startedOn: '2026-03-01', endedOn: '2026-03-19' },
      { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-03-20', endedOn: '2026-05-31' },
      { reason: 'MEDICAL_INABILITY', startedOn: '2026-08-03', endedOn: '2026-08-03' },
    ]);
    expect(periods.taPeriods).toEqual([
      { start: '2026-01-05', end: null }, { start: '2026-06-01', end: null }, { start: '2026-08-03', end: null },
    ]);
  });

  test('without history rows the chart stands in: referral date and exit, today\'s track, the current exemption', () => {
    const periods = caseHistoryPeriods([], caseRow({
      referralDate: '2025-06-02',
      track: 'FAMILIES_FIRST',
      exit: { closedOn: '2026-02-27' },
      exemption: { reason: 'MEDICAL_INABILITY', startedOn: '2025-09-15', endedOn: null },
    }));
    expect(periods).toEqual({
      taPeriods: [{ start: '2025-06-02', end: '2026-02-27' }],
      tracks: [{ from: '2025-06-02', track: 'FAMILIES_FIRST' }],
      exemptions: [{ reason: 'MEDICAL_INABILITY', startedOn: '2025-09-15', endedOn: null }],
    });
    expect(openInMonth(periods.taPeriods, '2026-02')).toBe(true);
    expect(openInMonth(periods.taPeriods, '2026-03')).toBe(false);
  });

  test('exemption events in the history win over the chart\'s current exemption, even when they ended it', () => {
    const periods = caseHistoryPeriods([
      event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' }),
      event('END_EXEMPTION', { endedOn: '2026-02-01' }),
    ], caseRow({ exemption: { reason: 'MEDICAL_INABILITY', startedOn: '2025-12-01', endedOn: null } }));
    expect(periods.exemptions).toEqual([]);
  });
});
