import { complaintDeadlines, complaintDeadlineStatus } from '../../src/complaints/complaint-deadlines';
import type { ComplaintContext } from '../../src/machines/complaint.types';
import { OBLIGATION_RULE_IDS } from '../../src/obligations';
import { buildCase, calendar, ofRule } from './obligations/case-builder';

const context = (over: Partial<ComplaintContext> = {}): ComplaintContext => ({
  source: 'CLIENT', receivedAt: '2026-11-25T18:30:00.000Z', channel: 'PHONE', summary: 'No call back', receivedBy: 'cm-1',
  callReturned: null, forwarded: null, caseReview: null, resolution: null, wstaNotice: null, ...over,
});
const by = 'cm-1';

describe('MGT-4 deadlines of a complaint', () => {
  it('MGT-4: the call is due the next business day after the Alaska day of receipt (Thanksgiving skipped), by its end in Anchorage', () => {
    const [call] = complaintDeadlines('c-1', context(), calendar);
    expect(call).toMatchObject({ kind: 'CALL_RETURN', key: 'MGT-4:call:c-1', dueOn: '2026-11-27', dueAt: '2026-11-28T08:59:59.999Z', metAt: null });
    expect(complaintDeadlineStatus(call, new Date('2026-11-28T08:00:00Z'))).toBe('OPEN');
    expect(complaintDeadlineStatus(call, new Date('2026-11-28T09:00:00Z'))).toBe('MISSED');
    expect(complaintDeadlineStatus({ ...call, metAt: '2026-11-27T23:00:00.000Z' }, new Date('2026-12-01T00:00:00Z'))).toBe('MET');
    expect(complaintDeadlineStatus({ ...call, metAt: '2026-11-30T17:00:00.000Z' }, new Date('2026-12-01T00:00:00Z'))).toBe('MET_LATE');
  });

  it('MGT-4: WSTA\'s recommendations are due 24 hours after their receipt, to the instant; the day is the Alaska day that instant falls on', () => {
    // Received Tuesday 2026-11-03 at 23:30 in Anchorage (08:30Z on the 4th): due Wednesday 23:30 Anchorage, the 4th.
    const late = context({ source: 'WSTA', caseReview: { recommendationsReceivedAt: '2026-11-04T08:30:00.000Z', recommendations: 'Call daily', by } });
    expect(complaintDeadlines('c-2', late, calendar)).toEqual([expect.objectContaining({
      kind: 'RECOMMENDATIONS', key: 'MGT-4:recommendations:c-2', dueAt: '2026-11-05T08:30:00.000Z', dueOn: '2026-11-04',
    })]);
    // Received at 09:00 Anchorage on a Saturday: 24 hours is 09:00 Sunday, whatever the business calendar says.
    const weekend = context({ source: 'WSTA', caseReview: { recommendationsReceivedAt: '2026-11-07T18:00:00.000Z', recommendations: 'x', by } });
    expect(complaintDeadlines('c-3', weekend, calendar)[0]).toMatchObject({ dueAt: '2026-11-08T18:00:00.000Z', dueOn: '2026-11-08' });
  });

  it('MGT-4: every resolution by the provider owes WSTA its notice the next business day; WSTA\'s own resolution does not', () => {
    const resolved = context({
      callReturned: { returnedAt: '2026-11-25T19:00:00.000Z', channel: 'PHONE', by },
      resolution: { kind: 'LOCAL', resolvedAt: '2026-11-25T20:00:00.000Z', summary: 's', noteId: 'n-1', noteEnteredAt: '2026-11-25T20:00:00.000Z', by },
    });
    expect(complaintDeadlines('c-1', resolved, calendar).map((d) => [d.kind, d.dueOn, d.metAt])).toEqual([
      ['CALL_RETURN', '2026-11-27', '2026-11-25T19:00:00.000Z'], ['WSTA_NOTICE', '2026-11-27', null],
    ]);
    const byWsta = context({ resolution: { kind: 'WSTA', resolvedAt: '2026-11-30T20:00:00.000Z', summary: 's', noteId: null, noteEnteredAt: null, by } });
    expect(complaintDeadlines('c-1', byWsta, calendar).map((d) => d.kind)).toEqual(['CALL_RETURN']);
  });
});

describe('MGT-4 obligations on the worklist', () => {
  const base = () => buildCase({ referralDate: '2026-11-02' }, []);

  it('MGT-4: is a known rule of the worklist', () => {
    expect(OBLIGATION_RULE_IDS).toContain('MGT-4');
  });

  it('MGT-4: OPEN through its due day, OVERDUE the day after, MET by the complaint\'s step on the Alaska day it happened', () => {
    const record = { ...base(), complaints: [{ id: 'c-1', context: context() }] };
    expect(ofRule(record, '2026-11-27', 'MGT-4')['MGT-4:call:c-1']).toMatchObject({ ruleId: 'MGT-4', dueDate: '2026-11-27', status: 'OPEN' });
    expect(ofRule(record, '2026-11-28', 'MGT-4')['MGT-4:call:c-1']).toMatchObject({ status: 'OVERDUE' });
    const returned = { ...base(), complaints: [{ id: 'c-1', context: context({ callReturned: { returnedAt: '2026-12-01T05:00:00.000Z', channel: 'PHONE', by } }) }] };
    // 05:00Z on 1 December is the evening of 30 November in Anchorage.
    expect(ofRule(returned, '2026-12-02', 'MGT-4')['MGT-4:call:c-1']).toMatchObject({ status: 'MET', metOn: '2026-11-30', metBy: 'Complaint c-1' });
  });

  it('MGT-4: a 24-hour deadline is OVERDUE the day after the day receipt + 24 h falls on', () => {
    const wsta = context({ source: 'WSTA', caseReview: { recommendationsReceivedAt: '2026-11-04T08:30:00.000Z', recommendations: 'x', by } });
    const record = { ...base(), complaints: [{ id: 'c-2', context: wsta }] };
    expect(ofRule(record, '2026-11-04', 'MGT-4')['MGT-4:recommendations:c-2']).toMatchObject({ dueDate: '2026-11-04', status: 'OPEN' });
    expect(ofRule(record, '2026-11-05', 'MGT-4')['MGT-4:recommendations:c-2']).toMatchObject({ status: 'OVERDUE' });
  });

  it('MGT-4: a complaint outlives the TA closure of its case', () => {
    const closed = buildCase({ referralDate: '2026-11-02' }, [{ type: 'CLOSE_TA', closedOn: '2026-11-20', withWork: false }]);
    const record = { ...closed, complaints: [{ id: 'c-1', context: context() }] };
    expect(ofRule(record, '2026-12-01', 'MGT-4')['MGT-4:call:c-1']).toMatchObject({ status: 'OVERDUE' });
  });
});
