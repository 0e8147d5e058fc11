import { startTestApp, type TestApp } from '../support/test-app';

describe('subscription operations', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  it('are refused with their own code until the API offers subscriptions, not INTERNAL_SERVER_ERROR', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    for (const document of ['subscription { me { name } }', 'subscription CaseChanged { caseChanged { id } }']) {
      const res = await app.gql(document, {}, token);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions.code).toBe('SUBSCRIPTIONS_NOT_SUPPORTED');
      expect(res.errors![0].message).toMatch(/subscriptions are not offered yet/i);
    }
  });

  it('a query in the same document still runs when it is the operation chosen', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const res = await app.http().post('/graphql').set('authorization', `Bearer ${token}`).set('content-type', 'application/json')
      .send({ query: 'subscription S { me { name } } query Q { me { role } }', operationName: 'Q' });
    expect(res.body.data.me.role).toBe('CASE_MANAGER');
  });
});
