import { startTestApp, type TestApp } from '../support/test-app';

/** What a browser's address bar sends. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GraphiQL at GET /graphql (the browser test: test/browser/graphiql.test.ts)', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  it('serves the page and its files from this server, with a CSP that allows nothing else', async () => {
    const res = await app.http().get('/graphql?token=abc').set('accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.text).not.toMatch(/https?:\/\//); // no CDN, no Apollo Sandbox
    for (const src of res.text.match(/(?:src|href)="[^"]+"/g)!.map((a) => a.split('"')[1])) {
      const asset = await app.http().get(src);
      expect([src, asset.status]).toEqual([src, 200]);
    }
  });

  it('leaves GraphQL GETs and non-browser requests to the API', async () => {
    const res = await app.http().get('/graphql').query({ query: '{ __typename }' }).set('accept', 'application/json').set('apollo-require-preflight', 'true');
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
    expect((await app.http().get('/graphiql/package.json')).status).toBe(404);
  });
});

describe('GraphiQL in production', () => {
  it('is off unless GRAPHIQL=true, and Apollo Sandbox is never served', async () => {
    const app = await startTestApp({ nodeEnv: 'production' });
    try {
      const res = await app.http().get('/graphql').set('accept', BROWSER_ACCEPT);
      expect(res.text).not.toMatch(/graphiql|sandbox|apollographql|cdn/i);
      expect((await app.http().get('/graphiql/graphiql.min.js')).status).toBe(404);
    } finally { await app.close(); }
    const enabled = await startTestApp({ nodeEnv: 'production', config: { graphiql: true } });
    try {
      expect((await enabled.http().get('/graphql').set('accept', BROWSER_ACCEPT)).text).toContain('graphiql.min.js');
    } finally { await enabled.close(); }
  });
});
