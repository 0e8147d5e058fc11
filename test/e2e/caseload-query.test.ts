import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';

const CASELOAD = `query($first: Int!, $after: String) {
  cases(first: $first, after: $after) {
    edges { cursor node { id referralDate client { firstName household { firstName relationship } } caseManager { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The caseload query runs a fixed number of SQL statements whatever the page size (DataLoader). */
describe('caseload query', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = app.token(app.fixtures.north.supervisor);
    const cm = app.token(app.fixtures.north.caseManager);
    for (let i = 0; i < 60; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await referClient(app, cm, { referralDate: `2026-10-${day}`, client: { firstName: `C${i}`, lastName: 'L', dateOfBirth: '1990-01-01' } });
    }
  });
  afterAll(() => app.close());

  async function statementsFor(first: number): Promise<number> {
    app.queries.reset();
    const res = await app.gql(CASELOAD, { first }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.cases.edges).toHaveLength(first);
    return app.queries.count;
  }

  it('runs the same number of statements for 5 and for 50 cases with client, household and case manager', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // staff lookup for the token, the page, clients, households, case managers
    expect(fifty).toBe(5);
  });

  it('pages through every case once, newest referral first, in a stable order', async () => {
    const seen: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await app.gql(CASELOAD, { first: 7, after }, token);
      for (const edge of res.data.cases.edges) { seen.push(edge.node.id); dates.push(edge.node.referralDate); }
      after = res.data.cases.pageInfo.hasNextPage ? res.data.cases.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters by case manager, track and phase', async () => {
    const res = await app.gql(`query($cm: ID!) { a: cases(first: 1, filter: { caseManager: $cm, track: WORK_FIRST, phase: REFERRAL }) { totalCount }
      b: cases(first: 1, filter: { track: FAMILIES_FIRST }) { totalCount } c: cases(first: 1, filter: { state: "referral.awaitingContact" }) { totalCount } }`,
      { cm: app.fixtures.north.caseManager }, token);
    expect(res.data).toEqual({ a: { totalCount: 60 }, b: { totalCount: 0 }, c: { totalCount: 60 } });
  });
});
