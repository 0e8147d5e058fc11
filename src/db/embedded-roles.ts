import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const EMBEDDED_DATABASE = 'work_services';
export const EMBEDDED_OWNER_ROLE = 'work_services_owner';
export const EMBEDDED_APP_ROLE = 'work_services_app';

export interface EmbeddedRoleUrls {
  /** Runs the migrations: owns the database and its objects, not a superuser. */
  ownerUrl: string;
  /** Serves requests: privileges from src/db/privileges.ts only. */
  appUrl: string;
}

const urlFor = (base: URL, user: string, password: string) => {
  const url = new URL(base.toString());
  url.username = user;
  url.password = password;
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return url.toString();
};

/**
 * On the embedded cluster the superuser makes the two roles a deployment's DBA would (see
 * /README "Database roles"), and hands the database and everything in it to the owner, so data
 * directories made before the roles existed (all owned by `postgres`) keep migrating.
 * Passwords are new at every start: only this process needs them, and the cluster listens on
 * loopback only. One process owns an embedded cluster, so nothing here races. The superuser also
 * takes CREATE on schema `public` from PUBLIC (src/db/privileges.ts grantAppPrivileges).
 */
export async function prepareEmbeddedRoles(superuserUrl: string): Promise<EmbeddedRoleUrls> {
  const base = new URL(superuserUrl);
  const ownerPassword = randomBytes(18).toString('base64url');
  const appPassword = randomBytes(18).toString('base64url');
  const admin = new Client({ connectionString: urlFor(base, decodeURIComponent(base.username), decodeURIComponent(base.password)) });
  await admin.connect();
  try {
    for (const [role, password] of [[EMBEDDED_OWNER_ROLE, ownerPassword], [EMBEDDED_APP_ROLE, appPassword]]) {
      const exists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
      // Passwords are base64url: nothing to escape in the literal.
      await admin.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`);
    }
    await admin.query(`ALTER DATABASE ${EMBEDDED_DATABASE} OWNER TO ${EMBEDDED_OWNER_ROLE}`);
    // PostgreSQL 14 and older let PUBLIC create in schema `public` (CVE-2018-1058), and pg_upgrade
    // keeps that with the schema owned by `postgres`, where the owner role could not revoke it.
    await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await admin.query(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relowner <> '${EMBEDDED_OWNER_ROLE}'::regrole LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO ${EMBEDDED_OWNER_ROLE}', r.name);
      END LOOP;
      -- A serial column's sequence moves with its table; only free-standing ones are left.
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> '${EMBEDDED_OWNER_ROLE}'::regrole LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO ${EMBEDDED_OWNER_ROLE}', r.name);
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND p.proowner <> '${EMBEDDED_OWNER_ROLE}'::regrole LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO ${EMBEDDED_OWNER_ROLE}', r.name);
      END LOOP;
    END $$`);
  } finally {
    await admin.end();
  }
  return { ownerUrl: urlFor(base, EMBEDDED_OWNER_ROLE, ownerPassword), appUrl: urlFor(base, EMBEDDED_APP_ROLE, appPassword) };
}
