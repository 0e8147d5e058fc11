import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import type { Clock } from '../services/clock';
import { DeadJobRepository, type DeadJob } from './dead-jobs.repository';
import { assertQueueName, JOB_SCHEMA } from './job-schema';
import { poolDb, transactionDb } from './pg-boss-db';
import { queueRowOf, resolveQueueOptions, sendOptionsOf, type JobData, type JobHandler, type QueueDefinition, type QueueOptions } from './queue-definition';
import { QueueLoop, runJob, type ActiveJob, type JobOutcome, type QueueStats } from './queue-loop';
import { createQueues } from './queue-setup';
import { scheduleRows, tickScheduled, type ScheduleRow } from './scheduler';

export interface JobRunnerDependencies {
  /** The app's DataSource (its role): pg-boss runs on its pool, handlers' transactions on it too. */
  dataSource: DataSource;
  /** Decides the scheduled slots (src/jobs/slots.ts); handlers take their own from the services. */
  clock: Clock;
  log: Logger;
  /** How long stop() waits for jobs in hand before aborting them and handing them back (default 10 s). */
  stopTimeoutMs?: number;
}

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists if and only if the transaction commits. */
  manager?: EntityManager;
  /** Not before this instant (the database's clock decides when it has come). */
  startAfter?: Date;
  /** A label shown with the job (a standard queue does not deduplicate by it). */
  singletonKey?: string;
  /** The job's uuid: a second send with the same id is ignored (returns null) while the first is kept. */
  id?: string;
}

/** Scheduled queues are checked this often; a slot is claimed at the first tick inside it. */
const TICK_MS = 60_000;

/**
 * The job runner: queues on PostgreSQL through pg-boss 10, each with retries, exponential backoff,
 * an expiry, a dead-letter queue and optionally a cadence (run once per slot across replicas).
 * Modules register their queues before start(); sending works whether or not this process works
 * jobs (JOBS=off still enqueues; a worker elsewhere runs them).
 *
 * @example
 * // In a module's job registration (src/jobs/index.ts JOB_MODULES):
 * jobs.define<{ deliveryId: string }>('webhook-delivery', async ({ data, attempt, signal }) => {
 *   await deliveries.attempt(data.deliveryId, attempt, signal); // throw to retry with backoff
 * }, { retryLimit: 10, retryDelaySeconds: 60, expireInSeconds: 30, concurrency: 4 });
 * // In a service, in the transaction that makes the change:
 * await dataSource.transaction(async (manager) => {
 *   const deliveryId = await repository.insertDelivery(manager, ...);
 *   await jobs.send('webhook-delivery', { deliveryId }, { manager });
 * });
 */
export class JobRunner {
  private readonly definitions = new Map<string, QueueDefinition>();
  private readonly queuesReady = new Map<string, Promise<void>>();
  private readonly loops = new Map<string, QueueLoop[]>();
  private readonly counters = new Map<string, QueueStats>();
  private readonly active = new Set<ActiveJob>();
  private readonly boss: PgBoss;
  private maintenance: PgBoss | null = null;
  private timer: NodeJS.Timeout | null = null;
  private state: 'idle' | 'starting' | 'started' | 'stopping' | 'stopped' = 'idle';
  private starting: Promise<void> | null = null;
  private stopping: Promise<void> | null = null;
  private ticking: Promise<string[]> | null = null;
  private working = false;

  constructor(private readonly deps: JobRunnerDependencies) {
    this.boss = this.newBoss(false);
  }

  /**
   * Registers a queue and its handler. Call before start() (a queue defined later is created and,
   * in a working process, worked at once). Names: lower-case letters, digits, hyphens.
   */
  define<T extends JobData = JobData>(queue: string, handler: JobHandler<T>, options?: QueueOptions): void {
    assertQueueName(queue);
    if (this.definitions.has(queue)) throw new Error(`Job queue "${queue}" is defined twice`);
    const definition = resolveQueueOptions(queue, handler as unknown as JobHandler, options);
    this.definitions.set(queue, definition);
    this.counters.set(queue, { completed: 0, retried: 0, dead: 0 });
    if (this.state === 'started') {
      void this.ensureQueue(definition).then(() => { if (this.working) this.startLoops(definition); })
        .catch((err) => this.deps.log.error({ err, queue }, 'job queue could not be created'));
    }
  }

  /**
   * Enqueues a job on a defined queue with the queue's retry, expiry and dead-letter settings.
   * Returns the job's id, or null when `id` names a job already there.
   */
  async send<T extends JobData>(queue: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const definition = this.definitionOf(queue);
    await this.ensureQueue(definition);
    const id = await this.boss.send(queue, data, {
      ...sendOptionsOf(definition),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.id ? { id: options.id } : {}),
      ...(options.manager ? { db: transactionDb(options.manager) } : {}),
    });
    if (id && !options.manager) this.notify(queue);
    return id;
  }

  /**
   * Checks the schema (pg-boss with migrate: false: the owner's migration made it), creates the
   * defined queues, and with `work` runs their workers, pg-boss's maintenance (expiry, archive)
   * and the scheduler (a first tick now, then every minute). main.ts calls it after listen.
   */
  async start(options: { work: boolean }): Promise<void> {
    if (this.state !== 'idle') return this.starting ?? undefined;
    this.state = 'starting';
    this.starting = this.startNow(options.work);
    return this.starting;
  }

  /** Stops the scheduler and the workers, waits for the jobs in hand (stopTimeoutMs), then hands back any still running. */
  stop(): Promise<void> {
    if (this.state === 'idle' || this.state === 'stopped') {
      this.state = 'stopped';
      return Promise.resolve();
    }
    this.stopping ??= this.stopNow();
    return this.stopping;
  }

  /**
   * Claims and enqueues the current slot of every scheduled queue (src/jobs/scheduler.ts) and
   * returns the slot keys this replica enqueued. The runner calls it every minute; a test calls it
   * after setting its clock.
   */
  tick(): Promise<string[]> {
    this.ticking ??= this.tickNow().finally(() => { this.ticking = null; });
    return this.ticking;
  }

  /**
   * Fetches and runs one job of a queue now, as a worker would: for tests and operators.
   * `ignoreStartAfter` takes a job waiting out its backoff. Null when there is none.
   */
  async workOnce(queue: string, options: { ignoreStartAfter?: boolean } = {}): Promise<{ id: string; outcome: JobOutcome } | null> {
    const definition = this.definitionOf(queue);
    await this.ensureQueue(definition);
    return this.workNext(definition, options.ignoreStartAfter ?? false);
  }

  /** Jobs past their retries, newest first (src/jobs/dead-jobs.repository.ts). */
  deadJobs(options: { queue?: string; limit?: number } = {}): Promise<DeadJob[]> {
    return new DeadJobRepository(this.deps.dataSource.manager).list(options);
  }

  /** Each scheduled queue's last slot enqueued. */
  schedules(): Promise<ScheduleRow[]> {
    return scheduleRows(this.deps.dataSource.manager);
  }

  /** Outcomes counted by this process since it started, per queue. */
  stats(): Record<string, QueueStats> {
    return Object.fromEntries([...this.counters].map(([queue, s]) => [queue, { ...s }]));
  }

  /** Whether this process works jobs, and how many workers run. */
  status(): { state: string; working: boolean; workers: number; queues: string[] } {
    return { state: this.state, working: this.working, workers: [...this.loops.values()].flat().length, queues: [...this.definitions.keys()] };
  }

  private newBoss(supervise: boolean): PgBoss {
    const boss = new PgBoss({
      db: poolDb(this.deps.dataSource, this.deps.log),
      schema: JOB_SCHEMA,
      migrate: false,
      schedule: false,
      supervise,
      // A failed job stays in pgboss.job (state failed) a week; its dead-letter copy longer.
      archiveFailedAfterSeconds: 7 * 24 * 3600,
    });
    boss.on('error', (err) => this.deps.log.error({ err }, 'job queue maintenance failed'));
    return boss;
  }

  private async startNow(work: boolean): Promise<void> {
    try {
      await this.boss.start();
    } catch (err) {
      this.state = 'idle';
      throw new Error(`The job queue schema "${JOB_SCHEMA}" is not what pg-boss 10 expects (${err instanceof Error ? err.message : String(err)}): the owner's migrations make it (src/migrations/1765300000000-JobQueue.ts)`, { cause: err });
    }
    for (const definition of this.definitions.values()) await this.ensureQueue(definition);
    if (work) {
      this.working = true;
      this.maintenance = this.newBoss(true);
      await this.maintenance.start();
      for (const definition of this.definitions.values()) this.startLoops(definition);
      await this.tick();
      this.timer = setInterval(() => { void this.tick(); }, TICK_MS);
      this.timer.unref();
    }
    if (this.state === 'starting') this.state = 'started';
    this.deps.log.info({ working: this.working, queues: [...this.definitions.keys()] }, 'job runner started');
  }

  private async stopNow(): Promise<void> {
    this.state = 'stopping';
    await this.starting?.catch(() => undefined);
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    const loops = [...this.loops.values()].flat();
    this.loops.clear();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all(loops.map((loop) => loop.stop())).then(() => true),
      new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), this.deps.stopTimeoutMs ?? 10_000); }),
    ]).finally(() => clearTimeout(timer));
    if (!finished) {
      // As pg-boss does at shutdown: the job goes back to be retried, here or on another replica.
      for (const job of this.active) {
        job.controller.abort(new Error('the job runner stopped'));
        await this.boss.fail(job.queue, job.id, { type: 'Shutdown', message: 'the process stopped while the job ran' }).catch(() => undefined);
      }
    }
    await this.maintenance?.stop({ graceful: false });
    await this.boss.stop({ graceful: false });
    this.working = false;
    this.state = 'stopped';
    this.deps.log.info('job runner stopped');
  }

  private tickNow(): Promise<string[]> {
    return tickScheduled([...this.definitions.values()], this.deps.dataSource, this.deps.clock.now(), this.deps.log, {
      enqueue: (queue, manager, singletonKey) => this.send(queue, { slot: singletonKey }, { manager, singletonKey }),
      notify: (queue) => this.notify(queue),
    });
  }

  private definitionOf(queue: string): QueueDefinition {
    const definition = this.definitions.get(queue);
    if (!definition) throw new Error(`No job queue "${queue}": define it first (jobs.define)`);
    return definition;
  }

  /** The queue and its dead-letter queue exist in pgboss.queue (pgboss.create_queue, the owner's function) with the definition's settings. */
  private ensureQueue(definition: QueueDefinition): Promise<void> {
    let ready = this.queuesReady.get(definition.queue);
    if (!ready) {
      const row = queueRowOf(definition);
      ready = (async () => {
        await createQueues(this.deps.dataSource, [{ name: definition.deadLetter, policy: 'standard', retentionMinutes: row.retentionMinutes }, row]);
        await this.boss.updateQueue(definition.queue, row);
      })();
      // A failure (the database is away) is tried again by the next send.
      ready.catch(() => this.queuesReady.delete(definition.queue));
      this.queuesReady.set(definition.queue, ready);
    }
    return ready;
  }

  private startLoops(definition: QueueDefinition): void {
    if (this.loops.has(definition.queue)) return;
    const { concurrency, pollingIntervalSeconds } = definition.options;
    const loops = Array.from({ length: concurrency }, () =>
      new QueueLoop(async () => (await this.workNext(definition, false)) !== null, pollingIntervalSeconds * 1000, this.deps.log, definition.queue));
    this.loops.set(definition.queue, loops);
    for (const loop of loops) loop.start();
  }

  private async workNext(definition: QueueDefinition, ignoreStartAfter: boolean): Promise<{ id: string; outcome: JobOutcome } | null> {
    const [job] = await this.boss.fetch<JobData>(definition.queue, { includeMetadata: true, batchSize: 1, ignoreStartAfter });
    if (!job) return null;
    const outcome = await runJob(this.boss, definition, job, { log: this.deps.log, stats: this.counters.get(definition.queue)!, active: this.active });
    return { id: job.id, outcome };
  }

  private notify(queue: string): void {
    for (const loop of this.loops.get(queue) ?? []) loop.notify();
  }
}
