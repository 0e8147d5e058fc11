import 'reflect-metadata';
import { startThrowawayPostgres } from '../db/embedded-postgres';
import { pendingSchemaChanges } from '../db/schema-check';

/**
 * `npm run db:check`: migrates a fresh database and fails when TypeORM would still change it to
 * match the entities, printing the queries `migration:generate` would write. Uses the server
 * TEST_DATABASE_URL names (a throwaway database on it), otherwise a throwaway embedded server.
 */
async function main(): Promise<number> {
  const given = process.env.TEST_DATABASE_URL;
  const server = given ? null : await startThrowawayPostgres();
  try {
    const pending = await pendingSchemaChanges(given ?? server!.url);
    if (!pending.length) {
      process.stdout.write('db:check: entities and migrations agree\n');
      return 0;
    }
    process.stdout.write(`db:check: the entities differ from the migrated schema; a migration would run:\n${pending.map((q) => `  ${q};`).join('\n')}\n`);
    return 1;
  } finally {
    await server?.stop();
  }
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`db:check failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(2);
});
