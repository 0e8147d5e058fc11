import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { APPEND_ONLY_TABLES_SQL, DELETES, ensureLoginRole, grantAppPrivileges, servingRoleProblems, type Queryable } from '../../src/db/privileges';
import { referClient } from '../support/referrals';
import { startTestApp, TEST_APP_ROLE, type TestApp } from '../support/test-app';

/**
 * Issue 11 item 6: the app's role (the one startTestApp serves as) cannot rewrite the record. Each
 * attack runs on a connection of its own as that role, the way a compromised app would.
 */
describe('least privilege: the app role', () => {
  let app: TestApp;
  let asApp: Client;
  let appendOnly: string[];
  beforeAll(async () => {
    app = await startTestApp();
    asApp = new Client({ connectionString: app.urls.app });
    await asApp.connect();
    appendOnly = (await app.dataSource.query<{ name: string }[]>(APPEND_ONLY_TABLES_SQL)).map((r) => r.name);
  });
  /** Throwaway roles (cluster-wide: random names), dropped with their grants before the database goes. */
  const roles: string[] = [];
  afterAll(async () => {
    await asApp.end();
    for (const role of roles) await app.dataSource.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
    await app.close();
  });

  async function throwawayRole(options = ''): Promise<string> {
    const role = `wsc_lp_${randomBytes(5).toString('hex')}`;
    await app.dataSource.query(`CREATE ROLE ${role} NOLOGIN ${options}`);
    roles.push(role);
    return role;
  }

  /** A connection of the owner's (a superuser in tests) that has SET ROLE to `role`, as the functions under test see one. */
  async function connectionAs<T>(role: string, use: (db: Queryable) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: app.urls.owner });
    await client.connect();
    try {
      await client.query(`SET ROLE ${role}`);
      return await use({ query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as Queryable);
    } finally {
      await client.end();
    }
  }
  const problemsAs = (role: string) => connectionAs(role, servingRoleProblems);

  /** The SQLSTATE a statement fails with as the app role (null if it succeeds), rolled back either way. */
  async function refusal(sql: string): Promise<string | null> {
    await asApp.query('BEGIN');
    try {
      await asApp.query(sql);
      return null;
    } catch (err) {
      return (err as { code?: string }).code ?? 'unknown';
    } finally {
      await asApp.query('ROLLBACK');
    }
  }

  it('is neither a superuser nor the owner of any table', async () => {
    expect(await servingRoleProblems(app.appDataSource)).toEqual([]);
    const [me] = (await asApp.query('SELECT current_user AS name')).rows;
    expect(me.name).toBe(TEST_APP_ROLE);
    // The check itself can fail: the owner's connection is both.
    expect(await servingRoleProblems(app.dataSource)).not.toEqual([]);
  });

  it('finds every append-only table, each with a TRUNCATE trigger', async () => {
    expect(appendOnly).toEqual(expect.arrayContaining(['case_history', 'case_note', 'child_care_authorization', 'client_note', 'hours_entry', 'month_verification', 'obligation_waiver']));
    const truncateGuarded = (await app.dataSource.query<{ name: string }[]>(
      `SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE p.proname = 'refuse_history_rewrite' AND t.tgtype & 32 <> 0 ORDER BY 1`,
    )).map((r) => r.name);
    expect(truncateGuarded).toEqual(appendOnly);
  });

  it('cannot TRUNCATE, UPDATE or DELETE an append-only table (42501 insufficient privilege)', async () => {
    for (const table of appendOnly) {
      const [{ column }] = await app.dataSource.query<{ column: string }[]>(
        'SELECT column_name AS column FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position LIMIT 1', [table]);
      expect([table, await refusal(`TRUNCATE ${table} CASCADE`)]).toEqual([table, '42501']);
      expect([table, await refusal(`UPDATE ${table} SET ${column} = ${column}`)]).toEqual([table, '42501']);
      expect([table, await refusal(`DELETE FROM ${table}`)]).toEqual([table, '42501']);
    }
  });

  it('cannot TRUNCATE any table, nor DELETE outside the tables the app deletes from', async () => {
    const tables = (await app.dataSource.query<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.name);
    for (const table of tables) {
      expect([table, await refusal(`TRUNCATE ${table} CASCADE`)]).toEqual([table, '42501']);
      if (!(table in DELETES)) expect([table, await refusal(`DELETE FROM ${table}`)]).toEqual([table, '42501']);
    }
  });

  it('cannot bypass the triggers: session_replication_role, DISABLE TRIGGER, DROP TRIGGER, ALTER, SET ROLE', async () => {
    expect(await refusal('SET session_replication_role = replica')).toBe('42501');
    expect(await refusal('ALTER TABLE client_note DISABLE TRIGGER client_note_append_only')).toBe('42501');
    expect(await refusal('ALTER TABLE case_note DISABLE TRIGGER ALL')).toBe('42501');
    expect(await refusal('DROP TRIGGER case_history_append_only ON case_history')).toBe('42501');
    expect(await refusal('ALTER TABLE staff ADD COLUMN x int')).toBe('42501');
    expect(await refusal('DROP TABLE case_alert')).toBe('42501');
    expect(await refusal('CREATE TABLE public.scratch (x int)')).toBe('42501');
    expect(await refusal('SET ROLE postgres')).toBe('42501');
  });

  it('still does its normal work: a referral, a note, a recompute, all as the app role', async () => {
    const { north } = app.fixtures;
    const cm = app.token(north.caseManager);
    const { id: caseId } = await referClient(app, cm);
    const sections = [{ heading: 'Contact method', text: 'Phone' }, { heading: 'Discussion', text: 'Orientation' }, { heading: 'Next steps', text: 'EA Monday' }];
    const note = await app.gql(
      'mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { clientNote { id } userErrors { code } } }',
      { input: { caseId, subject: 'CONTACT', contactMethod: 'PHONE', sections, clientMutationId: 'lp-1' } }, cm,
    );
    expect(note.errors).toBeUndefined();
    expect(note.data.addClientNote.userErrors).toEqual([]);
    const [{ n }] = await app.appDataSource.query('SELECT count(*)::int AS n FROM client_note');
    expect(n).toBe(1);
    expect(await refusal(`UPDATE work_case SET updated_at = updated_at WHERE id = '${caseId}'`)).toBeNull();
    expect(await refusal(`DELETE FROM idempotency_key WHERE created_at < now() - interval '1 day'`)).toBeNull();
  });

  it('the triggers refuse the owner too, TRUNCATE included', async () => {
    for (const table of appendOnly) {
      await expect(app.dataSource.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    }
    // Row triggers need rows: the referral and the note above wrote these.
    for (const table of ['case_history', 'client_note']) {
      await expect(app.dataSource.query(`UPDATE ${table} SET id = id`)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(app.dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only: DELETE refused/);
    }
  });

  it('serving refuses CREATEROLE, BYPASSRLS, CREATE on the schema or database, TRUNCATE, TRIGGER, rewriting an append-only table', async () => {
    const role = await throwawayRole();
    expect(await problemsAs(role)).toEqual([]);
    const [{ db }] = await app.dataSource.query<{ db: string }[]>('SELECT current_database() AS db');
    await app.dataSource.query(`ALTER ROLE ${role} CREATEROLE BYPASSRLS; GRANT CREATE ON SCHEMA public TO ${role}; GRANT CREATE ON DATABASE ${db} TO ${role};
      GRANT TRUNCATE ON office TO ${role}; GRANT TRIGGER ON staff TO ${role}; GRANT DELETE ON case_note TO ${role}; GRANT UPDATE ON client_note TO ${role};
      GRANT UPDATE, DELETE ON work_case TO ${role}`);
    expect(await problemsAs(role)).toEqual([
      `role "${role}" has CREATEROLE (it can grant itself the owner's role)`,
      `role "${role}" has BYPASSRLS`,
      expect.stringContaining(`role "${role}" may CREATE in schema public`),
      `role "${role}" may CREATE schemas in the database`,
      `role "${role}" may TRUNCATE office`,
      `role "${role}" may create triggers on staff`,
      // work_case is not append-only: UPDATE and DELETE there are not named.
      `role "${role}" may UPDATE or DELETE the append-only case_note, client_note`,
    ]);
  });

  it('serving refuses a member of the owner role, NOINHERIT (SET ROLE only) included', async () => {
    const [owner, member] = [await throwawayRole(), await throwawayRole('NOINHERIT')];
    await app.dataSource.query(`CREATE TABLE lp_owned (x int); ALTER TABLE lp_owned OWNER TO ${owner}; GRANT ${owner} TO ${member}`);
    try {
      expect(await problemsAs(owner)).toEqual([`role "${owner}" owns the tables`]);
      expect(await problemsAs(member)).toEqual([`role "${member}" is a member of the owner role "${owner}"`]);
    } finally {
      await app.dataSource.query('DROP TABLE lp_owned');
    }
  });

  it('granting refuses an app role that is the owner or a member of it, and leaves the owner\'s privileges alone', async () => {
    const acls = () => app.dataSource.query(`SELECT c.relname, c.relacl::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' ORDER BY 1`);
    const before = await acls();
    const [{ me }] = await app.dataSource.query<{ me: string }[]>('SELECT current_user AS me');
    await expect(grantAppPrivileges(app.dataSource, me)).rejects.toThrow(`the app's database role "${me}" is the owner "${me}"`);
    expect(await acls()).toEqual(before);
    const [owner, member] = [await throwawayRole(), await throwawayRole()];
    await app.dataSource.query(`GRANT ${owner} TO ${member}`);
    await expect(connectionAs(owner, (db) => grantAppPrivileges(db as DataSource, member)))
      .rejects.toThrow(`the app's database role "${member}" is a member of the owner "${owner}"`);
  });

  it('cannot CREATE in schema public even where PUBLIC could (PostgreSQL 14 and older): the grant takes it back', async () => {
    const scratch = 'CREATE TABLE public.scratch (x int)';
    const plant = 'CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$';
    await app.dataSource.query(`GRANT CREATE ON SCHEMA public TO PUBLIC; GRANT CREATE ON SCHEMA public TO ${TEST_APP_ROLE}`);
    try {
      // The old default: the app could plant objects the owner's unqualified names resolve to.
      expect(await refusal(scratch)).toBeNull();
      expect(await servingRoleProblems(app.appDataSource)).toEqual([expect.stringContaining('may CREATE in schema public')]);
      await grantAppPrivileges(app.dataSource, TEST_APP_ROLE);
      expect(await refusal(scratch)).toBe('42501');
      expect(await refusal(plant)).toBe('42501');
      expect(await servingRoleProblems(app.appDataSource)).toEqual([]);
    } finally {
      await app.dataSource.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC; REVOKE CREATE ON SCHEMA public FROM ${TEST_APP_ROLE}`);
    }
  });

  it('creating the login role is safe when many processes try at once (roles are cluster-wide)', async () => {
    const role = `wsc_race_${process.pid}`;
    const admin = process.env.TEST_PG_ADMIN_URL!;
    try {
      const tries = await Promise.allSettled(Array.from({ length: 8 }, () => ensureLoginRole(admin, role, 'x')));
      expect(tries.filter((t) => t.status === 'rejected')).toEqual([]);
      expect(await app.dataSource.query('SELECT rolname FROM pg_roles WHERE rolname = $1', [role])).toEqual([{ rolname: role }]);
    } finally {
      await app.dataSource.query(`DROP ROLE IF EXISTS ${role}`);
    }
  });
});
