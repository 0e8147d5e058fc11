import { Client } from 'pg';
import type { DataSource } from 'typeorm';

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
 */
export async function grantAppPrivileges(owner: DataSource, appRole: string): Promise<void> {
  const [{ exists }] = await owner.query<{ exists: boolean }[]>('SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1) AS exists', [appRole]);
  if (!exists) {
    throw new Error(`The app's database role "${appRole}" does not exist: create it (CREATE ROLE ${appRole} LOGIN PASSWORD '...') or set DATABASE_APP_ROLE`);
  }
  const role = quoteIdent(appRole);
  const privileges = await appPrivileges(owner);
  await owner.transaction(async (m) => {
    // Replicas starting together would update the same pg_class rows ("tuple concurrently
    // updated"): one at a time per database, which is the scope of these grants.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['work-services:grant-app-privileges']);
    await m.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
    await m.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`);
    await m.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    for (const [table, list] of privileges) await m.query(`GRANT ${list.join(', ')} ON ${quoteIdent(table)} TO ${role}`);
    // bigserial ids: an INSERT calls nextval(), which needs USAGE on the table's sequence.
    await m.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  });
}

/** What a connection's role is allowed that the app's role must not be: checked before serving. */
export async function servingRoleProblems(dataSource: DataSource): Promise<string[]> {
  const [row] = await dataSource.query<{ name: string; super: boolean; owns: boolean }[]>(
    `SELECT current_user AS name, r.rolsuper AS super,
       EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owns
     FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const problems: string[] = [];
  if (row.super) problems.push(`role "${row.name}" is a superuser`);
  if (row.owns) problems.push(`role "${row.name}" owns (or is a member of the owner of) the tables`);
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
