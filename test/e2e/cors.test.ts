import { LOCALHOST_ORIGINS, parseCorsOrigins } from '../../src/http/cors';
import { startTestApp, type TestApp } from '../support/test-app';

/** What a browser sends before a cross-origin POST with a bearer token and a JSON body. */
const preflight = (app: TestApp, origin: string) => app.http().options('/graphql')
  .set('origin', origin)
  .set('access-control-request-method', 'POST')
  .set('access-control-request-headers', 'authorization, content-type');

describe('CORS_ORIGINS', () => {
  it('parses exact origins, defaults to localhost outside production and to none in production', () => {
    expect(parseCorsOrigins('https://App.example.org, http://localhost:5173,', 'production')).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(parseCorsOrigins(undefined, 'production')).toEqual([]);
    expect(parseCorsOrigins('', 'development')).toEqual([]);
    expect(parseCorsOrigins(undefined, 'development')).toEqual([LOCALHOST_ORIGINS]);
    expect(LOCALHOST_ORIGINS.test('http://localhost:5173')).toBe(true);
    expect(LOCALHOST_ORIGINS.test('http://localhost.evil.example')).toBe(false);
    expect(() => parseCorsOrigins('app.example.org', 'production')).toThrow(/not an origin/);
    expect(() => parseCorsOrigins('https://app.example.org/', 'production')).toThrow(/not an origin/);
  });
});

describe('CORS on /graphql with an allowlist', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp({ config: { corsOrigins: parseCorsOrigins('https://front.example.org', 'production') } }); });
  afterAll(() => app.close());

  it('answers a preflight from an allowed origin with the allow headers', async () => {
    const res = await preflight(app, 'https://front.example.org');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://front.example.org');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']?.split(',')).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toContain('Origin');
  });

  it('refuses a preflight from another origin: no Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://evil.example.org', 'http://localhost:5173', 'https://front.example.org.evil.example']) {
      const res = await preflight(app, origin);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('marks the actual response of an allowed origin, so the browser hands it to the page', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const res = await app.http().post('/graphql').set('origin', 'https://front.example.org').set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json').send({ query: '{ me { role } }' });
    expect(res.body.data.me.role).toBe('CASE_MANAGER');
    expect(res.headers['access-control-allow-origin']).toBe('https://front.example.org');
  });
});

describe('CORS defaults', () => {
  it('outside production, allows a front end on any localhost port', async () => {
    const app = await startTestApp();
    try {
      expect((await preflight(app, 'http://localhost:5173')).headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect((await preflight(app, 'https://front.example.org')).headers['access-control-allow-origin']).toBeUndefined();
    } finally { await app.close(); }
  });

  it('in production, allows no origin until CORS_ORIGINS names one', async () => {
    const app = await startTestApp({ nodeEnv: 'production' });
    try {
      expect((await preflight(app, 'http://localhost:5173')).headers['access-control-allow-origin']).toBeUndefined();
    } finally { await app.close(); }
  });
});
