import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createApp, type RunningApp } from './app';
import { loadConfig, type AppConfig } from './config';
import { assertKnownMachineVersions } from './db/machine-version-check';
import { openAppDatabase, openDatabase } from './db/data-source';
import { releaseSignals, startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { prepareEmbeddedRoles } from './db/embedded-roles';
import { refuseOrWarnPrivilegedRole } from './db/privileges';
import { seedDemoData } from './db/seed-demo';
import { createLogger, scrubMessage, type Logger } from './logger';
import { systemClock } from './services/clock';

/** What is running, so a signal at any point of start-up stops exactly that, in reverse order. */
interface Started {
  embedded?: EmbeddedDatabase;
  dataSource?: DataSource;
  running?: RunningApp;
}

/**
 * The database the app serves from (src/db/privileges.ts):
 * - embedded: the superuser makes an owner and an app role; migrate as the owner, serve as the app;
 * - MIGRATION_DATABASE_URL and DATABASE_URL: the same with roles a DBA made;
 * - DATABASE_URL alone: migrate and serve on one login (warned, refused in production when that
 *   login is a superuser or owns the tables).
 */
async function openServingDatabase(config: AppConfig, started: Started, log: Logger): Promise<DataSource> {
  if (!config.databaseUrl) {
    started.embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
    const roles = await prepareEmbeddedRoles(started.embedded.url);
    return openAppDatabase({ ownerUrl: roles.ownerUrl, appUrl: roles.appUrl, log });
  }
  if (config.migrationDatabaseUrl) {
    return openAppDatabase({ ownerUrl: config.migrationDatabaseUrl, appUrl: config.databaseUrl, appRole: config.databaseAppRole, log });
  }
  return openDatabase({ url: config.databaseUrl, log });
}

/** Starts the service: database (embedded unless DATABASE_URL), migrations, grants, demo data, HTTP. */
async function main(): Promise<void> {
  // Importing embedded-postgres hooks SIGINT/SIGTERM (async-exit-hook) even when DATABASE_URL is
  // used, which would exit 143 without the shutdown below: the signals are ours from the start.
  releaseSignals();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const started: Started = {};

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await started.running?.stop();
      if (started.dataSource?.isInitialized) await started.dataSource.destroy();
      await started.embedded?.stop();
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  // Before anything starts: a signal during start-up still stops the embedded server it began.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const dataSource = started.dataSource = await openServingDatabase(config, started, log);
  await refuseOrWarnPrivilegedRole(dataSource, config.nodeEnv, log, 'The app would serve');
  await assertKnownMachineVersions(dataSource);
  const running = started.running = await createApp({ config, dataSource, clock: systemClock, log });
  if (config.seedDemoData) {
    const seeded = await seedDemoData(dataSource, systemClock, (m, id) => running.services.obligations.recompute(m, id));
    if (seeded) log.info(seeded, 'demo data created');
  }
  // HOST (src/config.ts): loopback unless the deployment says otherwise.
  running.httpServer.once('error', (err) => {
    console.error(`start-up failed: cannot listen on ${config.host}:${config.port}: ${err.message}`);
    process.exit(1);
  });
  running.httpServer.listen(config.port, config.host, () => {
    const address = running.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
    log.info({ url: `http://${shown}:${port}/graphql`, host: config.host, port }, 'listening');
    // The periodic work (FSSP-3 lapses, the monthly obligation refresh, purges) is jobs (src/jobs),
    // started once the API answers: JOBS=on works them here, JOBS=off leaves them to npm run worker.
    // A runner that cannot start is logged; the API keeps serving.
    running.jobs.start({ work: config.jobs === 'on' }).catch((err) => log.error({ err }, 'job runner failed to start'));
  });
}

/** A start-up failure as one readable line: some libraries reject with a string, an array or nothing. */
function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  if (Array.isArray(err)) return err.map((e) => describe(e)).join(' ');
  if (err === undefined || err === null) return 'an unknown error (nothing was thrown)';
  if (typeof err === 'string') return err;
  return JSON.stringify(err) ?? 'an error that cannot be shown';
}

main().catch((err) => {
  // A database error (a failing data migration) may quote a stored value, a client's: scrubbed.
  // Our own start-up refusals name settings and ports, and are printed as they are.
  const fromDatabase = typeof (err as { code?: unknown })?.code === 'string' && /^[0-9A-Z]{5}$/.test((err as { code: string }).code);
  console.error(`start-up failed: ${fromDatabase ? scrubMessage(describe(err)) : describe(err)}`);
  process.exit(1);
});
