import PgBoss from 'pg-boss';

/**
 * Where the job queue lives: pg-boss 10's own schema, made by the owner in migration
 * 1765300000000-JobQueue (never by the app at run time: it starts pg-boss with `migrate: false`).
 * `npm run db:check` compares the entities with schema `public` only, so this schema is outside it.
 */
export const JOB_SCHEMA = 'pgboss';

/**
 * Ours, beside pg-boss's tables: one row per scheduled queue with the last slot enqueued
 * (src/jobs/scheduler.ts). pg-boss 10 keeps a job's row (and so its singletonKey) only until it is
 * archived, hours later, which cannot make a monthly job run once; this row never goes away.
 */
export const SCHEDULE_TABLE = `${JOB_SCHEMA}.app_schedule`;

/** Every queue has one dead-letter queue, named after it: a job past its retries is copied there. */
export const DEAD_LETTER_SUFFIX = '.dead';

/** The dead-letter queue of a queue. @example deadLetterOf('fssp-lapse') // 'fssp-lapse.dead' */
export function deadLetterOf(queue: string): string {
  return `${queue}${DEAD_LETTER_SUFFIX}`;
}

/** The queue a dead-letter queue belongs to. @example queueOfDeadLetter('fssp-lapse.dead') // 'fssp-lapse' */
export function queueOfDeadLetter(deadLetter: string): string {
  return deadLetter.endsWith(DEAD_LETTER_SUFFIX) ? deadLetter.slice(0, -DEAD_LETTER_SUFFIX.length) : deadLetter;
}

/** Queue names: what pg-boss accepts and a log or a URL shows as is. */
const QUEUE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** Refuses a queue name pg-boss would store but an operator could not type (or one ending like a dead-letter queue). */
export function assertQueueName(queue: string): void {
  if (!QUEUE_NAME.test(queue)) throw new Error(`Job queue name "${queue}" must be lower-case letters, digits and hyphens, starting with a letter (at most 63)`);
}

/**
 * pg-boss's DDL for its schema at the installed version (PgBoss.getConstructionPlans), without the
 * BEGIN/COMMIT it wraps around it: the migration's own transaction takes their place, so the
 * schema and the migration's row commit together. pg-boss's advisory lock and lock_timeout stay.
 */
export function pgBossConstructionSql(): string {
  const plan = PgBoss.getConstructionPlans(JOB_SCHEMA).trim();
  if (!plan.startsWith('BEGIN;') || !plan.endsWith('COMMIT;')) {
    throw new Error('pg-boss construction plan is not BEGIN; ... COMMIT; any more: check the pg-boss upgrade before migrating');
  }
  return plan.slice('BEGIN;'.length, -'COMMIT;'.length);
}
