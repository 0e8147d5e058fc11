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
    await app.dataSource.destroy();
    try {
      expect((await app.http().get('/readyz')).status).toBe(503);
      expect((await app.http().get('/healthz')).status).toBe(200);
    } finally {
      await app.dataSource.initialize();
    }
  });
});
