import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from './config';
import { assertKnownMachineVersions } from './db/machine-version-check';
import { openAppDatabase, openDatabase } from './db/data-source';
import { refuseOrWarnPrivilegedRole } from './db/privileges';
import { createAppJobs, type JobRunner } from './jobs';
import { createLogger, scrubMessage, type Logger } from './logger';
import { systemClock } from './services/clock';
import { createServices } from './services';

/**
 * `npm run worker`: the job runner without HTTP (src/jobs), for running the queues apart from the
 * API (whose replicas then run with JOBS=off). It opens the database as the API does, so either
 * may start first: MIGRATION_DATABASE_URL and DATABASE_URL (migrate as the owner, serve as the
 * app), or DATABASE_URL alone. The embedded database belongs to one `npm start`: with it, jobs
 * run in that process (JOBS=on, the default).
 */
async function openWorkerDatabase(config: AppConfig, log: Logger): Promise<DataSource> {
  if (!config.databaseUrl) {
    throw new Error('npm run worker needs DATABASE_URL (and MIGRATION_DATABASE_URL): the embedded database is only reachable from npm start, which runs the jobs itself with JOBS=on');
  }
  if (config.migrationDatabaseUrl) {
    return openAppDatabase({ ownerUrl: config.migrationDatabaseUrl, appUrl: config.databaseUrl, appRole: config.databaseAppRole, log });
  }
  return openDatabase({ url: config.databaseUrl, log });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel).child({ process: 'worker' });
  // What is running, so a signal at any point of start-up stops exactly that.
  const started: { dataSource?: DataSource; jobs?: JobRunner } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await started.jobs?.stop();
      if (started.dataSource?.isInitialized) await started.dataSource.destroy();
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const dataSource = started.dataSource = await openWorkerDatabase(config, log);
  await refuseOrWarnPrivilegedRole(dataSource, config.nodeEnv, log, 'The worker would run');
  await assertKnownMachineVersions(dataSource);
  const services = createServices(dataSource, systemClock, config.extraClosures, config.webhooks);
  const jobs = started.jobs = createAppJobs({ services, dataSource, clock: systemClock, log });
  await jobs.start({ work: true });
}

main().catch((err) => {
  const message = err instanceof Error ? err.stack ?? err.message : String(err);
  const fromDatabase = typeof (err as { code?: unknown })?.code === 'string';
  console.error(`worker start-up failed: ${fromDatabase ? scrubMessage(message) : message}`);
  process.exit(1);
});
