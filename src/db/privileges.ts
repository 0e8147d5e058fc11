import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { grantJobPrivileges, jobSchemaProblems } from '../jobs/job-privileges';

/**
 * What the app's database role may do (issue 11 item 6). The owner (who runs the migrations)
 * re-applies this after every migration run, so a table a later migration makes is covered the
 * moment it exists, and a privilege someone granted by hand is taken back at the next start.
 *
 * The rule, derived from the schema so no table is forgotten:
 * - every table in `public` but TypeORM's `migrations`: SELECT and INSERT;
 * - UPDATE unless the table is append-only (a trigger calls refuse_history_rewrite()) or the app
 *   never edits it (NO_UPDATE);
 * - DELETE only where the app deletes (DELETES);
 * - never TRUNCATE, REFERENCES, TRIGGER, nor ownership: ALTER, DISABLE TRIGGER and DROP need the
 *   owner, `session_replication_role` needs a superuser.
 * A new table gets SELECT, INSERT, UPDATE by default; an append-only one must call
 * refuse_history_rewrite() from its UPDATE/DELETE and TRUNCATE triggers, and the privileges follow.
 */

/** Tables the app deletes rows from, and why (grep the repositories for DELETE before adding one). */
export const DELETES: Readonly<Record<string, string>> = {
  obligation: 'recompute replaces a case\'s derived obligations (ObligationRepository.replaceForCase)',
  idempotency_key: 'keys older than 24 hours are purged hourly (IdempotencyRepository.purgeCreatedBefore)',
  rate_limit: 'rate-limiter-flexible deletes expired windows (src/http/rate-limit.ts, RateLimiterPostgres)',
};

/** Tables the app inserts into and reads, never edits: people and offices are provisioned, alerts only raised. */
export const NO_UPDATE: readonly string[] = ['office', 'staff', 'client', 'household_member', 'case_alert'];

/** TypeORM's bookkeeping: only the owner reads or writes which migrations ran. */
const OWNER_ONLY: readonly string[] = ['migrations'];

/** The append-only tables: every table with a trigger that calls refuse_history_rewrite(). */
export const APPEND_ONLY_TABLES_SQL = `
  SELECT DISTINCT c.relname AS name FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_proc p ON p.oid = t.tgfoid
  WHERE n.nspname = 'public' AND p.proname = 'refuse_history_rewrite' AND NOT t.tgisinternal
  ORDER BY 1`;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Each table's privileges for the app, by the rule above. */
export async function appPrivileges(owner: DataSource): Promise<Map<string, string[]>> {
  const tables = await owner.query<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const appendOnly = new Set((await owner.query<{ name: string }[]>(APPEND_ONLY_TABLES_SQL)).map((r) => r.name));
  const result = new Map<string, string[]>();
  for (const { name } of tables) {
    if (OWNER_ONLY.includes(name)) continue;
    const privileges = ['SELECT', 'INSERT'];
    if (!appendOnly.has(name) && !NO_UPDATE.includes(name)) privileges.push('UPDATE');
    if (name in DELETES && !appendOnly.has(name)) privileges.push('DELETE');
    result.set(name, privileges);
  }
  return result;
}

/**
 * Resets the app role's privileges in this database to exactly appPrivileges(): REVOKE ALL, then
 * the GRANTs, in one transaction so no request sees a half-granted schema. Runs as the owner.
 *
 * Refuses first when the app role is the owner, a member of it, or a superuser: REVOKE ALL would
 * then take the owner's own privileges. Also takes CREATE on schema `public` from PUBLIC (granted
 * by default before PostgreSQL 15, and kept by upgrades): whoever may create there can plant a
 * table or function the owner's unqualified names resolve to (CVE-2018-1058). Only the schema's
 * owner (a member of it) or a superuser can; any other owner leaves it, and servingRoleProblems()
 * then names it, so production refuses to serve until a DBA revokes it.
 */
export async function grantAppPrivileges(owner: DataSource, appRole: string): Promise<void> {
  const [check] = await owner.query<{ exists: boolean; owner: string; super: boolean; member: boolean }[]>(
    `SELECT r.oid IS NOT NULL AS exists, current_user AS owner, coalesce(r.rolsuper, false) AS super,
       r.oid IS NOT NULL AND (r.rolname = current_user OR pg_has_role(r.oid, current_user, 'MEMBER')) AS member
     FROM (SELECT) AS one LEFT JOIN pg_roles r ON r.rolname = $1`, [appRole]);
  if (!check.exists) {
    throw new Error(`The app's database role "${appRole}" does not exist: create it (CREATE ROLE ${appRole} LOGIN PASSWORD '...') or set DATABASE_APP_ROLE`);
  }
  if (check.member) {
    const what = appRole === check.owner ? 'is the owner' : check.super ? 'is a superuser, so a member of the owner' : 'is a member of the owner';
    throw new Error(`Refusing to grant: the app's database role "${appRole}" ${what} "${check.owner}" (MIGRATION_DATABASE_URL), and resetting its privileges would revoke the owner's own. DATABASE_URL (or DATABASE_APP_ROLE) must name a separate role that is not a member of "${check.owner}"`);
  }
  const role = quoteIdent(appRole);
  const privileges = await appPrivileges(owner);
  await owner.transaction(async (m) => {
    // Replicas starting together would update the same pg_class rows ("tuple concurrently
    // updated"): one at a time per database, which is the scope of these grants.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['work-services:grant-app-privileges']);
    const [schema] = await m.query<{ publicCreates: boolean; canRevoke: boolean }[]>(
      `SELECT EXISTS (SELECT FROM aclexplode(n.nspacl) a WHERE a.grantee = 0 AND a.privilege_type = 'CREATE') AS "publicCreates",
         pg_has_role(current_user, n.nspowner, 'USAGE') AS "canRevoke"
       FROM pg_namespace n WHERE n.nspname = 'public'`);
    if (schema.publicCreates && schema.canRevoke) await m.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await m.query(`REVOKE ALL ON SCHEMA public FROM ${role}`);
    await m.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
    await m.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`);
    await m.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    for (const [table, list] of privileges) await m.query(`GRANT ${list.join(', ')} ON ${quoteIdent(table)} TO ${role}`);
    // bigserial ids: an INSERT calls nextval(), which needs USAGE on the table's sequence.
    await m.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // The job queue's schema (pg-boss, src/jobs/job-privileges.ts).
    await grantJobPrivileges(m, role);
  });
}

/** Anything with a `query` like TypeORM's DataSource: the app's DataSource, or a test's connection. */
export type Queryable = Pick<DataSource, 'query'>;

interface RoleRow { name: string; super: boolean; createrole: boolean; bypassrls: boolean; schemaCreate: boolean; databaseCreate: boolean; owners: string[] | null }
interface TableRow { name: string; owned: boolean; truncate: boolean; trigger: boolean; rewrite: boolean }

/**
 * What a connection's role is allowed that the app's role must not be: checked before serving
 * (production refuses to start on any). DATABASE_URL alone never resets grants, so this looks at
 * what the role holds, however it came by it:
 * - superuser; CREATEROLE (before PostgreSQL 16 it can grant itself any non-superuser role, the
 *   owner included); BYPASSRLS;
 * - owning the tables, or membership (even NOINHERIT: SET ROLE) in the role that owns a table in
 *   `public`, the database or the schema;
 * - CREATE on schema `public`, or on the database (CREATE SCHEMA: a schema named after the owner
 *   comes first on its default search_path "$user", public). TEMP is allowed: a temporary object
 *   lives in the session's own pg_temp schema, which no other session searches, and PUBLIC has
 *   TEMP by default;
 * - TRUNCATE or TRIGGER on any table, UPDATE or DELETE on an append-only one.
 * A superuser or owner has all of the table privileges, so those are only listed for other roles.
 */
export async function servingRoleProblems(dataSource: Queryable): Promise<string[]> {
  const [row] = await dataSource.query<RoleRow[]>(
    `SELECT current_user AS name, r.rolsuper AS super, r.rolcreaterole AS createrole, r.rolbypassrls AS bypassrls,
       has_schema_privilege('public', 'CREATE') AS "schemaCreate",
       has_database_privilege(current_database(), 'CREATE') AS "databaseCreate",
       (SELECT array_agg(o.rolname::text ORDER BY o.rolname) FROM pg_roles o
        WHERE o.oid <> r.oid AND pg_has_role(r.oid, o.oid, 'MEMBER') AND o.oid IN (
          SELECT c.relowner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
          UNION SELECT datdba FROM pg_database WHERE datname = current_database()
          UNION SELECT nspowner FROM pg_namespace WHERE nspname = 'public')) AS owners
     FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const role = `role "${row.name}"`;
  if (row.super) return [`${role} is a superuser`];
  const tables = await dataSource.query<TableRow[]>(
    `SELECT c.relname AS name, c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AS owned,
       has_table_privilege(c.oid, 'TRUNCATE') AS truncate, has_table_privilege(c.oid, 'TRIGGER') AS trigger,
       c.oid IN (SELECT t.tgrelid FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                 WHERE p.proname = 'refuse_history_rewrite' AND NOT t.tgisinternal)
         AND (has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE')) AS rewrite
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const problems: string[] = [];
  const owns = tables.some((t) => t.owned);
  if (owns) problems.push(`${role} owns the tables`);
  for (const owner of row.owners ?? []) problems.push(`${role} is a member of the owner role "${owner}"`);
  if (row.createrole) problems.push(`${role} has CREATEROLE (it can grant itself the owner's role)`);
  if (row.bypassrls) problems.push(`${role} has BYPASSRLS`);
  if (row.schemaCreate) problems.push(`${role} may CREATE in schema public (an object there can shadow the owner's: REVOKE CREATE ON SCHEMA public FROM PUBLIC, as the schema's owner or a superuser)`);
  if (row.databaseCreate) problems.push(`${role} may CREATE schemas in the database`);
  if (owns || row.owners?.length) return problems;
  const names = (pick: (t: TableRow) => boolean) => tables.filter(pick).map((t) => t.name).join(', ');
  if (names((t) => t.truncate)) problems.push(`${role} may TRUNCATE ${names((t) => t.truncate)}`);
  if (names((t) => t.trigger)) problems.push(`${role} may create triggers on ${names((t) => t.trigger)}`);
  if (names((t) => t.rewrite)) problems.push(`${role} may UPDATE or DELETE the append-only ${names((t) => t.rewrite)}`);
  problems.push(...await jobSchemaProblems(dataSource, role));
  return problems;
}

/**
 * Creates a LOGIN role if it is missing, safely when several processes try at once: roles are
 * cluster-wide and an advisory lock is per database, so two test runs on one server could both
 * see no role; the loser's duplicate is caught instead. Needs a superuser or CREATEROLE.
 */
export async function ensureLoginRole(adminUrl: string, role: string, password: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const escaped = password.replace(/'/g, "''");
    await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role.replace(/'/g, "''")}') THEN
          CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD '${escaped}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
  } finally {
    await client.end();
  }
}

/**
 * The start-up check of the serving role, for the API and the worker alike: in production a
 * privileged role refuses to start; elsewhere it is a warning. `what` names the process.
 *
 * @example
 * await refuseOrWarnPrivilegedRole(dataSource, config.nodeEnv, log, 'The worker would run') // throws in production
 */
export async function refuseOrWarnPrivilegedRole(
  dataSource: DataSource, nodeEnv: string, log: { warn(message: string): void }, what: string,
): Promise<void> {
  const problems = await servingRoleProblems(dataSource);
  if (!problems.length) return;
  const message = `${what} as a privileged database role (${problems.join('; ')}): set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to the app's role`;
  if (nodeEnv === 'production') throw new Error(message);
  log.warn(message);
}
