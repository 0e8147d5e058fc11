import jwt from 'jsonwebtoken';
import { userErrorOf } from '../support/api';
import { USER_ERRORS } from '../support/case-mutations';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

/** Who may read what: every role's allowed and denied reads (foundation issue, item 5). */
describe('access by role and office', () => {
  let app: TestApp;
  let northCase: string;
  let northClient: string;
  let southCase: string;

  beforeAll(async () => {
    app = await startTestApp();
    const { north, south } = app.fixtures;
    northCase = (await referClient(app, app.token(north.caseManager))).id;
    southCase = (await referClient(app, app.token(south.caseManager), { client: { firstName: 'Sam', lastName: 'South', dateOfBirth: '1990-01-01' } })).id;
    const res = await app.gql(`query($id: ID!) { case(id: $id) { client { id } } }`, { id: northCase }, app.token(north.caseManager));
    northClient = res.data.case.client.id;
  });
  afterAll(() => app.close());

  const readCase = (id: string, token?: string) => app.gql(`query($id: ID!) { case(id: $id) { id state { path } client { firstName } } }`, { id }, token);
  const code = (res: { errors?: any[] }) => res.errors?.[0]?.extensions?.code;

  it('answers { __typename } without a token, but nothing else', async () => {
    expect((await app.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const res = await app.gql('{ me { id } }');
    expect(code(res)).toBe('UNAUTHENTICATED');
  });

  it('rejects a forged, malformed or expired token with 401 UNAUTHENTICATED', async () => {
    const forged = jwt.sign({}, 'not-the-secret', { subject: app.fixtures.north.caseManager });
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 60 }, 'test-secret', { subject: app.fixtures.north.caseManager });
    for (const token of [forged, 'garbage', expired]) {
      const res = await app.gql('{ __typename }', {}, token);
      expect(res.status).toBe(401);
      expect(code(res)).toBe('UNAUTHENTICATED');
    }
  });

  it('locks out a deactivated staff member at once, reading the account on every request', async () => {
    const token = app.token(app.fixtures.north.otherCaseManager);
    expect((await app.gql('{ me { role } }', {}, token)).data.me.role).toBe('CASE_MANAGER');
    await app.dataSource.query('UPDATE staff SET active = false WHERE id = $1', [app.fixtures.north.otherCaseManager]);
    expect(code(await app.gql('{ me { role } }', {}, token))).toBe('UNAUTHENTICATED');
    await app.dataSource.query('UPDATE staff SET active = true WHERE id = $1', [app.fixtures.north.otherCaseManager]);
  });

  it('reads role and office from the database, not from the token', async () => {
    const res = await app.gql('{ me { id role office { id } } }', {}, app.token(app.fixtures.north.supervisor));
    expect(res.data.me).toEqual({ id: app.fixtures.north.supervisor, role: 'SUPERVISOR', office: { id: app.fixtures.north.officeId } });
  });

  it.each([
    ['CASE_MANAGER of the case', (f: any) => f.north.caseManager],
    ['another CASE_MANAGER of the office', (f: any) => f.north.otherCaseManager],
    ['SUPERVISOR of the office', (f: any) => f.north.supervisor],
    ['MANAGER of the office', (f: any) => f.north.manager],
    ['PARTNER of the office', (f: any) => f.north.partner],
    ['WSTA', (f: any) => f.wsta],
  ])('%s may read a case of the office', async (_who, pick) => {
    const res = await readCase(northCase, app.token(pick(app.fixtures)));
    expect(res.errors).toBeUndefined();
    expect(res.data.case.id).toBe(northCase);
  });

  it.each([
    ['CASE_MANAGER', (f: any) => f.north.caseManager],
    ['SUPERVISOR', (f: any) => f.north.supervisor],
    ['MANAGER', (f: any) => f.north.manager],
    ['PARTNER', (f: any) => f.north.partner],
  ])('%s of another office is FORBIDDEN from reading the case', async (_who, pick) => {
    const res = await readCase(southCase, app.token(pick(app.fixtures)));
    expect(code(res)).toBe('FORBIDDEN');
    // A refused read nulls that record only (issue 9), with the error at its path.
    expect(res.data).toEqual({ case: null });
    expect(res.errors![0].path).toEqual(['case']);
  });

  it('WSTA reads every office', async () => {
    const res = await app.gql('{ cases(first: 10) { totalCount } }', {}, app.token(app.fixtures.wsta));
    expect(res.data.cases.totalCount).toBe(2);
  });

  it('confines list queries to the office and refuses another office filter', async () => {
    const token = app.token(app.fixtures.north.supervisor);
    expect((await app.gql('{ cases(first: 10) { totalCount } }', {}, token)).data.cases.totalCount).toBe(1);
    const res = await app.gql('query($o: ID!) { cases(first: 10, filter: { office: $o }) { totalCount } }', { o: app.fixtures.south.officeId }, token);
    expect(code(res)).toBe('FORBIDDEN');
  });

  it('hides client contact details from PARTNER at field level, not the rest of the client', async () => {
    const query = `query($id: ID!) { client(id: $id) { firstName phone } }`;
    const partner = await app.gql(query, { id: northClient }, app.token(app.fixtures.north.partner));
    expect(code(partner)).toBe('FORBIDDEN');
    expect(partner.errors![0].path).toEqual(['client', 'phone']);
    const partnerName = await app.gql(`query($id: ID!) { client(id: $id) { firstName household { relationship } } }`, { id: northClient }, app.token(app.fixtures.north.partner));
    expect(partnerName.data.client).toEqual({ firstName: 'Ana', household: [{ relationship: 'CHILD' }] });
    const cm = await app.gql(query, { id: northClient }, app.token(app.fixtures.north.caseManager));
    expect(cm.data.client.phone).toBe('907-555-0101');
  });

  it('keeps notes, history and alerts from PARTNER, which reads the case facts only (ROI-1)', async () => {
    const partner = app.token(app.fixtures.north.partner);
    for (const field of ['history { totalCount }', 'clientNotes { totalCount }', 'caseNotes { totalCount }', 'alerts { totalCount }']) {
      const res = await app.gql(`query($id: ID!) { case(id: $id) { state { phase } ${field} } }`, { id: northCase }, partner);
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await app.gql('{ caseAlerts { totalCount } }', {}, partner)).errors![0].extensions.code).toBe('FORBIDDEN');
    const manager = await app.gql(`query($id: ID!) { case(id: $id) { history { edges { node { event } } } clientNotes { totalCount } } }`, { id: northCase }, app.token(app.fixtures.north.manager));
    expect(manager.data.case.history.edges[0].node.event).toBe('REFERRED');
  });

  it('lists the offices and staff a front end needs to choose from, within what the user may read', async () => {
    const cm = app.token(app.fixtures.north.caseManager);
    const own = await app.gql('{ offices { id } staff(role: CASE_MANAGER) { id role } }', {}, cm);
    expect(own.data.offices).toEqual([{ id: app.fixtures.north.officeId }]);
    expect(own.data.staff.map((s: { id: string }) => s.id).sort()).toEqual([app.fixtures.north.caseManager, app.fixtures.north.otherCaseManager].sort());
    const other = await app.gql('query($o: ID!) { staff(office: $o) { id } }', { o: app.fixtures.south.officeId }, cm);
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql('{ offices { id } }', {}, app.token(app.fixtures.wsta))).data.offices).toHaveLength(2);
  });

  it('refuses a client of another office exactly as it refuses their case (FORBIDDEN), and a missing client as NOT_FOUND', async () => {
    const southCm = app.token(app.fixtures.south.caseManager);
    const client = await app.gql(`query($id: ID!) { client(id: $id) { firstName } }`, { id: northClient }, southCm);
    const kase = await readCase(northCase, southCm);
    expect(code(client)).toBe('FORBIDDEN');
    expect(client.data).toEqual({ client: null });
    expect(client.errors![0].path).toEqual(['client']);
    expect(client.errors![0].message).toBe(kase.errors![0].message);
    const missing = await app.gql(`query($id: ID!) { client(id: $id) { firstName } }`, { id: '00000000-0000-4000-8000-000000000000' }, southCm);
    expect(code(missing)).toBe('NOT_FOUND');
    expect(missing.data).toEqual({ client: null });
    expect(missing.errors![0].path).toEqual(['client']);
  });

  it('lets only case managers, supervisors and managers refer clients', async () => {
    for (const staff of [app.fixtures.north.partner, app.fixtures.wsta]) {
      const res = await app.gql(`mutation { referClient(input: { client: { firstName: "X", lastName: "Y", dateOfBirth: "1990-01-01" }, track: WORK_FIRST, referralDate: "2026-11-02", monthsUsed: 0 }) { case { id } ${USER_ERRORS} } }`, {}, app.token(staff));
      expect(userErrorOf(res, 'referClient')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      expect(res.data.referClient.case).toBeNull();
    }
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM work_case');
    expect(n).toBe(2);
  });

  it('does not let a case manager refer a client into a colleague\'s caseload', async () => {
    const res = await app.gql(`mutation($cm: ID!) { referClient(input: { client: { firstName: "X", lastName: "Y", dateOfBirth: "1990-01-01" }, track: WORK_FIRST, referralDate: "2026-11-02", monthsUsed: 0, caseManagerId: $cm }) { case { id } ${USER_ERRORS} } }`,
      { cm: app.fixtures.north.otherCaseManager }, app.token(app.fixtures.north.caseManager));
    expect(userErrorOf(res, 'referClient')).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(res.data.referClient.case).toBeNull();
  });
});
