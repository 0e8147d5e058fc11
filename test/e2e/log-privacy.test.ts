import { createLogger } from '../../src/logger';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11 item 5: the log of a run that refers a client, writes notes, fails a database
 * statement (a unique violation, whose pg `detail` quotes the row's values) and refuses input
 * holds none of the personal data sent, at the most verbose level, while every request has its
 * line with the request id, operation name, user id and timing.
 */

const CLIENT = {
  firstName: 'Zebulon', lastName: 'Quillfeather', dateOfBirth: '1987-03-14', phone: '907-555-0199',
  email: 'zq.private@example.org', mailingAddress: '4417 Tundra Lane, Bethel AK 99559', community: 'Kwethluk',
};
const CHILD = { firstName: 'Marisolde', lastName: 'Quillfeather', relationship: 'CHILD', dateOfBirth: '2021-09-23' };
const CASE_NOTE = 'Disclosed a relapse at the Yukon clinic, pseudonym Ptarmigan';
const CLIENT_NOTE = 'Lives with her aunt Oksana near the river bluff';
/** Every value sent that is personal data; none may appear in the log, in any form. */
const PERSONAL = [
  ...Object.values(CLIENT), CHILD.firstName, CHILD.dateOfBirth, CASE_NOTE, CLIENT_NOTE, 'Tundra Lane', '555-0199', 'Oksana', 'Ptarmigan',
];

const REFER = `mutation ReferPrivacy($input: ReferClientInput!) { referClient(input: $input) { case { id } userErrors { code ... on InputError { field } } } }`;

describe('logs without personal data', () => {
  let app: TestApp;
  const lines: string[] = [];
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  const send = (query: string, variables: Record<string, unknown>, token: string, requestId?: string) => {
    const req = app.http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`);
    if (requestId) req.set('x-request-id', requestId);
    return req.send({ query, variables });
  };

  beforeAll(async () => {
    // The most verbose level: nothing personal even in trace lines.
    app = await startTestApp({ log: createLogger('trace', { write: (line: string) => { lines.push(line); } }) });
  });
  afterAll(() => app.close());

  it('refers a client, writes notes, fails a statement and refuses input, and logs none of the values', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const referred = await send(REFER, { input: { client: CLIENT, household: [CHILD], track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 10 } }, cm, 'privacy-refer-1');
    expect(referred.headers['x-request-id']).toBe('privacy-refer-1');
    const caseId = referred.body.data.referClient.case.id as string;

    const caseNote = await send(`mutation CaseNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { caseNote { id } } }`,
      { input: { caseId, category: 'EXEMPTION_START_OR_END', text: CASE_NOTE } }, cm);
    expect(caseNote.body.data.addCaseNote.caseNote.id).toBeTruthy();
    const clientNote = await send(`mutation ClientNote($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } } }`,
      { input: { caseId, subject: 'CONTACT', contactMethod: 'PHONE', sections: [{ heading: 'Contact method', text: 'Phone' }, { heading: 'Discussion', text: CLIENT_NOTE }, { heading: 'Next steps', text: 'EA Monday' }] } }, cm);
    expect(clientNote.body.data.addClientNote.clientNote.id).toBeTruthy();

    // A database error the services do not expect: a unique index the schema does not have, so
    // the second referral's INSERT fails with 23505 and a `detail` quoting the phone number.
    await app.dataSource.query('CREATE UNIQUE INDEX privacy_test_phone ON client (phone)');
    const failed = await send(REFER, { input: { client: CLIENT, household: [CHILD], track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 10 } }, cm, 'privacy-db-error');
    expect(failed.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');

    // Refused input: a malformed e-mail (a user error) and a NUL in a name (the input guard).
    const invalid = await send(REFER, { input: { client: { ...CLIENT, email: `not-an-email ${CLIENT.lastName}` }, household: [], track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 10 } }, cm);
    expect(invalid.body.data.referClient.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'client.email' });
    const nul = await send(REFER, { input: { client: { ...CLIENT, firstName: `${CLIENT.firstName}\u0000` }, household: [], track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 10 } }, cm);
    expect(nul.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'client.firstName', constraint: 'noNulCharacter' });

    // A GET carries its variables in the query string, which the request line leaves out.
    const get = await app.http().get('/graphql').set('apollo-require-preflight', 'true').set('authorization', `Bearer ${cm}`)
      .query({ query: 'query Cases($after: String) { cases(first: 1, after: $after) { totalCount } }', variables: JSON.stringify({ after: CLIENT.mailingAddress }) });
    expect(get.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    for (const value of PERSONAL) expect({ value, found: log.includes(value) }).toEqual({ value, found: false });
    // Neither the staff member's name nor e-mail: a user is their id.
    const staff: Array<{ name: string; email: string }> = await app.dataSource.query('SELECT name, email FROM staff WHERE id = $1', [app.fixtures.north.caseManager]);
    expect(log).not.toContain(staff[0].email);
    expect(log).not.toContain(staff[0].name);
  });

  it('gives every request one line with its request id, operation name, user id, status and timing', () => {
    const requests = parsed().filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(6);
    expect(requests.find((l) => l.requestId === 'privacy-refer-1')).toMatchObject({
      operationName: 'ReferPrivacy', operationType: 'mutation', userId: app.fixtures.north.caseManager, method: 'POST', path: '/graphql', status: 200, ms: expect.any(Number),
    });
    // A request without X-Request-Id gets one (a UUID), echoed in the response header.
    const generated = requests.find((l) => l.operationName === 'CaseNote');
    expect(generated?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests.find((l) => l.requestId === 'privacy-db-error')).toMatchObject({ errors: ['INTERNAL_SERVER_ERROR'] });
  });

  it('logs the failed statement by its table and SQLSTATE, with the request id, never its parameters or detail', () => {
    const lines_ = parsed();
    expect(lines_.find((l) => l.msg === 'query failed')).toMatchObject({ statement: 'INSERT client', db: { code: '23505', constraint: 'privacy_test_phone', table: 'client' } });
    const unexpected = lines_.find((l) => l.msg === 'unexpected error');
    expect(unexpected).toMatchObject({ requestId: 'privacy-db-error', err: { db: { code: '23505' } } });
    expect(JSON.stringify(lines_)).not.toMatch(/already exists|"parameters":\[|Key \(/);
  });

  it('answers a request with a client request id it cannot accept with a new one', async () => {
    const res = await app.http().get('/healthz').set('x-request-id', 'bad id with spaces and a name: Zebulon');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.join('')).not.toContain('Zebulon');
  });
});
