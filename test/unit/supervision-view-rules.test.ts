import { combinedQaRate, mergeRuleCounts, qaPeriod, QA_TARGET, supervisionView } from '../../src/supervision/supervision-rules';

const ana = { id: 'ana' };
const ben = { id: 'ben' };
const counts = [
  { staff: ana, openCases: 12, overdueByRule: [{ ruleId: 'ENG-4', count: 2 }, { ruleId: 'ENG-3', count: 1 }] },
  { staff: ben, openCases: 0, overdueByRule: [{ ruleId: 'ENG-3', count: 3 }] },
];

describe('the supervision view (issue 13 item 6)', () => {
  it('gives each case manager their open cases and overdue obligations by rule, and the office their sum', () => {
    const view = supervisionView(counts, [], []);
    expect(view.caseManagers[0]).toEqual({
      staff: ana,
      figures: {
        openCases: 12, overdueObligations: 3, overdueByRule: [{ ruleId: 'ENG-3', count: 1 }, { ruleId: 'ENG-4', count: 2 }],
        pendingApprovals: 0, qaRate: null, qaReviews: 0, meetsQaTarget: null,
      },
    });
    expect(view.office).toMatchObject({ openCases: 12, overdueObligations: 6, overdueByRule: [{ ruleId: 'ENG-3', count: 4 }, { ruleId: 'ENG-4', count: 2 }] });
  });

  it('leaves out rules with nothing overdue and sorts by rule id', () => {
    expect(mergeRuleCounts([[{ ruleId: 'WV-1', count: 1 }, { ruleId: 'EA-2', count: 0 }], [{ ruleId: 'ENG-1', count: 2 }]]))
      .toEqual([{ ruleId: 'ENG-1', count: 2 }, { ruleId: 'WV-1', count: 1 }]);
  });

  it('counts pending approvals per case manager (summed over requesters and kinds) and, in the office, also those of someone not listed', () => {
    const view = supervisionView(counts, [{ caseManagerId: 'ana', count: 2 }, { caseManagerId: 'ana', count: 1 }, { caseManagerId: 'gone', count: 1 }], []);
    expect(view.caseManagers.map((c) => c.figures.pendingApprovals)).toEqual([3, 0]);
    expect(view.office.pendingApprovals).toBe(4);
  });

  it(`MGT-3: the QA rate is the average score of the reviews (weighted by reviews) and meets the target at ${QA_TARGET}; no review is no rate, not 0`, () => {
    const qa = [{ caseManagerId: 'ana', reviews: 3, rate: 0.9 }, { caseManagerId: 'ben', reviews: 1, rate: 0.6 }, { caseManagerId: 'gone', reviews: 0, rate: null }];
    const view = supervisionView(counts, [], qa);
    expect(view.caseManagers[0].figures).toMatchObject({ qaRate: 0.9, qaReviews: 3, meetsQaTarget: true });
    expect(view.caseManagers[1].figures).toMatchObject({ qaRate: 0.6, qaReviews: 1, meetsQaTarget: false });
    expect(view.office.qaRate).toBeCloseTo(0.825, 10);
    expect(view.office).toMatchObject({ qaReviews: 4, meetsQaTarget: true });
    // The office line of the file-review statement (caseManagerId null) is not counted twice.
    expect(supervisionView(counts, [], [...qa, { caseManagerId: null, reviews: 4, rate: 0.825 }]).office.qaReviews).toBe(4);
    expect(combinedQaRate([{ caseManagerId: 'ana', reviews: 0, rate: null }])).toEqual({ reviews: 0, rate: null });
    expect(combinedQaRate([{ caseManagerId: 'ana', reviews: 4, rate: 0.8 }])).toEqual({ reviews: 4, rate: 0.8 });
  });

  it('MGT-1, MGT-3: the QA period defaults to the month to date and may not end before it starts', () => {
    expect(qaPeriod('2026-11-18')).toEqual({ from: '2026-11-01', to: '2026-11-18' });
    expect(qaPeriod('2026-11-18', '2026-08-01')).toEqual({ from: '2026-08-01', to: '2026-11-18' });
    expect(qaPeriod('2026-11-18', null, '2026-10-31')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(qaPeriod('2026-11-18', '2026-11-10', '2026-11-09')).toMatchObject({ field: 'qaTo', constraint: 'notBeforeQaFrom' });
  });
});
