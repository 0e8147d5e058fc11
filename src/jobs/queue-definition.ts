import type PgBoss from 'pg-boss';
import { deadLetterOf } from './job-schema';
import type { Cadence } from './slots';

/**
 * A job's data: JSON, stored in pgboss.job and shown by `npm run jobs:dead`. Ids only (a case id,
 * an endpoint id, a change-feed position), never personal data: the handler reads the rest.
 */
export type JobData = Record<string, string | number | boolean | null | readonly string[]>;

/** What a handler is given for one attempt of one job. */
export interface JobContext<T extends JobData = JobData> {
  /** The job's id (pg-boss's uuid): the same on every attempt, so an idempotency key. */
  id: string;
  queue: string;
  data: T;
  /** 1 on the first try, retryLimit + 1 on the last. */
  attempt: number;
  retryLimit: number;
  /** Aborted when the attempt outlives expireInSeconds or the runner stops: pass it to fetch() and the like. */
  signal: AbortSignal;
}

/**
 * Does the work of one job. Resolving completes the job; throwing (or timing out) fails this
 * attempt: it is retried after the backoff, and past retryLimit copied to the dead-letter queue.
 * A handler may run more than once for one job (a replica dies mid-job, the job expires and is
 * retried), so it must be idempotent. Its result is not stored (it could hold personal data).
 */
export type JobHandler<T extends JobData = JobData> = (job: JobContext<T>) => Promise<unknown>;

/** How a queue's jobs are retried, timed out, kept, worked and scheduled. */
export interface QueueOptions {
  /** Retries after the first attempt (default 3): retryLimit + 1 attempts in all. */
  retryLimit?: number;
  /**
   * Seconds before the first retry (default 30). With retryBackoff (the default) the n-th retry
   * waits between retryDelaySeconds * 2^(n-1) and twice that (pg-boss adds the jitter).
   */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** An attempt running longer fails (and its signal aborts); default 15 minutes, pg-boss's limit under 24 hours. */
  expireInSeconds?: number;
  /** A job not started within this many days is dropped to the archive (default 14). */
  retentionDays?: number;
  /** Jobs of this queue worked at once by each process (default 1). */
  concurrency?: number;
  /** Seconds between polls of an idle queue (default 2; a send in this process wakes it at once). */
  pollingIntervalSeconds?: number;
  /** A job per slot of this cadence, enqueued once across every replica (src/jobs/scheduler.ts). */
  every?: Cadence;
}

export interface QueueDefinition {
  queue: string;
  deadLetter: string;
  handler: JobHandler;
  options: Required<Omit<QueueOptions, 'every'>> & Pick<QueueOptions, 'every'>;
}

export const QUEUE_DEFAULTS: Required<Omit<QueueOptions, 'every'>> = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  retentionDays: 14,
  concurrency: 1,
  pollingIntervalSeconds: 2,
};

function positiveInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Job queue option ${name} must be an integer from ${min} to ${max}, not ${value}`);
}

/** The options with their defaults, checked (a mistake is a start-up error, not a stuck queue). */
export function resolveQueueOptions(queue: string, handler: JobHandler, options: QueueOptions = {}): QueueDefinition {
  const resolved = { ...QUEUE_DEFAULTS, ...options };
  positiveInteger('retryLimit', resolved.retryLimit, 0, 100);
  positiveInteger('retryDelaySeconds', resolved.retryDelaySeconds, 1, 86_400);
  positiveInteger('expireInSeconds', resolved.expireInSeconds, 1, 24 * 3600 - 1);
  positiveInteger('retentionDays', resolved.retentionDays, 1, 365);
  positiveInteger('concurrency', resolved.concurrency, 1, 50);
  if (!(resolved.pollingIntervalSeconds >= 0.5 && resolved.pollingIntervalSeconds <= 600)) throw new Error('Job queue option pollingIntervalSeconds must be from 0.5 to 600');
  return { queue, deadLetter: deadLetterOf(queue), handler, options: resolved };
}

/** The queue row pg-boss keeps (pgboss.queue): what an operator reads there. */
export function queueRowOf(definition: QueueDefinition): PgBoss.Queue {
  const { options } = definition;
  return {
    name: definition.queue,
    policy: 'standard',
    deadLetter: definition.deadLetter,
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: options.retryBackoff,
    expireInSeconds: options.expireInSeconds,
    retentionMinutes: options.retentionDays * 24 * 60,
  };
}

/** The same settings on each job sent, so a job behaves as its definition says whatever the queue row holds. */
export function sendOptionsOf(definition: QueueDefinition): PgBoss.SendOptions {
  const { options } = definition;
  return {
    deadLetter: definition.deadLetter,
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: options.retryBackoff,
    expireInSeconds: options.expireInSeconds,
    retentionDays: options.retentionDays,
  };
}
