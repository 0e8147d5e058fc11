import type { DataSource } from 'typeorm';
import { JOB_SCHEMA } from './job-schema';

/**
 * What the app's role may do in the job queue's schema (issue 14 item 1), beside src/db/privileges.ts
 * for `public`, and why. pg-boss 10 reaches every queue's partition through its parent
 * `pgboss.job`, where PostgreSQL checks the privileges, so a partition needs no grant of its own.
 * Never TRUNCATE (pg-boss's clearStorage() is not used), TRIGGER, REFERENCES, nor CREATE on the
 * schema: a new queue's partition is made by pgboss.create_queue(), which runs as the owner
 * (SECURITY DEFINER, migration 1765300000000-JobQueue), and delete_queue() is the owner's only.
 */
export const JOB_TABLE_PRIVILEGES: Readonly<Record<string, readonly string[]>> = {
  version: ['SELECT', 'UPDATE'], // start() checks the schema version; maintenance stamps its last run
  queue: ['SELECT', 'UPDATE'], // updateQueue() keeps each queue's settings as defined; rows come from create_queue()
  job: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'], // send, fetch (FOR UPDATE), complete; fail() deletes and re-inserts; archive() moves
  archive: ['SELECT', 'INSERT', 'DELETE'], // maintenance archives finished jobs, then deletes them after deleteAfter (7 days)
  schedule: ['SELECT'], // pg-boss's cron: unused (src/jobs/scheduler.ts schedules), readable
  subscription: ['SELECT'], // pg-boss's pub/sub: unused, readable
  app_schedule: ['SELECT', 'INSERT', 'UPDATE'], // ours: each scheduled queue's last slot (src/jobs/scheduler.ts)
};

/** The functions the app may call: creating a queue (and its partition) as the owner. */
export const JOB_FUNCTIONS: readonly string[] = [`${JOB_SCHEMA}.create_queue(text, json)`];

type Query = Pick<DataSource, 'query'>;

/**
 * Resets the app role's privileges in the job schema to exactly the above, inside the owner's
 * grant transaction (grantAppPrivileges). Nothing to do before the migration made the schema.
 */
export async function grantJobPrivileges(owner: Query, quotedRole: string): Promise<void> {
  const [{ present }] = await owner.query<{ present: boolean }[]>('SELECT to_regnamespace($1) IS NOT NULL AS present', [JOB_SCHEMA]);
  if (!present) return;
  await owner.query(`REVOKE ALL ON SCHEMA ${JOB_SCHEMA} FROM ${quotedRole}`);
  await owner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} FROM ${quotedRole}`);
  await owner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} FROM ${quotedRole}`);
  await owner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} FROM ${quotedRole}`);
  await owner.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${quotedRole}`);
  for (const [table, privileges] of Object.entries(JOB_TABLE_PRIVILEGES)) {
    await owner.query(`GRANT ${privileges.join(', ')} ON ${JOB_SCHEMA}.${table} TO ${quotedRole}`);
  }
  for (const fn of JOB_FUNCTIONS) await owner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${quotedRole}`);
}

interface JobSchemaRow { present: boolean; owns: boolean; creates: boolean; truncates: string[] | null }

/**
 * What the serving role holds in the job schema that it must not (servingRoleProblems): owning
 * the schema or being a member of its owner (pg-boss would then have been free to migrate it at
 * run time), CREATE on it, TRUNCATE or TRIGGER on its tables.
 */
export async function jobSchemaProblems(db: Query, role: string): Promise<string[]> {
  const [row] = await db.query<JobSchemaRow[]>(
    `SELECT n.oid IS NOT NULL AS present,
       coalesce(pg_has_role(n.nspowner, 'MEMBER'), false) AS owns,
       coalesce(has_schema_privilege(n.oid, 'CREATE'), false) AS creates,
       (SELECT array_agg(c.relname::text ORDER BY c.relname) FROM pg_class c
        WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p')
          AND (has_table_privilege(c.oid, 'TRUNCATE') OR has_table_privilege(c.oid, 'TRIGGER'))) AS truncates
     FROM (SELECT) AS one LEFT JOIN pg_namespace n ON n.nspname = $1`, [JOB_SCHEMA]);
  if (!row.present) return [];
  if (row.owns) return [`${role} owns the job queue schema ${JOB_SCHEMA} (or is a member of its owner)`];
  const problems: string[] = [];
  if (row.creates) problems.push(`${role} may CREATE in schema ${JOB_SCHEMA}`);
  if (row.truncates?.length) problems.push(`${role} may TRUNCATE or create triggers on ${row.truncates.map((t) => `${JOB_SCHEMA}.${t}`).join(', ')}`);
  return problems;
}
