import 'reflect-metadata';
import { signStaffToken } from '../auth/token';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createLogger } from '../logger';

/**
 * Prints a bearer token for a demo staff member:
 *   npm run --silent token -- --role SUPERVISOR
 *   npm run --silent token -- --staff cm1.anc@demo.akws.org
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  const role = option('role');
  const staff = option('staff');
  if (!role && !staff) throw new Error('usage: token --role <CASE_MANAGER|SUPERVISOR|MANAGER|WSTA|PARTNER> | --staff <id or email>');
  const config = loadConfig();
  const log = createLogger('warn');
  // With the embedded database this starts it briefly; stop `npm start` first or use DATABASE_URL.
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log).catch(() => null);
  const url = config.databaseUrl ?? embedded?.url ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/work_services`;
  const dataSource = await openDatabase({ url });
  try {
    const rows: Array<{ id: string }> = staff
      ? await dataSource.query('SELECT id FROM staff WHERE active AND (id::text = $1 OR email = $1)', [staff])
      : await dataSource.query('SELECT id FROM staff WHERE active AND role = $1 ORDER BY email LIMIT 1', [role]);
    if (!rows.length) throw new Error(`no active staff member matches ${staff ?? role}`);
    process.stdout.write(signStaffToken(rows[0].id, config.jwtSecret) + '\n');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
