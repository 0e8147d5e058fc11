import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { JOB_SCHEMA } from './job-schema';

/**
 * Creates queues that do not exist yet, through pg-boss's SQL API (pgboss.create_queue, the
 * owner's function), one process at a time: two replicas creating queues at once would each hold
 * a row of pgboss.queue while create_queue() adds a partition's foreign key to that table, and
 * deadlock (pg-boss 10's createQueue() takes no lock). The first queue listed first: a dead-letter
 * queue must exist before the queue naming it.
 */
export async function createQueues(dataSource: DataSource, queues: readonly PgBoss.Queue[]): Promise<void> {
  const existing = await dataSource.query<{ name: string }[]>(`SELECT name FROM ${JOB_SCHEMA}.queue WHERE name = ANY($1)`, [queues.map((q) => q.name)]);
  const missing = queues.filter((q) => !existing.some((e) => e.name === q.name));
  if (!missing.length) return;
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${JOB_SCHEMA}.create_queue`]);
    for (const { name, ...options } of missing) await manager.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [name, JSON.stringify(options)]);
  });
}
