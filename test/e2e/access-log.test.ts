import { getNamedType, isEnumType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLObjectType } from 'graphql';
import { AUDITED_FIELDS, AUDITED_TYPES } from '../../src/access-log/field-groups';
import { createLogger } from '../../src/logger';
import { buildAppSchema } from '../../src/schema/build-schema';
import { startTestApp, TEST_APP_ROLE, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { addClientNote } from '../support/api';

const CASELOAD = `query Caseload { cases(first: 20) { edges { node { id client { id firstName } clientNotes { edges { node { title } } } } } } }`;
const LOG = `query Log($client: ID, $staff: ID, $first: Int!, $after: String) {
  accessLog(client: $client, staff: $staff, first: $first, after: $after) {
    totalCount
    edges { cursor node { staffId staffRole staff { id role } clientId caseIds fieldGroups operationName accessedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const RATE_CSV = `query RateCsv { participationRate(month: "2026-11") { csv } }`;

/** A leaf field whose name says it carries client data: names, birth dates, contact details, notes and other text, hours. */
const CLIENT_DATA = /name|birth|phone|email|address|community|note|text|hours|csv|reason|justification|provider/i;
/** Object types with such a field that hold no client's record, and why. */
const EXEMPT: Record<string, string> = {
  Staff: 'staff members: their own name and e-mail, not a client\'s',
  Office: 'an office\'s name',
  PartnerAgency: 'an agency\'s name',
  StateHoliday: 'the calendar',
  ParticipationEstimate: 'computed from the request\'s own input; reads no case (participationEstimate)',
  TransitionNotAllowedError: 'a refusal of a mutation: the reason names a rule, not a client',
  AccessLogEntry: 'the log itself (operation names), read by MANAGER and WSTA only',
  Employer: 'an office\'s employer (SITE-1/2): its name and contact, not a client\'s',
  Worksite: 'an office\'s worksite (SITE-1): its name and contact, not a client\'s',
  WorksitePosition: 'a position at a worksite: title, hours, skills, slots',
  EmployerOutreach: 'outreach to employers (SITE-3): no client in it',
};

const insertsOf = (app: TestApp) => app.queries.statements.filter((s) => /^\s*INSERT/i.test(s));

/**
 * Issue 11 item 8: who viewed whom. Every read of a client's record is logged, one INSERT per
 * request; MANAGER and WSTA read the log per client and per staff member; the log is append-only
 * and kept 6 years (45 CFR 164.316(b)(2)(i)).
 */
describe('access log', () => {
  let app: TestApp;
  let cm: string;
  const lines: string[] = [];
  const clients: string[] = [];
  const cases: string[] = [];

  beforeAll(async () => {
    // The request log is captured, to check what it says of a request whose access-log write failed.
    app = await startTestApp({ now: '2026-11-02T18:00:00Z', log: createLogger('info', { write: (line: string) => { lines.push(line); } }) });
    cm = app.token(app.fixtures.north.caseManager);
    for (const firstName of ['Ana', 'Boris', 'Chloe']) {
      const kase = await referClient(app, cm, { client: { firstName, lastName: 'Kuzmin', dateOfBirth: '1994-05-17' } });
      await addClientNote(app, kase.id, 'CONTACT', cm);
      cases.push(kase.id);
    }
    const rows = await app.dataSource.query<Array<{ client_id: string }>>('SELECT client_id FROM work_case WHERE id = ANY($1) ORDER BY array_position($1, id)', [cases]);
    clients.push(...rows.map((r) => r.client_id));
  });
  afterAll(() => app.close());

  it('a caseload read by a case manager costs one INSERT, naming every client read, their cases and what was read', async () => {
    app.queries.reset();
    const res = await app.gql(CASELOAD, {}, cm);
    expect(res.errors).toBeUndefined();
    expect(res.data.cases.edges).toHaveLength(3);
    const inserts = insertsOf(app);
    expect(inserts).toHaveLength(1);
    expect(inserts[0]).toMatch(/INSERT INTO access_log/);
    const rows = await app.dataSource.query(
      `SELECT staff_id, staff_role, client_id, case_ids::text[] AS case_ids, field_groups, operation_name FROM access_log WHERE operation_name = 'Caseload' ORDER BY client_id`);
    expect(rows).toHaveLength(3);
    expect(rows.map((r: { client_id: string }) => r.client_id).sort()).toEqual([...clients].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ staff_id: app.fixtures.north.caseManager, staff_role: 'CASE_MANAGER', operation_name: 'Caseload' });
      expect(row.case_ids).toEqual([cases[clients.indexOf(row.client_id)]]);
      expect([...row.field_groups].sort()).toEqual(['CASE', 'CLIENT', 'NOTES']);
    }
  });

  it('a household member read through node(id) is a read of its client\'s record', async () => {
    const [{ id: memberId }] = await app.dataSource.query('SELECT id FROM household_member WHERE client_id = $1', [clients[1]]);
    app.queries.reset();
    const res = await app.gql(`query Member($id: ID!) { node(id: $id) { ... on HouseholdMember { firstName } } }`, { id: memberId }, cm);
    expect(res.data.node).toEqual({ firstName: 'Mika' });
    expect(insertsOf(app)).toHaveLength(1);
    const rows = await app.dataSource.query(`SELECT client_id, field_groups FROM access_log WHERE operation_name = 'Member'`);
    expect(rows).toEqual([{ client_id: clients[1], field_groups: ['HOUSEHOLD'] }]);
  });

  it('a read that names no client writes nothing', async () => {
    app.queries.reset();
    const res = await app.gql('query Me { me { id } }', {}, cm);
    expect(res.errors).toBeUndefined();
    expect(insertsOf(app)).toHaveLength(0);
  });

  it('a MANAGER reads it per client and per staff member, newest first, paged with cursors', async () => {
    app.clock.set('2026-11-03T18:00:00Z');
    const sup = app.token(app.fixtures.north.supervisor);
    await app.gql(`query Contact($id: ID!) { client(id: $id) { phone } }`, { id: clients[0] }, sup);
    const manager = app.token(app.fixtures.north.manager);
    const perClient = await app.gql(LOG, { client: clients[0], first: 50 }, manager);
    expect(perClient.errors).toBeUndefined();
    const entries = perClient.data.accessLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries[0]).toMatchObject({
      staffId: app.fixtures.north.supervisor, staffRole: 'SUPERVISOR', staff: { id: app.fixtures.north.supervisor, role: 'SUPERVISOR' },
      clientId: clients[0], caseIds: [], fieldGroups: ['CONTACT'], operationName: 'Contact', accessedAt: '2026-11-03T18:00:00.000Z',
    });
    expect(entries).toContainEqual(expect.objectContaining({ staffId: app.fixtures.north.caseManager, operationName: 'Caseload', caseIds: [cases[0]] }));
    expect(entries.every((e: { clientId: string }) => e.clientId === clients[0])).toBe(true);
    expect(perClient.data.accessLog.totalCount).toBe(entries.length);

    const perStaff = await app.gql(LOG, { staff: app.fixtures.north.caseManager, first: 2 }, manager);
    const page = perStaff.data.accessLog;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.every((e: { node: { staffId: string } }) => e.node.staffId === app.fixtures.north.caseManager)).toBe(true);
    const next = (await app.gql(LOG, { staff: app.fixtures.north.caseManager, first: 500, after: page.pageInfo.endCursor }, manager)).data.accessLog;
    const edges = [...page.edges, ...next.edges] as Array<{ cursor: string; node: { accessedAt: string } }>;
    expect(new Set(edges.map((e) => e.cursor)).size).toBe(edges.length);
    expect(edges.map((e) => e.node.accessedAt)).toEqual(edges.map((e) => e.node.accessedAt).sort().reverse());
    expect(edges).toHaveLength(page.totalCount);

    // Both: this staff member's reads of this client.
    const both = (await app.gql(LOG, { client: clients[1], staff: app.fixtures.north.supervisor, first: 10 }, manager)).data.accessLog;
    expect(both.edges).toEqual([]);
    // WSTA reads every office.
    expect((await app.gql(LOG, { client: clients[0], first: 1 }, app.token(app.fixtures.wsta))).data.accessLog.edges).toHaveLength(1);
  });

  it('a case manager, a supervisor and a PARTNER cannot read it; a MANAGER of another office cannot read this office\'s', async () => {
    for (const staff of [app.fixtures.north.caseManager, app.fixtures.north.supervisor, app.fixtures.north.partner]) {
      const res = await app.gql(LOG, { client: clients[0], first: 5 }, app.token(staff));
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const south = app.token(app.fixtures.south.manager);
    expect((await app.gql(LOG, { client: clients[0], first: 5 }, south)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql(LOG, { staff: app.fixtures.north.caseManager, first: 5 }, south)).errors![0].extensions.code).toBe('FORBIDDEN');
    const none = await app.gql(LOG, { first: 5 }, app.token(app.fixtures.north.manager));
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'client' });
    const forged = await app.gql(LOG, { client: clients[0], first: 5, after: 'bm90LWEtY3Vyc29y' }, app.token(app.fixtures.north.manager));
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a participation rate\'s CSV is a read of every case in it, by a MANAGER or a PARTNER; its counts alone are not', async () => {
    for (const staff of [app.fixtures.north.manager, app.fixtures.north.partner]) {
      app.queries.reset();
      const res = await app.gql(RATE_CSV, {}, app.token(staff));
      expect(res.errors).toBeUndefined();
      const inCsv = (res.data.participationRate.csv as string).trim().split('\r\n').slice(1).map((row) => row.split(',')[1]);
      expect(inCsv).toEqual(expect.arrayContaining(cases));
      expect(insertsOf(app)).toHaveLength(1);
      const rows: Array<{ case_ids: string[]; field_groups: string[] }> = await app.dataSource.query(
        `SELECT case_ids::text[] AS case_ids, field_groups FROM access_log WHERE operation_name = 'RateCsv' AND staff_id = $1`, [staff]);
      expect(rows.flatMap((r) => r.case_ids).sort()).toEqual([...inCsv].sort());
      expect(rows.every((r) => r.field_groups.join() === 'PARTICIPATION')).toBe(true);
    }
    app.queries.reset();
    const counts = await app.gql(`query RateCounts { participationRate(month: "2026-11") { month allFamilies { numerator denominator rate } } }`, {}, app.token(app.fixtures.north.manager));
    expect(counts.errors).toBeUndefined();
    expect(insertsOf(app)).toHaveLength(0);
  });

  it('a field refused by its authorization check is not logged as read: the log records disclosures', async () => {
    const partner = app.token(app.fixtures.north.partner);
    // ROI-1: a PARTNER reads the case's facts, not its notes nor the client's community (free text).
    const notes = await app.gql(`query PartnerNotes($id: ID!) { case(id: $id) { id clientNotes { edges { node { title } } } } }`, { id: cases[0] }, partner);
    expect(notes.errors!.map((e: { path: string[]; extensions: { code: string } }) => [e.path.join('.'), e.extensions.code])).toEqual([['case.clientNotes', 'FORBIDDEN']]);
    const community = await app.gql(`query PartnerCommunity($id: ID!) { case(id: $id) { id client { community } } }`, { id: cases[0] }, partner);
    expect(community.data.case).toEqual({ id: cases[0], client: { community: null } });
    expect(community.errors!.map((e: { path: string[]; extensions: { code: string } }) => [e.path.join('.'), e.extensions.code])).toEqual([['case.client.community', 'FORBIDDEN']]);
    const rows = await app.dataSource.query(
      `SELECT operation_name, client_id, field_groups FROM access_log WHERE operation_name IN ('PartnerNotes', 'PartnerCommunity') ORDER BY operation_name`);
    // case.id and case.client were read (CASE); neither the notes (NOTES) nor the community (CLIENT) were.
    expect(rows).toEqual([
      { operation_name: 'PartnerCommunity', client_id: clients[0], field_groups: ['CASE'] },
      { operation_name: 'PartnerNotes', client_id: clients[0], field_groups: ['CASE'] },
    ]);
  });

  it('every object type with a field of client data is audited, reached only through audited fields, or exempt with a reason', async () => {
    const schema = await buildAppSchema();
    const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    // Where each type is reached from: the fields that return it, through unions and interfaces too.
    const parents = new Map<string, string[]>();
    for (const type of types) {
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        for (const member of isUnionType(named) || isInterfaceType(named) ? schema.getPossibleTypes(named) : [named]) {
          parents.set(member.name, [...(parents.get(member.name) ?? []), `${type.name}.${field.name}`]);
        }
      }
    }
    const auditedField = (path: string) => { const [t, f] = path.split('.'); return Boolean(AUDITED_TYPES[t] || AUDITED_FIELDS[t]?.[f]); };
    // Covered: audited, exempt, or reached only through audited fields or covered types (Case.monthlyParticipation); never from a root.
    const covered = (name: string, seen: ReadonlySet<string> = new Set()): boolean => {
      if (AUDITED_TYPES[name] || EXEMPT[name]) return true;
      const from = parents.get(name) ?? [];
      return !seen.has(name) && from.length > 0 && from.every((p) => auditedField(p) || covered(p.split('.')[0], new Set([...seen, name])));
    };
    const unaudited = types.flatMap((type) => Object.values(type.getFields())
      .filter((f) => CLIENT_DATA.test(f.name) && (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))))
      .filter((f) => !AUDITED_FIELDS[type.name]?.[f.name] && !covered(type.name))
      .map((f) => `${type.name}.${f.name}`));
    expect(unaudited).toEqual([]);
    // The check sees what it must: the rate's CSV is client data, audited as a field; no exemption is stale.
    expect(CLIENT_DATA.test('csv') && AUDITED_FIELDS.ParticipationRate.csv.group).toBe('PARTICIPATION');
    for (const name of Object.keys(EXEMPT)) expect({ name, inSchema: isObjectType(schema.getType(name)) }).toEqual({ name, inSchema: true });
  });

  it('fails closed: when the log cannot be written, the client gets INTERNAL_SERVER_ERROR and none of the data', async () => {
    await app.dataSource.query(`REVOKE INSERT ON access_log FROM ${TEST_APP_ROLE}`);
    try {
      const res = await app.gql(CASELOAD, {}, cm);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
      expect(JSON.stringify(res)).not.toContain('Boris');
      // The request log sees the response that was sent, not the one before the access log withheld it.
      const line = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request' && l.operationName === 'Caseload').at(-1);
      expect(line).toMatchObject({ status: 200, errors: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await app.dataSource.query(`GRANT INSERT ON access_log TO ${TEST_APP_ROLE}`);
    }
    expect((await app.gql(CASELOAD, {}, cm)).data.cases.edges).toHaveLength(3);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused; the purge removes only rows older than 6 years', async () => {
    const before = (await app.dataSource.query('SELECT count(*)::int AS n FROM access_log'))[0].n as number;
    await expect(app.dataSource.query(`UPDATE access_log SET operation_name = 'x'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('TRUNCATE access_log')).rejects.toThrow(/append-only/);
    // Even with the purge's flag set by hand, a row younger than 6 years cannot be deleted.
    await expect(app.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.access_log_purge', 'on', true)`);
      await m.query('DELETE FROM access_log');
    })).rejects.toThrow(/kept 6 years/);
    // As the app's own role: no UPDATE, DELETE or TRUNCATE privilege at all (src/db/privileges.ts).
    for (const sql of [`UPDATE access_log SET operation_name = 'x'`, 'DELETE FROM access_log', 'TRUNCATE access_log']) {
      await expect(app.appDataSource.query(sql)).rejects.toThrow(/permission denied|append-only/);
    }
    const insertAged = (age: string) => app.dataSource.query(
      `INSERT INTO access_log (staff_id, staff_role, client_id, case_ids, field_groups, operation_name, accessed_at)
       VALUES ($1, 'CASE_MANAGER', $2, '{}', '{CLIENT}', 'Aged', now() - $3::interval)`, [app.fixtures.north.caseManager, clients[2], age]);
    await insertAged('6 years 1 day');
    await insertAged('5 years 364 days');
    expect(await app.running.services.accessLog.purgeExpired()).toBe(1);
    const left = await app.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE operation_name = 'Aged'`);
    expect(left[0].n).toBe(1);
    expect((await app.dataSource.query('SELECT count(*)::int AS n FROM access_log'))[0].n).toBe(before + 1);
  });
});
