import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './config';
import { assertKnownMachineVersions } from './db/machine-version-check';
import { openDatabase } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { seedDemoData } from './db/seed-demo';
import { createLogger } from './logger';
import { systemClock } from './services/clock';

/** Starts the service: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
  const dataSource = await openDatabase({ url: config.databaseUrl ?? embedded!.url });
  await assertKnownMachineVersions(dataSource);
  const running = await createApp({ config, dataSource, clock: systemClock, log });
  if (config.seedDemoData) {
    const seeded = await seedDemoData(dataSource, systemClock, (m, id) => running.services.obligations.recompute(m, id));
    if (seeded) log.info(seeded, 'demo data created');
  }
  // Monthly obligations (ENG-4, WV-1, EXIT-3...) start on the 1st whether or not a case changes.
  const refresh = () => running.services.obligations.refreshStale()
    .then((n) => n && log.info({ cases: n }, 'obligations re-derived'))
    .catch((err) => log.error({ err }, 'obligation refresh failed'));
  // Idempotency keys are answered for 24 hours; older ones are deleted with the same hourly work.
  const purgeKeys = () => running.services.idempotency.purgeExpired()
    .then((n) => n && log.info({ keys: n }, 'expired idempotency keys deleted'))
    .catch((err) => log.error({ err }, 'idempotency key purge failed'));
  await refresh();
  await purgeKeys();
  const refreshTimer = setInterval(() => { void refresh(); void purgeKeys(); }, 60 * 60 * 1000);
  refreshTimer.unref();
  running.httpServer.listen(config.port, () => log.info({ url: `http://localhost:${config.port}/graphql` }, 'listening'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    clearInterval(refreshTimer);
    await running.stop();
    await dataSource.destroy();
    if (embedded) await embedded.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
