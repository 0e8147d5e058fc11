import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { grantAppPrivileges, servingRoleProblems } from '../../src/db/privileges';
import { urlAs } from '../support/test-app';

/**
 * A database made by PostgreSQL 14 or older (or upgraded from one): schema `public` belongs to the
 * bootstrap superuser and PUBLIC may CREATE in it. The owner role, owning only the database and its
 * tables, cannot revoke that: the grants must still go through, and serving must then be refused.
 * A database and two roles of its own (random names: roles are cluster-wide), dropped at the end.
 */
describe('least privilege on an old database: the owner cannot take CREATE on public from PUBLIC', () => {
  const suffix = randomBytes(5).toString('hex');
  const [database, ownerRole, appRole] = [`t_old_${suffix}`, `wsc_old_owner_${suffix}`, `wsc_old_app_${suffix}`];
  const adminUrl = new URL(process.env.TEST_PG_ADMIN_URL!);
  const dbUrl = Object.assign(new URL(adminUrl.toString()), { pathname: `/${database}` }).toString();
  let admin: Client;
  let owner: DataSource;

  async function adminOn(url: string, sql: string): Promise<void> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  }

  beforeAll(async () => {
    await adminOn(adminUrl.toString(), `CREATE ROLE ${ownerRole} LOGIN PASSWORD 'x'; CREATE ROLE ${appRole} NOLOGIN`);
    await adminOn(adminUrl.toString(), `CREATE DATABASE ${database} OWNER ${ownerRole}`);
    admin = new Client({ connectionString: dbUrl });
    await admin.connect();
    // PostgreSQL 14's layout: public owned by the bootstrap superuser, CREATE and USAGE for PUBLIC.
    await admin.query('ALTER SCHEMA public OWNER TO CURRENT_USER; GRANT CREATE, USAGE ON SCHEMA public TO PUBLIC');
    owner = createDataSource({ url: urlAs(dbUrl, ownerRole, 'x'), poolSize: 1 });
    await owner.initialize();
    // What a migration does: the owner creates its tables through PUBLIC's CREATE.
    await owner.query('CREATE TABLE note (id int)');
  });
  afterAll(async () => {
    await owner?.destroy();
    await admin?.end();
    await adminOn(adminUrl.toString(), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminOn(adminUrl.toString(), `DROP ROLE IF EXISTS ${appRole}; DROP ROLE IF EXISTS ${ownerRole}`);
  });

  it('grants anyway, leaves the owner able to migrate, and servingRoleProblems names the CREATE', async () => {
    await grantAppPrivileges(owner, appRole);
    const [{ app, owns }] = await owner.query<{ app: string; owns: boolean }[]>(
      `SELECT has_table_privilege($1, 'note', 'SELECT, INSERT, UPDATE') AND NOT has_table_privilege($1, 'note', 'DELETE') AS app,
         has_schema_privilege(current_user, 'public', 'CREATE') AS owns`, [appRole]);
    expect({ app, owns }).toEqual({ app: true, owns: true });
    await admin.query(`SET ROLE ${appRole}`);
    try {
      const problems = await servingRoleProblems({ query: async (sql: string, params?: unknown[]) => (await admin.query(sql, params)).rows } as Parameters<typeof servingRoleProblems>[0]);
      expect(problems).toEqual([expect.stringContaining(`role "${appRole}" may CREATE in schema public (an object there can shadow the owner's: REVOKE CREATE ON SCHEMA public FROM PUBLIC`)]);
    } finally {
      await admin.query('RESET ROLE');
    }
  });

  it('once a superuser revokes it, the app role may not CREATE there and nothing is named', async () => {
    await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await admin.query(`SET ROLE ${appRole}`);
    try {
      await expect(admin.query('CREATE TABLE public.planted (x int)')).rejects.toMatchObject({ code: '42501' });
      expect(await servingRoleProblems({ query: async (sql: string, params?: unknown[]) => (await admin.query(sql, params)).rows } as Parameters<typeof servingRoleProblems>[0])).toEqual([]);
    } finally {
      await admin.query('RESET ROLE');
    }
  });
});
