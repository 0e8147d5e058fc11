import { bringToParticipation, dataOf, sendEvent } from '../support/api';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

const VIEW = `query Supervision($officeId: ID, $qaFrom: LocalDate, $qaTo: LocalDate) {
  supervision(officeId: $officeId, qaFrom: $qaFrom, qaTo: $qaTo) {
    office { id code } asOf qaTarget qaFrom qaTo
    totals { ...Figures }
    caseManagers { caseManager { id name } active figures { ...Figures } }
  }
}
fragment Figures on SupervisionFigures { openCases overdueObligations overdueByRule { ruleId count } pendingApprovals qaRate qaReviews meetsQaTarget }`;

const OVERDUE = `query($filter: ObligationFilter) { obligations(filter: $filter, first: 200) { totalCount edges { node { ruleId } } } }`;

type Figures = { openCases: number; overdueObligations: number; overdueByRule: Array<{ ruleId: string; count: number }>; pendingApprovals: number; qaRate: number | null; qaReviews: number; meetsQaTarget: boolean | null };
type Row = { caseManager: { id: string; name: string }; active: boolean; figures: Figures };

/**
 * Issue 13 item 6: the supervisor's view of an office, per case manager and for the office, in one
 * query with a fixed number of statements whatever the number of case managers and cases.
 */
describe('the supervision view', () => {
  let app: TestApp;
  let supervisor: string;
  let a: string;
  let b: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T19:00:00Z' });
    const { north, south } = app.fixtures;
    supervisor = app.token(north.supervisor);
    a = north.caseManager;
    b = north.otherCaseManager;
    for (const day of ['2026-10-01', '2026-10-05', '2026-10-20', '2026-11-02']) await referClient(app, app.token(a), { referralDate: day });
    // B's client participates and asks for the other track: a pending TRK-1 approval on B's caseload.
    const { id } = await referClient(app, app.token(b), { referralDate: '2026-10-15' });
    await bringToParticipation(app, id, app.token(b), { reached: '2026-10-15', lastStepReviewDate: '2027-01-15' });
    await sendEvent(app, id, 'REQUEST_TRACK_CHANGE', { toTrack: 'FAMILIES_FIRST', reason: 'Barriers found at the EA' }, app.token(b));
    await referClient(app, app.token(south.caseManager), { referralDate: '2026-10-01' });
  });
  afterAll(() => app.close());

  const view = async (variables: Record<string, unknown> = {}, token = supervisor) => (await dataOf(app, VIEW, variables, token)).supervision;
  const row = (rows: Row[], id: string) => rows.find((r) => r.caseManager.id === id)!;
  /** The worklist's overdue obligations by rule, the figure the view must agree with. */
  async function worklistOverdue(filter: Record<string, unknown>): Promise<{ total: number; byRule: Record<string, number> }> {
    const page = (await dataOf(app, OVERDUE, { filter: { ...filter, status: 'OVERDUE' } }, supervisor)).obligations;
    const byRule: Record<string, number> = {};
    for (const { node } of page.edges as Array<{ node: { ruleId: string } }>) byRule[node.ruleId] = (byRule[node.ruleId] ?? 0) + 1;
    return { total: page.totalCount, byRule };
  }
  const asRecord = (list: Figures['overdueByRule']) => Object.fromEntries(list.map((r) => [r.ruleId, r.count]));

  it('gives each case manager open cases, overdue obligations by rule (as the worklist counts them) and pending approvals, and the office their sum', async () => {
    const v = await view();
    expect(v).toMatchObject({ office: { id: app.fixtures.north.officeId, code: 'NORTH' }, asOf: '2026-11-02', qaTarget: 0.8, qaFrom: '2026-11-01', qaTo: '2026-11-02' });
    // The active case managers of the office, by name; the deactivated one holds nothing and is not listed.
    expect((v.caseManagers as Row[]).map((r) => [r.caseManager.id, r.active])).toEqual([[a, true], [b, true]]);
    expect(row(v.caseManagers, a).figures).toMatchObject({ openCases: 4, pendingApprovals: 0 });
    expect(row(v.caseManagers, b).figures).toMatchObject({ openCases: 1, pendingApprovals: 1 });
    for (const id of [a, b]) {
      const figures = row(v.caseManagers, id).figures;
      const expected = await worklistOverdue({ caseManager: id });
      expect({ id, total: figures.overdueObligations, byRule: asRecord(figures.overdueByRule) }).toEqual({ id, ...expected });
    }
    const office = await worklistOverdue({ office: app.fixtures.north.officeId });
    expect(office.total).toBeGreaterThan(0);
    expect(v.totals).toMatchObject({ openCases: 5, pendingApprovals: 1, overdueObligations: office.total, qaRate: null, qaReviews: 0, meetsQaTarget: null });
    expect(asRecord(v.totals.overdueByRule)).toEqual(office.byRule);
    expect((v.totals.overdueByRule as Figures['overdueByRule']).map((r) => r.ruleId)).toEqual(Object.keys(office.byRule).sort());
  });

  it('MGT-3: shows the QA rate of the month\'s file reviews against the 80% target', async () => {
    const manager = app.token(app.fixtures.north.manager);
    const drawn = await dataOf(app, `mutation($input: DrawFileReviewSampleInput!) { drawFileReviewSample(input: $input) {
      draw { cases(first: 10) { edges { node { id caseManagerId reviewerId } } } } userErrors { code message } } }`,
    { input: { officeId: app.fixtures.north.officeId, month: '2026-11' } }, manager);
    const [{ node: sample }] = drawn.drawFileReviewSample.draw.cases.edges as Array<{ node: { id: string; caseManagerId: string; reviewerId: string } }>;
    const checklist = (await dataOf(app, `{ fileReviewChecklist { item } }`, {}, manager)).fileReviewChecklist as Array<{ item: string }>;
    const items = checklist.map(({ item }, i) => (i === 0 ? { item, result: 'PASS' } : i === 1 ? { item, result: 'FAIL', comment: 'EA CLNO missing' } : { item, result: 'NOT_APPLICABLE' }));
    await dataOf(app, `mutation($input: RecordFileReviewInput!) { recordFileReview(input: $input) { review { id } userErrors { code message } } }`,
      { input: { sampleCaseId: sample.id, reviewedOn: '2026-11-02', items } }, app.token(sample.reviewerId));

    const v = await view();
    expect(row(v.caseManagers, sample.caseManagerId).figures).toMatchObject({ qaRate: 0.5, qaReviews: 1, meetsQaTarget: false });
    expect(v.totals).toMatchObject({ qaRate: 0.5, qaReviews: 1, meetsQaTarget: false });
    // A period with no review has no rate (not 0%).
    expect((await view({ qaFrom: '2026-10-01', qaTo: '2026-10-31' })).totals).toMatchObject({ qaRate: null, qaReviews: 0, meetsQaTarget: null });
  });

  it('runs the same statements for 2 case managers with 5 cases as for 3 with 11, and lists a deactivated one who still holds cases', async () => {
    app.queries.reset();
    await view();
    const before = app.queries.count;
    // The signed-in staff member, the office's caseloads and overdue obligations, its pending approvals, its QA rates; no access log (no client's record).
    expect(before).toBe(4);
    expect(app.queries.statements.filter((s) => /^\s*INSERT/i.test(s))).toEqual([]);

    const [{ id: c }] = await app.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO staff (email, name, role, office_id) VALUES ('cm3.north@test', 'cm3.north@test', 'CASE_MANAGER', $1) RETURNING id`, [app.fixtures.north.officeId]);
    for (let i = 0; i < 6; i++) await referClient(app, supervisor, { referralDate: '2026-10-01', caseManagerId: c });
    await app.dataSource.query('UPDATE staff SET active = false WHERE id = $1', [c]);
    app.queries.reset();
    const v = await view();
    expect(app.queries.count).toBe(before);
    expect(row(v.caseManagers, c)).toMatchObject({ active: false, figures: { openCases: 6 } });
    expect(v.totals.openCases).toBe(11);

    // Reassigning the caseload (reassignCaseload) moves its cases and their overdue obligations to the new case manager.
    const overdueOfC = row(v.caseManagers, c).figures.overdueObligations;
    const moved = await dataOf(app, `mutation($input: ReassignCaseloadInput!) { reassignCaseload(input: $input) { movedCount userErrors { code message } } }`,
      { input: { fromCaseManagerId: c, toCaseManagerId: a, mode: 'ALL_OR_NOTHING' } }, supervisor);
    expect(moved.reassignCaseload.movedCount).toBe(6);
    const after = await view();
    expect((after.caseManagers as Row[]).map((r) => r.caseManager.id)).toEqual([a, b]);
    expect(row(after.caseManagers, a).figures.openCases).toBe(10);
    expect(overdueOfC).toBeGreaterThan(0);
    expect(row(after.caseManagers, a).figures.overdueObligations).toBe(row(v.caseManagers, a).figures.overdueObligations + overdueOfC);
  });

  it('is for SUPERVISOR and MANAGER of the office and WSTA in any office; refused to CASE_MANAGER, PARTNER and other offices', async () => {
    const { north, south, wsta } = app.fixtures;
    const code = async (variables: Record<string, unknown>, token: string) => (await app.gql(VIEW, variables, app.token(token))).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await code({}, north.manager)).toBe('OK');
    expect(await code({ officeId: north.officeId }, north.supervisor)).toBe('OK');
    expect(await code({ officeId: south.officeId }, wsta)).toBe('OK');
    expect((await view({ officeId: south.officeId }, app.token(wsta))).totals.openCases).toBe(1);
    expect(await code({}, north.caseManager)).toBe('FORBIDDEN');
    expect(await code({}, north.partner)).toBe('FORBIDDEN');
    expect(await code({ officeId: south.officeId }, north.supervisor)).toBe('FORBIDDEN');
    expect(await code({ officeId: north.officeId }, south.manager)).toBe('FORBIDDEN');
    const refused = async (variables: Record<string, unknown>, token: string) => (await app.gql(VIEW, variables, app.token(token))).errors?.[0]?.extensions;
    expect(await refused({}, wsta)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officeId' });
    expect(await refused({ officeId: '00000000-0000-4000-8000-000000000000' }, wsta)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ qaFrom: '2026-11-02', qaTo: '2026-11-01' }, north.supervisor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'qaTo', constraint: 'notBeforeQaFrom' });
  });
});
