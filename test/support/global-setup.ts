import { startThrowawayPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres';

/**
 * One PostgreSQL server for the whole run: the one named by TEST_DATABASE_URL, otherwise the same
 * throwaway embedded server db:check uses. Each test file then creates a database of its own on it.
 */
export default async function globalSetup(): Promise<void> {
  // Only TEST_DATABASE_URL: tests create and drop databases, never on the server the app is configured for.
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    process.env.TEST_PG_ADMIN_URL = given;
    return;
  }
  const server = await startThrowawayPostgres();
  (globalThis as { __EMBEDDED_PG__?: EmbeddedDatabase }).__EMBEDDED_PG__ = server;
  process.env.TEST_PG_ADMIN_URL = server.url;
}
