import { assertKnownMachineVersions } from '../../src/db/machine-version-check';
import { referClient } from '../support/referrals';
import { USER_ERRORS, single } from '../support/case-mutations';
import { userErrorOf } from '../support/api';
import { startTestApp, type TestApp } from '../support/test-app';

/** Lost updates: a conditional UPDATE ... WHERE version = $expected lets exactly one writer win. */
describe('concurrent changes to one case', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  const historyCount = async (caseId: string) =>
    (await app.dataSource.query('SELECT count(*)::int AS n FROM case_history WHERE case_id = $1', [caseId]))[0].n;

  it('20 simultaneous mutations with the same expectedVersion: one succeeds, 19 get VERSION_CONFLICT, one history row', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, token);
    const before = await historyCount(kase.id);
    const attempts = Array.from({ length: 20 }, (_, i) => app.gql(single('RECORD_CONTACT_ATTEMPT'), {
      resultInput: { caseId: kase.id, expectedVersion: kase.version, on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED', ...(i % 2 ? {} : {}) },
    }, token));
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const codes = results.map((r) => r.data.result.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'VERSION_CONFLICT')).toHaveLength(19);
    const refused = results.find((r) => r.data.result.userErrors.length)!;
    expect(userErrorOf(refused)).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2, expectedVersion: 1 });
    expect(refused.data.result.case).toBeNull();
    expect(await historyCount(kase.id)).toBe(before + 1);
    const [row] = await app.dataSource.query('SELECT version FROM work_case WHERE id = $1', [kase.id]);
    expect(row.version).toBe(2);
  });

  it('a lifecycle mutation without expectedVersion is refused before it runs: the version check cannot be skipped (issue 9)', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, token);
    const res = await app.gql(single('RECORD_CONTACT_ATTEMPT'), {
      resultInput: { caseId: kase.id, on: '2026-11-02', method: 'LETTER', outcome: 'NOT_REACHED' },
    }, token);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/expectedVersion/);
    expect(await historyCount(kase.id)).toBe(1);
  });

  it('a stale expectedVersion is refused with the current version and writes nothing', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const kase = await referClient(app, token);
    const send = (expectedVersion: number) => app.gql(single('RECORD_CONTACT_ATTEMPT'), {
      resultInput: { caseId: kase.id, expectedVersion, on: '2026-11-02', method: 'PHONE', outcome: 'NOT_REACHED' },
    }, token);
    expect((await send(1)).data.result.case.version).toBe(2);
    const stale = await send(1);
    expect(userErrorOf(stale)).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2, expectedVersion: 1 });
    expect(stale.data.result).toMatchObject({ case: null, fromState: null, toState: null });
    expect(await historyCount(kase.id)).toBe(2);
  });
});

describe('case history is append-only', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  it('the database refuses to update, delete or truncate history rows', async () => {
    await referClient(app, app.token(app.fixtures.north.caseManager));
    await expect(app.dataSource.query(`UPDATE case_history SET event = 'X'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM case_history')).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('TRUNCATE case_history')).rejects.toThrow(/append-only/);
  });

  it('start-up refuses a stored snapshot whose machine version this build does not know', async () => {
    await expect(assertKnownMachineVersions(app.dataSource)).resolves.toBeUndefined();
    await app.dataSource.query('UPDATE work_case SET machine_version = 99');
    await expect(assertKnownMachineVersions(app.dataSource)).rejects.toThrow(/machine version\(s\) 99/);
  });
});

describe('notes and transitions on one case at the same time', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(() => app.close());

  it('queue on the case row: no deadlock, no lost note, and the deadlines reflect both', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const sections = [{ heading: 'Contact method', text: 'Phone' }, { heading: 'Discussion', text: 'x' }, { heading: 'Next steps', text: 'y' }];
    const cases = await Promise.all(Array.from({ length: 10 }, () => referClient(app, token)));
    const results = await Promise.all(cases.flatMap(({ id, version }) => [
      app.gql(`mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } ${USER_ERRORS} } }`, { input: { caseId: id, subject: 'CONTACT', sections } }, token),
      app.gql(single('RECORD_CONTACT_ATTEMPT'), { resultInput: { caseId: id, expectedVersion: version, on: '2026-11-02', method: 'PHONE', outcome: 'REACHED' } }, token),
    ]));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.flatMap((r) => Object.values(r.data as Record<string, { userErrors: unknown[] }>).flatMap((p) => p.userErrors))).toEqual([]);
    const [{ notes }] = await app.dataSource.query(`SELECT count(*)::int AS notes FROM client_note`);
    expect(notes).toBe(10);
    const eng1 = await app.dataSource.query(`SELECT resolution FROM obligation WHERE rule_id = 'ENG-1'`);
    expect(eng1.map((r: { resolution: string }) => r.resolution)).toEqual(Array(10).fill('MET'));
  });
});
