import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';

/**
 * pg-boss's statements on the app's own pool (pg-boss's "bring your own database": `db.executeSql`),
 * as the app's role, without a pool of its own and without TypeORM's query log (a poll every few
 * seconds per queue would fill it). The pool is looked up on every call: a DataSource closed and
 * opened again has a new one. pg-boss swallows a failed fetch (it returns no jobs), so every
 * failure is logged here, scrubbed (src/logger.ts safeError), before it is passed on.
 */
export function poolDb(dataSource: DataSource, log: Logger): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const pool = (dataSource.driver as unknown as { master?: Pool }).master;
      if (!dataSource.isInitialized || !pool) throw new Error('The job queue\'s database connection is closed');
      try {
        return await pool.query(text, values);
      } catch (err) {
        log.warn({ err }, 'job queue statement failed');
        throw err;
      }
    },
  };
}

/**
 * The same inside a caller's transaction, so a job is enqueued if and only if the change that
 * asks for it commits (an outbox without a second table): `jobs.send(queue, data, { manager })`.
 */
export function transactionDb(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('jobs.send({ manager }) needs the EntityManager of an open transaction (dataSource.transaction(m => ...))');
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await runner.query(text, values, true);
      return { rows: Array.isArray(result.records) ? result.records : [] };
    },
  };
}
