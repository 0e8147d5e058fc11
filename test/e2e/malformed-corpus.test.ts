import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/schema/build-schema';
import {
  CURSOR_LISTS, forgedCursorsOf, generateCorpus, nestedConnections, rootFields, rootListArguments, type Expectation, type MalformedRequest,
} from '../support/malformed-corpus';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11 item 4: a corpus of malformed requests, generated from the schema (test/support/
 * malformed-corpus.ts) plus forged cursors and the named cases of the issue, gets no 5xx and no
 * INTERNAL_SERVER_ERROR, each refusal names its field and rule, and nothing is written.
 */

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const json = (v: unknown) => b64(JSON.stringify(v));
/** Cursors this API never issued: impossible days and times, ids past bigint, wrong shapes. */
const FORGED = [
  'bogus', '%%%', 'x'.repeat(2000), '2026-02-30|1', '2026-01-01|99999999999999999999',
  b64('2026-02-30|1'), b64('2026-01-01|99999999999999999999'), b64('2026-01-01|0'), b64('2026-01-01|-1'), b64('1800-01-01|1'),
  b64('2026-01-01|1|2'), b64('|'), b64('2026-01-01|1e5'),
  json({ referralDate: '2026-02-30', id: '6f1c7d1e-0000-4000-8000-000000000000' }), json({ referralDate: '2026-01-01', id: 'x' }),
  json(null), json([]), json({}), json('x'), json(1),
  ...CURSOR_LISTS.flatMap((list) => forgedCursorsOf(list, json)),
];

/** Why a response breaks the rule, or null: no 5xx, no INTERNAL_SERVER_ERROR, and the refusal expected. */
function fault(res: { status: number; errors?: Array<{ extensions?: Record<string, unknown> }> }, expect: Expectation | null): string | null {
  if (res.status >= 500) return `status ${res.status}`;
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (!expect) return null;
  const error = res.errors?.find((e) => e.extensions?.code === expect.code);
  if (!error) return `codes ${JSON.stringify(codes)}, expected ${expect.code}`;
  const ext = error.extensions!;
  if (expect.code === 'BAD_USER_INPUT') {
    const invalid = ext.invalid as Array<{ field: string; constraint: string }> | undefined;
    if (!invalid?.length) return 'no invalid[]';
    if (expect.field && ext.field !== expect.field) return `field ${String(ext.field)}, expected ${expect.field}`;
    if (expect.constraint && ext.constraint !== expect.constraint) return `constraint ${String(ext.constraint)}, expected ${expect.constraint}`;
  }
  return null;
}

/** Thousands of requests, one after another: a slow shared machine must not fail them (no figure here is a time check). */
const CORPUS_TIMEOUT_MS = 300_000;

describe('a corpus of malformed requests', () => {
  let app: TestApp;
  let token: string;
  let schema: GraphQLSchema;
  let caseId: string;
  let before: unknown;
  let sent = 0;

  /**
   * Every table's row count and checksum. Left out: rate_limit counts requests and access_log
   * records reads (a nested list's case is read before its forged cursor is refused): both are
   * their job, not a write of the malformed input.
   */
  const tables = async () => {
    const names: Array<{ t: string }> = await app.dataSource.query(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit', 'access_log') ORDER BY 1`);
    const sql = names.map(({ t }) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`).join(' UNION ALL ');
    return app.dataSource.query(sql);
  };

  const run = async (requests: MalformedRequest[], tokenFor = () => token) => {
    const failures: string[] = [];
    for (const r of requests) {
      const res = await app.gql(r.query, r.variables, tokenFor());
      sent++;
      const why = fault(res, r.expect);
      if (why) failures.push(`${r.name}: ${why} ${JSON.stringify(res.errors?.[0]?.extensions ?? res.errors?.[0]?.message ?? '').slice(0, 200)}`);
    }
    return failures;
  };

  beforeAll(async () => {
    // The corpus sends thousands of requests under one token (it grows with the schema): rate limits off, as they are tested on their own (rate-limit.test.ts).
    app = await startTestApp({ config: { rateLimits: { perAddress: 0, perUser: 0, windowSeconds: 60 } } });
    token = app.token(app.fixtures.north.caseManager);
    schema = await buildAppSchema();
    caseId = (await referClient(app, token)).id;
    // A case open in January 1900, the first supported month, so participationRate(1900-01) has a case to compute.
    await referClient(app, token, { referralDate: '1900-01-02', client: { firstName: 'Early', lastName: 'Case', dateOfBirth: '1900-01-01' }, household: [] });
    before = await tables();
  });
  afterAll(() => app.close());

  it('refuses NUL, lone surrogates, out-of-range dates and instants, and wrong types in every argument of the schema', async () => {
    const corpus = generateCorpus(schema, { caseId, staffId: app.fixtures.north.caseManager, officeId: app.fixtures.north.officeId });
    // Grows with the schema: 140 text fields in 92 operations when this was written.
    expect(corpus.length).toBeGreaterThan(600);
    expect(await run(corpus)).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it('refuses forged cursors on every top-level and nested list', async () => {
    const roots = rootFields(schema).filter(({ field }) => field.args.some((a) => a.name === 'after')).map(({ field }) => field.name);
    expect(roots).toEqual(expect.arrayContaining(['cases', 'obligations', 'eligibilityNotices', 'caseAlerts', 'accessLog']));
    expect(CURSOR_LISTS).toEqual(expect.arrayContaining(['CaseNote', 'Obligation', 'EligibilityNotice', 'AccessLog']));
    const nested = nestedConnections(schema, 'Case');
    expect(nested.length).toBeGreaterThan(3);
    // accessLog also names a staff member, so a cursor that got through would reach its statement.
    const staff = { staffId: app.fixtures.north.caseManager };
    const requests: MalformedRequest[] = FORGED.flatMap((after) => [
      ...roots.map((f) => ({
        name: `${f}(after: ${after.slice(0, 40)})`, query: `query($after: String) { ${f}(after: $after${rootListArguments(f, staff)}) { __typename } }`,
        variables: { after }, expect: { code: 'BAD_USER_INPUT', field: 'after', constraint: 'isCursor' },
      })),
      ...nested.map((f) => ({
        name: `case.${f}(after: ${after.slice(0, 40)})`, query: `query($id: ID!, $after: String) { case(id: $id) { ${f}(after: $after) { __typename } } }`,
        variables: { id: caseId, after }, expect: { code: 'BAD_USER_INPUT', field: 'after', constraint: 'isCursor' },
      })),
    ]);
    // The two: a day that does not exist, an id past bigint, also as inline literals.
    for (const after of [b64('2026-02-30|1'), b64('2026-01-01|99999999999999999999')]) {
      requests.push({ name: `obligations literal ${after}`, query: `{ obligations(first: 5, after: "${after}") { edges { cursor } } }`, expect: { code: 'BAD_USER_INPUT', field: 'after', constraint: 'isCursor' } });
    }
    expect(requests.length).toBeGreaterThan(300);
    // A MANAGER may read every one of these lists, so the cursor is what is refused (not the role).
    const manager = app.token(app.fixtures.north.manager);
    expect(await run(requests, () => manager)).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it('answers the named cases of the issue with a coded 4xx, never INTERNAL_SERVER_ERROR', async () => {
    const named: MalformedRequest[] = [
      { name: 'participationRate 1900-01', query: '{ participationRate(month: "1900-01") { month csv allFamilies { rate } cases { caseId } } }', expect: null },
      { name: 'participationRate 1899-12', query: '{ participationRate(month: "1899-12") { month } }', expect: { code: 'BAD_USER_INPUT', field: 'month', constraint: 'isYearMonth' } },
      { name: 'a cases state filter with NUL', query: 'query($n: [CaseStateNode!]) { cases(filter: { state: { nodes: $n } }) { totalCount } }', variables: { n: ['CLOSED\u0000'] }, expect: { code: 'BAD_USER_INPUT', field: 'filter.state.nodes.0' } },
      { name: 'a subscription', query: 'subscription { me { name } }', expect: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED' } },
      { name: 'a subscription to an unknown field', query: 'subscription S { caseChanged { id } }', expect: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED' } },
    ];
    const failures = await run(named);
    // Persisted queries (Apollo APQ): a hash that does not match the text, an unknown version, an unknown hash.
    const apq = [
      [{ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 'BAD_REQUEST'],
      [{ query: '{ me { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }, 'BAD_REQUEST'],
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }, 'PERSISTED_QUERY_NOT_FOUND'],
      [{ query: 'query A { me { id } }', operationName: 'A\u0000' }, 'OPERATION_RESOLUTION_FAILURE'],
    ] as const;
    for (const [body, code] of apq) {
      const res = await app.http().post('/graphql').set('authorization', `Bearer ${token}`).set('content-type', 'application/json').send(body);
      sent++;
      const why = fault({ status: res.status, errors: res.body.errors }, { code });
      if (why) failures.push(`${JSON.stringify(body).slice(0, 80)}: ${why}`);
    }
    const get = await app.http().get('/graphql').query({ query: 'subscription { me { name } }' }).set('apollo-require-preflight', 'true').set('authorization', `Bearer ${token}`);
    sent++;
    if (get.status >= 500 || get.body.errors?.[0]?.extensions?.code === 'INTERNAL_SERVER_ERROR') failures.push(`GET subscription: ${get.status}`);
    expect(failures).toEqual([]);
  });

  it('sent more than 300 malformed requests and wrote nothing', async () => {
    expect(sent).toBeGreaterThan(300);
    expect(await tables()).toEqual(before);
  });
});
