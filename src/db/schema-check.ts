import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { selectRows } from '../repositories/sql';
import { openDatabase } from './data-source';

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/**
 * What TypeORM would change to make a freshly migrated database match the entities: the queries
 * `migration:generate` would write. Empty means entities and migrations agree. Creates a
 * database of its own on the server `adminUrl` names and drops it afterwards, whatever happens.
 *
 * @example
 * const pending = await pendingSchemaChanges('postgres://postgres@127.0.0.1:5432/postgres');
 * if (pending.length) console.log(pending.join(';\n'));
 */
export async function pendingSchemaChanges(adminUrl: string): Promise<string[]> {
  const name = `db_check_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dataSource = await openDatabase({ url: url.toString(), poolSize: 2 });
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      // The schema builder only looks at tables that have an entity; a table without one is a
      // disagreement too (it would be dropped by nobody, read by raw SQL only).
      const mapped = new Set(dataSource.entityMetadatas.map((m) => m.tableName));
      mapped.add(dataSource.options.migrationsTableName ?? 'migrations');
      const tables = await selectRows<{ name: string }>(dataSource.manager,
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`);
      const unmapped = tables.filter((t) => !mapped.has(t.name)).map((t) => `-- table "${t.name}" has no entity in src/entities`);
      return [...unmapped, ...sql.upQueries.map((q) => q.query)];
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await admin(adminUrl, `DROP DATABASE ${name} WITH (FORCE)`);
  }
}
