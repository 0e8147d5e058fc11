import type PgBoss from 'pg-boss';
import { scrubMessage, type Logger } from '../logger';
import type { JobData, QueueDefinition } from './queue-definition';

/** What became of one attempt: done, failed and to be retried, or failed past its retries (dead-lettered). */
export type JobOutcome = 'completed' | 'retry' | 'dead';

/** Counted per queue since the process started (JobRunner.stats()). */
export interface QueueStats { completed: number; retried: number; dead: number }

/** A job being worked, so stop() can abort it and hand it back. */
export interface ActiveJob { queue: string; id: string; controller: AbortController }

/**
 * What a failed attempt stores in pg-boss (job.output, copied to the dead-letter queue): the
 * error's type and scrubbed message, never its stack, its cause or the values it quotes.
 */
export function failureOutput(err: unknown): { type: string; message: string } {
  if (err instanceof Error) return { type: err.constructor?.name ?? err.name, message: scrubMessage(err.message) };
  return { type: typeof err, message: 'a value that is not an Error was thrown' };
}

/** Rejects after `seconds` (and aborts the attempt), unless the work settles first. */
function withinSeconds<T>(work: Promise<T>, seconds: number, controller: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`the attempt ran longer than expireInSeconds (${seconds} s)`);
      controller.abort(err);
      reject(err);
    }, seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs one fetched job through its handler and completes or fails it in pg-boss, logging the
 * queue, job id and attempt (never the data) and counting the outcome.
 */
export async function runJob(boss: PgBoss, definition: QueueDefinition, job: PgBoss.JobWithMetadata<JobData>, context: { log: Logger; stats: QueueStats; active: Set<ActiveJob> }): Promise<JobOutcome> {
  const { queue, options } = definition;
  const attempt = job.retryCount + 1;
  const facts = { queue, jobId: job.id, attempt, retryLimit: job.retryLimit };
  const controller = new AbortController();
  const active: ActiveJob = { queue, id: job.id, controller };
  context.active.add(active);
  const started = performance.now();
  context.log.debug(facts, 'job started');
  try {
    let failure: { err: unknown } | null = null;
    try {
      await withinSeconds(definition.handler({ id: job.id, queue, data: job.data, attempt, retryLimit: job.retryLimit, signal: controller.signal }), options.expireInSeconds, controller);
    } catch (err) {
      failure = { err };
    }
    if (!failure) {
      await boss.complete(queue, job.id);
      context.stats.completed += 1;
      context.log.info({ ...facts, ms: Math.round(performance.now() - started) }, 'job completed');
      return 'completed';
    }
    await boss.fail(queue, job.id, failureOutput(failure.err));
    if (job.retryCount >= job.retryLimit) {
      context.stats.dead += 1;
      context.log.error({ ...facts, err: failure.err, deadLetter: definition.deadLetter }, 'job failed past its retries: copied to the dead-letter queue (npm run jobs:dead)');
      return 'dead';
    }
    context.stats.retried += 1;
    context.log.warn({ ...facts, err: failure.err }, 'job failed: it will be retried after its backoff');
    return 'retry';
  } finally {
    context.active.delete(active);
  }
}

/**
 * One worker of one queue: fetch a job, run it, and when the queue is empty wait
 * pollingIntervalSeconds (or until notify(): a send in this process). stop() ends the loop after
 * the job in hand.
 */
export class QueueLoop {
  private stopping = false;
  private wake: (() => void) | null = null;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly work: () => Promise<boolean>, private readonly intervalMs: number, private readonly log: Logger, private readonly queue: string) {}

  start(): void {
    this.done = this.run();
  }

  /** Polls now instead of at the end of the wait. */
  notify(): void {
    this.wake?.();
  }

  /** Resolves once the job in hand (if any) is finished. */
  stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    return this.done;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let worked = false;
      try {
        worked = await this.work();
      } catch (err) {
        this.log.error({ err, queue: this.queue }, 'job queue worker failed; it polls again after its interval');
      }
      if (!worked && !this.stopping) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.wake = null; resolve(); }, this.intervalMs);
      this.wake = () => { clearTimeout(timer); this.wake = null; resolve(); };
    });
  }
}
