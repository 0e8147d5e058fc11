import { getIntrospectionQuery } from 'graphql';
import { AlaskaCalendar } from '../../src/calendar/alaska-calendar';
import { DEFAULT_QUERY_LIMITS, parseQueryLimits } from '../../src/http/query-limits';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Query limits (issue 11 item 1), over real HTTP: the issue's two attacks are refused before any
 * resolver runs, each limit reports itself, and the README's queries still answer.
 */
const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ');
/** The issue's anonymous attack: 10,000 aliases of a year of business days (~550 KB). */
const CALENDAR_FLOOD = `{ ${aliases(10_000, () => 'calendar { addBusinessDays(from: "2026-01-05", days: 366) }')} }`;
/** The issue's signed-in attack: 500 aliases of a 100-case page with nested lists. */
const CASELOAD_FLOOD = `{ ${aliases(500, () => 'cases(first: 100) { edges { node { id caseNotes { edges { node { text } } } history { edges { node { event payload } } } } } }')} }`;
/** A case's whole record on every case of a page: the heaviest read the tests make (first 50 fits, 100 does not). */
const WHOLE_RECORD = `query($first: Int!) { cases(first: $first) { edges { node {
  id client { firstName household { firstName } } caseManager { name }
  obligations { totalCount edges { node { id ruleId dueDate status } } }
  clientNotes { totalCount edges { node { id title } } } caseNotes { edges { node { id category } } }
  alerts { edges { node { id kind case { id } } } } actions { event allowed blockedBy }
  history { totalCount edges { cursor node { id version event } } pageInfo { hasNextPage } } } } } }`;

// The README's example queries (Caseload, Case, CaseActivities), verbatim.
const README_CASELOAD = `query Caseload($after: String) {
  cases(first: 20, after: $after, filter: { phase: PARTICIPATING, track: WORK_FIRST }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id state { nodes phase } version monthsUsed client { firstName lastName household { relationship dateOfBirth } } caseManager { name } } }
  }
}`;
const README_CASE = `query Case($id: ID!) {
  case(id: $id) {
    state { nodes phase path } version
    actions { event mutation allowed blockedBy }
    history { edges { node { version event stateBefore { nodes } stateAfter { nodes } actorRole occurredAt payload } } }
  }
}`;
const README_ACTIVITIES = `query CaseActivities($id: ID!) { case(id: $id) {
  activities { edges { node { activity scheduledHoursPerWeek hoursEntries(month: "2026-10", includeSuperseded: true) { edges { node { weekStart actualHours current correctionReason } } } } } }
  monthlyParticipation(month: "2026-10") { familyType status countableHours additionalHoursNeeded projected verification { verifiedAt } notCounted { reason rule hours } }
} }`;

const extensionsOf = (res: { errors?: any[] }) => res.errors?.[0]?.extensions;
const clientCount = async (app: TestApp) => Number((await app.dataSource.query('SELECT count(*) AS n FROM client'))[0].n);

describe('query limits', () => {
  let app: TestApp;
  let cm: string;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp();
    cm = app.token(app.fixtures.north.caseManager);
    caseId = (await referClient(app, cm)).id;
  });
  afterAll(() => app.close());
  afterEach(() => jest.restoreAllMocks());

  it('refuses the 10,000-alias anonymous calendar query by its tokens, before any resolver', async () => {
    const walk = jest.spyOn(app.running.services.calendar, 'addBusinessDays');
    const res = await app.gql(CALENDAR_FLOOD);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(extensionsOf(res)).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'tokens', limit: DEFAULT_QUERY_LIMITS.maxTokens });
    expect(walk).not.toHaveBeenCalled();
  });

  it('refuses the 500-alias signed-in caseload query before reading the account or any case', async () => {
    app.queries.reset();
    const res = await app.gql(CASELOAD_FLOOD, {}, cm);
    expect(res.status).toBe(400);
    expect(extensionsOf(res)).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'tokens', limit: DEFAULT_QUERY_LIMITS.maxTokens });
    expect(app.queries.count).toBe(0);
  });

  it('refuses more aliases than the limit (15), and takes 15', async () => {
    const walk = jest.spyOn(app.running.services.calendar, 'isBusinessDay');
    const over = await app.gql(`{ ${aliases(16, () => 'calendar { today }')} }`);
    expect(over.status).toBe(400);
    expect(extensionsOf(over)).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'aliases', limit: 15 });
    expect(over.errors![0].message).toMatch(/found 16/);
    const at = await app.gql(`{ ${aliases(15, () => 'calendar { isBusinessDay(date: "2026-11-11") }')} }`);
    expect(at.errors).toBeUndefined();
    expect(Object.keys(at.data)).toHaveLength(15);
    expect(walk).toHaveBeenCalledTimes(15);
  });

  it('refuses a document nested deeper than 12 fields, and more than 20 directives', async () => {
    const deep = await app.gql(`query($id: ID!) { case(id: $id) { obligations { edges { node { case { obligations { edges { node { case { obligations { edges { node { id } } } } } } } } } } } } }`, { id: caseId }, cm);
    expect(deep.status).toBe(400);
    expect(extensionsOf(deep)).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'depth', limit: 12 });
    const directives = await app.gql(`{ calendar { ${aliases(11, () => 'today @include(if: true) @skip(if: false)')} } }`);
    expect(extensionsOf(directives)).toEqual({ code: 'QUERY_TOO_COMPLEX', measure: 'directives', limit: 20 });
  });

  it('answers graphql-cop\'s alias overloading, field duplication and directive overloading with one refusal each', async () => {
    const overloading101 = await app.gql(`query cop { ${aliases(101, () => '__typename')} }`);
    expect(overloading101.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'aliases', limit: 15 } })]);
    const duplication = await app.gql(`query cop { ${'__typename \n'.repeat(500)} }`);
    expect(duplication.status).toBe(400);
    expect(duplication.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'fieldRepeats', limit: 5 } })]);
    // The same field many times (graphql-js compares each pair of them when validating), through inline fragments too.
    const merged = await app.gql(`{ ${'calendar { today } '.repeat(6)} }`);
    expect(extensionsOf(merged)).toMatchObject({ measure: 'fieldRepeats' });
    const inline = await app.gql(`{ calendar { ${'... on AlaskaCalendar { today } '.repeat(6)} } }`);
    expect(extensionsOf(inline)).toMatchObject({ measure: 'fieldRepeats' });
    expect((await app.gql(`{ calendar { ${'today '.repeat(5)} } }`)).data).toEqual({ calendar: { today: '2026-11-02' } });
    const overloading = await app.gql(`query cop { __typename ${'@aa'.repeat(10)} }`);
    expect(overloading.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', measure: 'directives', limit: 1 } })]);
    expect(overloading.errors![0].message).toMatch(/@aa is repeated 10 times/);
    // Its batch probe: ten operations in one body are not run (Apollo's batching stays off).
    const batch = await app.http().post('/graphql').set('content-type', 'application/json').send(Array.from({ length: 10 }, () => ({ query: '{ __typename }' })));
    expect(batch.status).toBe(400);
    expect(Array.isArray(batch.body)).toBe(false);
  });

  it('costs a page by its first, nested pages by their product, against the role\'s budget', async () => {
    const over = await app.gql(WHOLE_RECORD, { first: 100 }, cm);
    expect(over.status).toBe(400);
    expect(extensionsOf(over)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', limit: 250_000 });
    const { cost } = extensionsOf(over);
    expect(cost).toBeGreaterThan(250_000);
    const fifty = await app.gql(WHOLE_RECORD, { first: 50 }, cm);
    expect(fifty.errors).toBeUndefined();
    // Half the page, half the price: the measure follows `first` (from a variable too).
    const half = await startTestApp({ config: { queryLimits: { ...DEFAULT_QUERY_LIMITS, cost: { ...DEFAULT_QUERY_LIMITS.cost, CASE_MANAGER: 1 } } } });
    try {
      const refused = await half.gql(WHOLE_RECORD, { first: 50 }, half.token(half.fixtures.north.caseManager));
      expect(extensionsOf(refused)).toMatchObject({ measure: 'cost', limit: 1 });
      expect(Math.abs(extensionsOf(refused).cost * 2 - cost)).toBeLessThan(cost * 0.01);
      // Another role keeps its own budget.
      const supervisor = await half.gql(WHOLE_RECORD, { first: 50 }, half.token(half.fixtures.north.supervisor));
      expect(supervisor.errors).toBeUndefined();
    } finally {
      await half.close();
    }
  });

  it('costs addBusinessDays by its days: an anonymous caller gets two years of them, not three', async () => {
    const walk = jest.spyOn(app.running.services.calendar, 'addBusinessDays');
    const year = (n: number) => `{ calendar { ${aliases(n, () => 'addBusinessDays(from: "2026-01-05", days: 366)')} } }`;
    const three = await app.gql(year(3));
    expect(extensionsOf(three)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', limit: 1000, cost: 1 + 3 * 367 });
    expect(walk).not.toHaveBeenCalled();
    const two = await app.gql(year(2));
    const end = new AlaskaCalendar().addBusinessDays('2026-01-05', 366);
    expect(two.data.calendar).toEqual({ a0: end, a1: end });
    // A signed-in caller has a larger budget for the same document.
    expect((await app.gql(year(3), {}, cm)).errors).toBeUndefined();
    // Out of range is still BAD_USER_INPUT (the cost counts at most 366 days).
    expect(extensionsOf(await app.gql('{ calendar { addBusinessDays(from: "2026-01-05", days: 100000) } }')).code).toBe('BAD_USER_INPUT');
  });

  it('runs nothing but what needs no sign-in for an anonymous caller: the rest stops at its gate, whatever it selects', async () => {
    app.queries.reset();
    // Over any budget if it ran; without a token it cannot, so it is UNAUTHENTICATED, not QUERY_TOO_COMPLEX.
    const record = await app.gql(WHOLE_RECORD, { first: 100 });
    expect(record.errors!.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(record.data).toBeNull();
    const before = await clientCount(app);
    const refer = await app.gql(`mutation { referClient(input: { client: { firstName: "A", lastName: "B", dateOfBirth: "1990-01-01" }, household: [], track: WORK_FIRST, referralDate: "2026-11-02", monthsUsed: 0 }) { case { id } } }`);
    expect(extensionsOf(refer).code).toBe('UNAUTHENTICATED');
    expect(app.queries.count).toBe(0);
    expect(await clientCount(app)).toBe(before);
    // Public fields beside a gated one still count in full against the anonymous budget.
    const mixed = await app.gql(`{ me { id } calendar { ${aliases(3, () => 'addBusinessDays(from: "2026-01-05", days: 366)')} } }`);
    expect(extensionsOf(mixed)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', cost: 1 + 1 + 3 * 367 });
    expect((await app.gql('{ __typename calendar { today } }')).data).toEqual({ __typename: 'Query', calendar: { today: '2026-11-02' } });
  });

  it('writes nothing when it refuses a mutation', async () => {
    const before = await clientCount(app);
    const input = '{ client: { firstName: "A", lastName: "B", dateOfBirth: "1990-01-01" }, household: [], track: WORK_FIRST, referralDate: "2026-11-02", monthsUsed: 0 }';
    const res = await app.gql(`mutation { ${aliases(16, () => `referClient(input: ${input}) { case { id } }`)} }`, {}, cm);
    expect(extensionsOf(res)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'aliases' });
    expect(await clientCount(app)).toBe(before);
  });

  it('refuses fragments that multiply selections (Apollo maxRecursiveSelections) without running them', async () => {
    const walk = jest.spyOn(app.running.services.calendar, 'isBusinessDay');
    const levels = Array.from({ length: 26 }, (_, i) => `fragment F${i} on AlaskaCalendar { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const res = await app.gql(`{ calendar { ...F0 } } ${levels} fragment F26 on AlaskaCalendar { isBusinessDay(date: "2026-11-11") }`);
    expect(res.status).toBe(400);
    expect(extensionsOf(res)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'MAX_RECURSIVE_SELECTIONS_EXCEEDED' });
    expect(walk).not.toHaveBeenCalled();
  });

  it('answers the README\'s example queries and a normal caseload page', async () => {
    const caseload = await app.gql(README_CASELOAD, {}, cm);
    expect(caseload.errors).toBeUndefined();
    const page = await app.gql('{ cases(first: 20) { edges { node { id client { firstName } } } } }', {}, cm);
    expect(page.data.cases.edges.map((e: any) => e.node.id)).toEqual([caseId]);
    const kase = await app.gql(README_CASE, { id: caseId }, cm);
    expect(kase.errors).toBeUndefined();
    expect(kase.data.case.history.edges.length).toBeGreaterThan(0);
    const activities = await app.gql(README_ACTIVITIES, { id: caseId }, cm);
    expect(activities.errors).toBeUndefined();
  });

  it('answers GraphiQL\'s introspection query, anonymous too (introspection spends no budget)', async () => {
    const res = await app.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  it('gives no "Did you mean" suggestions in production (graphql-cop: field suggestions)', async () => {
    expect((await app.gql('{ calendr { today } }')).errors![0].message).toMatch(/Did you mean/);
    const production = await startTestApp({ nodeEnv: 'production' });
    try {
      const res = await production.gql('{ calendr { today } }');
      expect(extensionsOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });
});

describe('QUERY_* configuration', () => {
  it('reads the limits and the budgets by role, and refuses what is not a positive integer or a role', () => {
    const limits = parseQueryLimits({ QUERY_MAX_TOKENS: '500', QUERY_MAX_ALIASES: '3', QUERY_COST_LIMITS: 'ANONYMOUS=10, PARTNER=20' });
    expect(limits).toMatchObject({ maxTokens: 500, maxAliases: 3, maxDepth: DEFAULT_QUERY_LIMITS.maxDepth });
    expect(limits.cost).toEqual({ ...DEFAULT_QUERY_LIMITS.cost, ANONYMOUS: 10, PARTNER: 20 });
    expect(parseQueryLimits({})).toEqual(DEFAULT_QUERY_LIMITS);
    expect(() => parseQueryLimits({ QUERY_MAX_DEPTH: '0' })).toThrow(/QUERY_MAX_DEPTH/);
    expect(() => parseQueryLimits({ QUERY_COST_LIMITS: 'ADMIN=5' })).toThrow(/names no role: ADMIN/);
    expect(() => parseQueryLimits({ QUERY_COST_LIMITS: 'PARTNER=lots' })).toThrow(/PARTNER/);
  });
});
