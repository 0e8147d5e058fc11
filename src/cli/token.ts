import 'reflect-metadata';
import { signStaffToken } from '../auth/token';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import type { StaffRole } from '../entities/staff.entity';
import { createLogger } from '../logger';
import { StaffRepository } from '../repositories/staff.repository';

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
    const repository = new StaffRepository(dataSource.manager);
    const found = staff ? await repository.findActiveByIdOrEmail(staff) : await repository.firstActiveOfRole(role as StaffRole);
    if (!found) throw new Error(`no active staff member matches ${staff ?? role}`);
    process.stdout.write(signStaffToken(found.id, config.jwtSecret) + '\n');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
