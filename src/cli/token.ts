import 'reflect-metadata';
import { signStaffToken } from '../auth/token';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { STAFF_ROLES, type StaffRole } from '../entities/staff.entity';
import { StaffRepository } from '../repositories/staff.repository';

const USAGE = `usage: npm run --silent token -- --role <${STAFF_ROLES.join('|')}> | --staff <id or email> [--url]
  --url  print the GraphiQL address with the token in it (open it in a browser) instead of the bare token`;

/** How long to wait for PostgreSQL before saying it is not there: the command should answer in well under 2 s. */
const CONNECT_TIMEOUT_MS = 1500;

/** Errors that mean "no database to talk to" rather than "the query failed". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN', '3D000', '28P01', '28000', '57P03']);

/** The address without its password, for a message a person reads. */
function printable(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable DATABASE_URL)';
  }
}

function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return (code !== undefined && UNREACHABLE.has(code)) || /timeout|terminated/i.test(err instanceof Error ? err.message : '');
}

/**
 * Prints a bearer token for a demo staff member, signed with the app's secret:
 *   npm run --silent token -- --role SUPERVISOR
 *   npm run --silent token -- --staff cm1.anc@demo.akws.org --url
 * It runs from the sources (no build) and connects to the database the app uses: DATABASE_URL, or
 * the embedded server `npm start` runs on EMBEDDED_PG_PORT. It never starts a server of its own
 * (that took ~20 s and fought the app for the data directory); when nothing answers it says so.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  const role = option('role');
  const staff = option('staff');
  if ((!role && !staff) || args.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (role && !(STAFF_ROLES as readonly string[]).includes(role)) {
    process.stderr.write(`unknown role ${role}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  if (config.auth.mode !== 'local') {
    process.stderr.write('AUTH_MODE=oidc: tokens come from the identity provider; npm run token signs AUTH_MODE=local tokens only\n');
    return 2;
  }
  const url = config.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/work_services`;
  const dataSource = createDataSource({ url, poolSize: 1 }).setOptions({ connectTimeoutMS: CONNECT_TIMEOUT_MS });
  try {
    await dataSource.initialize();
  } catch (err) {
    if (!isUnreachable(err)) throw err;
    process.stderr.write(`cannot reach the database at ${printable(url)} — start the app with npm start first, or set DATABASE_URL\n`);
    return 1;
  }
  try {
    const repository = new StaffRepository(dataSource.manager);
    const found = staff ? await repository.findActiveByIdOrEmail(staff) : await repository.firstActiveOfRole(role as StaffRole);
    if (!found) {
      process.stderr.write(`no active staff member matches ${staff ?? role} in ${printable(url)}\n`);
      return 1;
    }
    // As long as the app accepts (TOKEN_MAX_LIFETIME_SECONDS, 8 hours by default), and never without exp.
    const token = signStaffToken(found.id, config.jwtSecret, config.auth.tokenMaxLifetimeSeconds);
    // GraphiQL (src/graphiql) puts ?token= into its headers panel as `Authorization: Bearer ...`.
    process.stdout.write(args.includes('--url') ? `http://localhost:${config.port}/graphql?token=${token}\n` : `${token}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`token: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
