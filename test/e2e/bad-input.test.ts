import { userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { startTestApp, type TestApp } from '../support/test-app';

const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { case { id } ${USER_ERRORS} } }`;
const valid = () => ({
  client: { firstName: 'Ana', lastName: 'Kuzmin', dateOfBirth: '1994-05-17' },
  household: [{ firstName: 'Mika', lastName: 'Kuzmin', relationship: 'CHILD', dateOfBirth: '2022-03-01' }],
  track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 10,
});

/** Bad input gets BAD_USER_INPUT (or NOT_FOUND) with the field named, and writes nothing. */
describe('bad input', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  const rowCounts = async () => (await app.dataSource.query(
    `SELECT (SELECT count(*) FROM client)::int AS clients, (SELECT count(*) FROM household_member)::int AS members,
            (SELECT count(*) FROM work_case)::int AS cases, (SELECT count(*) FROM case_history)::int AS history`))[0];

  it.each([
    ['months used above the 60-month limit (TL-1)', { monthsUsed: 61 }, 'monthsUsed', 'max'],
    ['a malformed e-mail', { client: { ...valid().client, email: 'not-an-email' } }, 'client.email', 'isEmail'],
    ['an empty first name', { client: { ...valid().client, firstName: '' } }, 'client.firstName', 'isLength'],
    ['a case manager id that is not a UUID', { caseManagerId: 'abc' }, 'caseManagerId', 'isUuid'],
  ])('refuses %s with the field and constraint, writing nothing', async (_what, override, field, constraint) => {
    const before = await rowCounts();
    const res = await app.gql(REFER, { input: { ...valid(), ...override } }, token);
    expect(res.status).toBe(200);
    expect(userErrorOf(res, 'referClient')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field, constraint });
    expect(res.data.referClient.case).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  // A value the schema's types refuse (a scalar, an enum) fails the document before any resolver runs: top-level.
  it('refuses an impossible date before any resolver runs', async () => {
    const res = await app.gql(REFER, { input: { ...valid(), referralDate: '2026-02-30' } }, token);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/referralDate/);
  });

  it('refuses a household member with an unknown relationship', async () => {
    const res = await app.gql(REFER, { input: { ...valid(), household: [{ ...valid().household[0], relationship: 'COUSIN' }] } }, token);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rolls back the client when the case cannot be created (no half-written rows)', async () => {
    const before = await rowCounts();
    const res = await app.gql(REFER, { input: { ...valid(), caseManagerId: app.fixtures.inactiveCaseManager } }, app.token(app.fixtures.north.supervisor));
    expect(userErrorOf(res, 'referClient')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'caseManagerId' });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers NOT_FOUND for a case id that is not a UUID or does not exist', async () => {
    for (const id of ['not-a-uuid', '6f1c7d1e-0000-4000-8000-000000000000']) {
      const res = await app.gql(`query($id: ID!) { case(id: $id) { id } }`, { id }, token);
      expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(res.data).toEqual({ case: null });
      expect(res.errors![0].path).toEqual(['case']);
    }
  });

  it('refuses a filter id that is not a UUID with BAD_USER_INPUT, not a 500', async () => {
    for (const query of ['{ cases(first: 5, filter: { caseManager: "abc" }) { totalCount } }', '{ obligations(first: 5, filter: { caseManager: "abc" }) { edges { cursor } } }']) {
      const res = await app.gql(query, {}, token);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.caseManager' });
    }
  });

  it('refuses a referral dated after today, or a date of birth in the future, writing nothing', async () => {
    const before = await rowCounts();
    expect(userErrorOf(await app.gql(REFER, { input: { ...valid(), referralDate: '2030-01-01' } }, token), 'referClient')).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'referralDate' });
    expect(userErrorOf(await app.gql(REFER, { input: { ...valid(), client: { ...valid().client, dateOfBirth: '2030-01-01' } } }, token), 'referClient')).toMatchObject({
      __typename: 'InputError', code: 'BAD_USER_INPUT', field: 'client.dateOfBirth', constraint: 'notInFuture', invalid: [expect.objectContaining({ field: 'client.dateOfBirth', constraint: 'notInFuture' })],
    });
    // A household member's birth date is named by its place in the input, as class-validator names fields.
    const child = { firstName: 'K', lastName: 'Y', relationship: 'CHILD', dateOfBirth: '2030-01-01' };
    expect(userErrorOf(await app.gql(REFER, { input: { ...valid(), household: [child] } }, token), 'referClient')).toMatchObject({ field: 'household.0.dateOfBirth', constraint: 'notInFuture' });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers a body that is not JSON with 400 and a GraphQL-shaped BAD_REQUEST', async () => {
    const res = await app.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a page size outside 1..100 and a cursor it did not issue', async () => {
    expect((await app.gql('{ cases(first: 0) { totalCount } }', {}, token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await app.gql('{ cases(first: 101) { totalCount } }', {}, token)).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify({ referralDate: 'x', id: 'y' })).toString('base64url');
    for (const after of ['bogus', forged]) {
      const res = await app.gql('query($after: String) { cases(first: 5, after: $after) { totalCount } }', { after }, token);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('errors in production', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp({ nodeEnv: 'production' }); });
  afterAll(() => app.close());

  it('turns off introspection unless configured', async () => {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('sends no field suggestions and no stack trace', async () => {
    const res = await app.gql('{ cses { totalCount } }', {}, app.token(app.fixtures.north.caseManager));
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('hides SQL and internals behind INTERNAL_SERVER_ERROR when something unexpected fails', async () => {
    await app.dataSource.query('ALTER TABLE staff RENAME TO staff_gone');
    const broken = await app.gql('{ me { id } }', {}, app.token(app.fixtures.north.caseManager));
    await app.dataSource.query('ALTER TABLE staff_gone RENAME TO staff');
    expect(broken.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(broken)).not.toMatch(/SELECT|relation|staff_gone|stack/i);
  });
});
