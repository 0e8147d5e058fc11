import { Client } from 'pg';
import { APPEND_ONLY_TABLES_SQL, DELETES, ensureLoginRole, servingRoleProblems } from '../../src/db/privileges';
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
  afterAll(async () => {
    await asApp.end();
    await app.close();
  });

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
