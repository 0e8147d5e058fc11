import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { DeadJobRepository } from './dead-jobs.repository';
import { scheduleRows } from './scheduler';

const USAGE = `usage: npm run --silent jobs:dead -- [--queue <name>] [--limit <n>] [--schedules]
  prints the jobs that failed past their retries, newest first, one JSON object a line
  --schedules  prints each scheduled queue's last slot enqueued instead`;

/**
 * `npm run jobs:dead`: the dead-letter record for an operator, from the database the app uses
 * (DATABASE_URL, or the embedded server npm start runs on EMBEDDED_PG_PORT). Read-only.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  if (args.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const limit = option('limit') === undefined ? 100 : Number(option('limit'));
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write(`--limit must be a positive integer\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const url = config.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/work_services`;
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const rows = args.includes('--schedules')
      ? await scheduleRows(dataSource.manager)
      : await new DeadJobRepository(dataSource.manager).list({ queue: option('queue'), limit });
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`jobs:dead: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
