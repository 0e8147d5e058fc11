import type { EntityManager } from 'typeorm';
import { scrubMessage } from '../logger';
import { selectRows } from '../repositories/sql';
import { DEAD_LETTER_SUFFIX, JOB_SCHEMA, queueOfDeadLetter } from './job-schema';

/** A job that failed past its retries, as its dead-letter queue keeps it. */
export interface DeadJob {
  /** The dead-letter copy's id (pg-boss makes a new job in `<queue>.dead`; the original's id is in the log line). */
  id: string;
  /** The queue the job failed on. */
  queue: string;
  /** The job's data: ids only, by the rule of JobData. */
  data: unknown;
  /** The last attempt's error: type and scrubbed message, as the runner stored it. */
  error: string | null;
  deadAt: Date;
  /** True once pg-boss's maintenance moved it to pgboss.archive (kept there deleteAfter, 7 days). */
  archived: boolean;
}

interface DeadJobRow { id: string; name: string; data: unknown; type: string | null; message: string | null; deadAt: Date; archived: boolean }

/**
 * The dead-letter record over pg-boss's own tables: every job in a `<queue>.dead` queue, newest
 * first, in pgboss.job (until its retention passes, about twice the queue's retentionDays) and then
 * pgboss.archive. The app's role reads these tables; the operator's command is `npm run jobs:dead`.
 *
 * @example
 * const dead = await new DeadJobRepository(dataSource.manager).list({ queue: 'fssp-lapse', limit: 20 });
 */
export class DeadJobRepository {
  constructor(private readonly db: EntityManager) {}

  async list(options: { queue?: string; limit?: number } = {}): Promise<DeadJob[]> {
    const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
    const filter = options.queue ? 'name = $1' : "right(name, length($1::text)) = $1::text";
    const parameter = options.queue ? `${options.queue}${DEAD_LETTER_SUFFIX}` : DEAD_LETTER_SUFFIX;
    // pg-boss's own failure (an attempt that expired) stores { value: { message } }; the runner's, { type, message }.
    const columns = `id, name, data, output->>'type' AS type,
      coalesce(output->>'message', output->'value'->>'message') AS message, created_on AS "deadAt"`;
    const rows = await selectRows<DeadJobRow>(this.db, `
      SELECT * FROM (
        SELECT ${columns}, false AS archived FROM ${JOB_SCHEMA}.job WHERE ${filter}
        UNION ALL
        SELECT ${columns}, true AS archived FROM ${JOB_SCHEMA}.archive WHERE ${filter}
      ) dead ORDER BY "deadAt" DESC, id LIMIT $2`, [parameter, limit]);
    return rows.map((r) => ({
      id: r.id,
      queue: queueOfDeadLetter(r.name),
      data: r.data,
      error: r.message === null ? null : `${r.type ?? 'Error'}: ${scrubMessage(r.message)}`,
      deadAt: r.deadAt,
      archived: r.archived,
    }));
  }
}
