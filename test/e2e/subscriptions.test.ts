import WebSocket from 'ws';
import { DEFAULT_QUERY_LIMITS } from '../../src/http/query-limits';
import { startTestApp, type TestApp } from '../support/test-app';
import { liveClients, urlOf } from '../support/live-client';

/**
 * Subscriptions are served over graphql-ws on /graphql (issue 14 item 4). Over HTTP they keep a
 * coded refusal that says where to go; over the WebSocket a subscribe message passes the same
 * checks as an HTTP request (shape and cost limits, validation, the text guard, rate limits).
 */
describe('subscription operations', () => {
  let app: TestApp;
  let limited: TestApp;
  const live = liveClients();
  beforeAll(async () => {
    app = await startTestApp();
    limited = await startTestApp({ config: { rateLimits: { perAddress: 3, perUser: 1000, windowSeconds: 3600 }, queryLimits: { ...DEFAULT_QUERY_LIMITS, cost: { ...DEFAULT_QUERY_LIMITS.cost, PARTNER: 3 } } } });
  });
  afterAll(async () => {
    await live.close();
    await Promise.all([app.close(), limited.close()]);
  });

  it('over HTTP are refused with their own code, saying to use graphql-ws on this path, not INTERNAL_SERVER_ERROR', async () => {
    const token = app.token(app.fixtures.north.partner);
    for (const document of ['subscription { caseChanged { position } }', 'subscription Worklist { worklistChanged { position } }']) {
      const res = await app.gql(document, {}, token);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions.code).toBe('SUBSCRIPTIONS_NOT_SUPPORTED');
      expect(res.errors![0].message).toMatch(/use graphql-ws on this path/i);
    }
  });

  it('a query in the same document still runs over HTTP when it is the operation chosen', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const res = await app.http().post('/graphql').set('authorization', `Bearer ${token}`).set('content-type', 'application/json')
      .send({ query: 'subscription S { caseChanged { position } } query Q { me { role } }', operationName: 'Q' });
    expect(res.body.data.me.role).toBe('CASE_MANAGER');
  });

  it('over graphql-ws: queries go by HTTP; the shape limits, validation and the text guard refuse with HTTP\'s codes', async () => {
    const partner = app.token(app.fixtures.north.partner);
    const deep = 'subscription Deep { caseChanged { state { nodes } penalty { stage percentage } position } }'.replace('position', Array.from({ length: 16 }, (_, i) => `a${i}: position`).join(' '));
    const cases: Array<[string, Record<string, unknown>, string, Record<string, unknown>?]> = [
      ['query Me { me { name } }', {}, 'BAD_REQUEST'],
      [deep, {}, 'QUERY_TOO_COMPLEX', { measure: 'aliases' }],
      ['subscription Unknown { caseChanged { nothingHere } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription Broken { caseChanged { position }', {}, 'GRAPHQL_PARSE_FAILED'],
      ['subscription Nul($after: String) { caseChanged(after: $after) { position } }', { after: 'a\u0000b' }, 'BAD_USER_INPUT', { field: 'after', constraint: 'noNulCharacter' }],
      ['subscription Typed($officeId: ID) { caseChanged(officeId: $officeId) { position } }', { officeId: { not: 'an id' } }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code, extensions] of cases) {
      const sub = live.watch(app.running, partner, variables, query);
      const refusal = await sub.refusal();
      expect({ query, extensions: refusal.extensions }).toEqual({ query, extensions: expect.objectContaining({ code, ...extensions }) });
    }
  });

  it('over graphql-ws: the cost of an event counts against the role\'s budget; connections count against the address\'s rate limit (429 before the upgrade)', async () => {
    const sub = live.watch(limited.running, limited.token(limited.fixtures.north.partner), {}, 'subscription Costly { caseChanged { position state { nodes path phase } penalty { stage percentage } } }');
    expect((await sub.refusal()).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'cost', limit: 3 });
    // That connection was the first of 3; the next two open, the fourth is refused.
    const open = (): Promise<number | 'open'> => new Promise((resolve, reject) => {
      const ws = new WebSocket(urlOf(limited.running), 'graphql-transport-ws');
      ws.on('open', () => { ws.close(); resolve('open'); });
      ws.on('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); expect(res.headers['retry-after']).toMatch(/^\d+$/); ws.terminate(); });
      ws.on('error', (err) => { if (!/Unexpected server response/.test(err.message)) reject(err); });
    });
    expect([await open(), await open(), await open()]).toEqual(['open', 'open', 429]);
  });

  it('over graphql-ws: at most 20 operations at once on one connection; other paths are not upgraded', async () => {
    const client = live.connectTo(app.running, app.token(app.fixtures.north.partner));
    const subs = Array.from({ length: 21 }, (_, i) => new Promise<unknown>((resolve) => {
      client.subscribe({ query: `subscription S${i} { caseChanged { position } }` }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    }));
    const first = await Promise.race(subs);
    expect(first).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED', scope: 'connection' }) })]);
    await client.dispose();
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(urlOf(app.running).replace('/graphql', '/elsewhere'), 'graphql-transport-ws');
      ws.on('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); ws.terminate(); });
      ws.on('error', () => undefined);
    });
    expect(status).toBe(404);
  });
});
