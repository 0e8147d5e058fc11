import { loadConfig } from '../../src/config';
import { startTestApp, type TestApp } from '../support/test-app';

describe('operations endpoints', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  it('GET /healthz answers while the process is up', async () => {
    const res = await app.http().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 when the database is reachable and 503 when it is not', async () => {
    expect((await app.http().get('/readyz')).status).toBe(200);
    // Close the pool for real: the service stays up but cannot reach PostgreSQL.
    await app.appDataSource.destroy();
    try {
      expect((await app.http().get('/readyz')).status).toBe(503);
      expect((await app.http().get('/healthz')).status).toBe(200);
    } finally {
      await app.appDataSource.initialize();
    }
  });

  it('answers with helmet\'s security headers and without X-Powered-By, on the API and on errors', async () => {
    const responses = [
      await app.http().get('/healthz'),
      await app.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' }),
      await app.http().post('/graphql').set('content-type', 'application/json').send('{not json'),
    ];
    for (const res of responses) {
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    }
  });

  it('listens on loopback unless HOST says otherwise (a container sets HOST=0.0.0.0)', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
