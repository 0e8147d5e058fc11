import request from 'supertest';
import { createApp, type RunningApp } from '../../src/app';
import { addressKey, DEFAULT_RATE_LIMITS, parseRateLimits, parseTrustProxy } from '../../src/http/rate-limit';
import { createLogger } from '../../src/logger';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/**
 * Rate limits (issue 11 item 2), over real HTTP with tight limits given through the config: 429
 * with Retry-After in GraphQL's error shape, per address and per user, counted in PostgreSQL so
 * a second replica on the same database sees the same counts. The clock is the library's own
 * (Date.now); the window is a minute and every test stays far inside it.
 */
const REFER = `mutation { referClient(input: { client: { firstName: "Rita", lastName: "Limit", dateOfBirth: "1990-01-01" }, household: [], track: WORK_FIRST, referralDate: "2026-11-02", monthsUsed: 0 }) { case { id } } }`;
const clientCount = async (app: TestApp) => Number((await app.dataSource.query('SELECT count(*) AS n FROM client'))[0].n);

/** A POST from `address` (X-Forwarded-For, believed only behind a trusted proxy). */
function post(server: RunningApp, query: string, options: { address?: string; token?: string } = {}) {
  const req = request(server.httpServer).post('/graphql').set('content-type', 'application/json');
  if (options.address) req.set('x-forwarded-for', options.address);
  if (options.token) req.set('authorization', `Bearer ${options.token}`);
  return req.send({ query });
}

function expectRateLimited(res: request.Response, scope: 'address' | 'user') {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/Too many requests/), extensions: { code: 'RATE_LIMITED', scope, retryAfterSeconds: retryAfter } }] });
}

describe('rate limits behind a trusted proxy (each test from addresses of its own)', () => {
  let app: TestApp;
  let replica: RunningApp;
  const config = { trustProxy: 'loopback', rateLimits: { perAddress: 3, perUser: 4, windowSeconds: 60 } };

  beforeAll(async () => {
    app = await startTestApp({ config });
    // A second instance of the service on the same database: what another replica would be.
    replica = await createApp({ config: { jwtSecret: TEST_JWT_SECRET, introspection: true, nodeEnv: 'test', ...config }, dataSource: app.appDataSource, clock: app.clock, log: createLogger('silent') });
  });
  afterAll(async () => {
    await replica.stop();
    await app.close();
  });

  it('answers 429 with Retry-After once an address passes its limit, before reading anything', async () => {
    for (let i = 0; i < 3; i++) expect((await post(app.running, '{ calendar { today } }', { address: '203.0.113.1' })).status).toBe(200);
    app.queries.reset();
    const refused = await post(app.running, '{ me { id } }', { address: '203.0.113.1', token: app.token(app.fixtures.north.caseManager) });
    expectRateLimited(refused, 'address');
    expect(app.queries.count).toBe(0);
    // Another address is counted apart.
    expect((await post(app.running, '{ calendar { today } }', { address: '203.0.113.2' })).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, which it could otherwise walk through', async () => {
    for (let i = 1; i <= 3; i++) expect((await post(app.running, '{ __typename }', { address: `2001:db8:1:2::${i}` })).status).toBe(200);
    expectRateLimited(await post(app.running, '{ __typename }', { address: '2001:db8:1:2:ffff::9' }), 'address');
    expect((await post(app.running, '{ __typename }', { address: '2001:db8:1:3::1' })).status).toBe(200);
  });

  it('counts in PostgreSQL, so another replica on the same database refuses the same address', async () => {
    await post(app.running, '{ __typename }', { address: '203.0.113.10' });
    await post(replica, '{ __typename }', { address: '203.0.113.10' });
    await post(app.running, '{ __typename }', { address: '203.0.113.10' });
    expectRateLimited(await post(replica, '{ __typename }', { address: '203.0.113.10' }), 'address');
    const [row] = await app.dataSource.query(`SELECT points, expire FROM rate_limit WHERE key = 'address:203.0.113.10'`);
    expect(row.points).toBe(4);
    expect(Number(row.expire)).toBeGreaterThan(Date.now());
  });

  it('limits a staff member whatever the address, writes nothing when it refuses, and leaves others alone', async () => {
    const token = app.token(app.fixtures.north.otherCaseManager);
    for (let i = 0; i < 4; i++) expect((await post(app.running, '{ me { id } }', { address: `198.51.100.${i}`, token })).status).toBe(200);
    const before = await clientCount(app);
    const refused = await post(app.running, REFER, { address: '198.51.100.9', token });
    expectRateLimited(refused, 'user');
    expect(await clientCount(app)).toBe(before);
    // The same address with another account, and the replica for this one, see the shared counts.
    expect((await post(app.running, '{ me { id } }', { address: '198.51.100.9', token: app.token(app.fixtures.north.supervisor) })).status).toBe(200);
    expectRateLimited(await post(replica, '{ me { id } }', { address: '198.51.100.20', token }), 'user');
  });
});

describe('rate limits without a trusted proxy', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ config: { rateLimits: { ...DEFAULT_RATE_LIMITS, perAddress: 2 } } });
  });
  afterAll(() => app.close());

  it('ignores X-Forwarded-For: a client cannot pick a new address for each request', async () => {
    expect((await post(app.running, '{ __typename }', { address: '192.0.2.1' })).status).toBe(200);
    expect((await post(app.running, '{ __typename }', { address: '192.0.2.2' })).status).toBe(200);
    expectRateLimited(await post(app.running, '{ __typename }', { address: '192.0.2.3' }), 'address');
    const [{ key }] = await app.dataSource.query('SELECT key FROM rate_limit');
    expect(key).toBe('address:127.0.0.1');
  });
});

describe('RATE_LIMIT_* and TRUST_PROXY configuration', () => {
  it('reads the limits, keeps the generous defaults, and refuses what is not a count', () => {
    expect(parseRateLimits({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(parseRateLimits({ RATE_LIMIT_PER_ADDRESS: '100', RATE_LIMIT_PER_USER: '0', RATE_LIMIT_WINDOW_SECONDS: '10' })).toEqual({ perAddress: 100, perUser: 0, windowSeconds: 10 });
    expect(() => parseRateLimits({ RATE_LIMIT_PER_USER: '-1' })).toThrow(/RATE_LIMIT_PER_USER/);
    expect(() => parseRateLimits({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/);
  });

  it('keys IPv4 as it is and IPv6 by its /64', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('2001:0db8:0001:0002:ffff:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });

  it('trusts no proxy unless told: hops, addresses, or (only when told) any', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback');
    expect(parseTrustProxy('true')).toBe(true);
  });
});
