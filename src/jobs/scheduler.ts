import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import { selectRow, selectRows } from '../repositories/sql';
import type { QueueDefinition } from './queue-definition';
import { SCHEDULE_TABLE } from './job-schema';
import { isLaterSlot, slotKey, slotOf, type Cadence } from './slots';

/** A queue with a cadence, and how to enqueue its job inside the claiming transaction. */
export interface ScheduledQueue {
  queue: string;
  every: Cadence;
  enqueue(manager: EntityManager, singletonKey: string): Promise<string | null>;
}

/**
 * Scheduled work runs once across replicas: every replica's scheduler ticks (on start, then every
 * minute), computes each scheduled queue's current slot from its injected clock (src/jobs/slots.ts)
 * and claims it here. The claim and the job commit in one transaction, under the row lock of the
 * queue's one row in pgboss.app_schedule:
 * - the row is made if missing (INSERT ... ON CONFLICT DO NOTHING: two replicas make one);
 * - SELECT ... FOR UPDATE: the second replica waits for the first to commit, then reads its slot;
 * - only a slot later than the one recorded (isLaterSlot, the pure rule) is recorded and enqueued.
 * So N replicas enqueue one job per slot, whatever pg-boss later archives; a worker on any replica
 * runs it (and its retries). pg-boss's own cron (`schedule()`) would read the database's clock,
 * which a test cannot set; this reads the app's, so the monthly job is testable at any date.
 *
 * Returns the slot key enqueued (`obligation-refresh:2026-12`), or null when another replica (or
 * an earlier tick) already did.
 */
export async function claimSlot(dataSource: DataSource, scheduled: ScheduledQueue, now: Date): Promise<string | null> {
  const slot = slotOf(scheduled.every, now);
  return dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO ${SCHEDULE_TABLE} (queue) VALUES ($1) ON CONFLICT (queue) DO NOTHING`, [scheduled.queue]);
    const row = await selectRow<{ slot: string | null }>(manager, `SELECT slot FROM ${SCHEDULE_TABLE} WHERE queue = $1 FOR UPDATE`, [scheduled.queue]);
    if (!isLaterSlot(slot, row?.slot ?? null)) return null;
    const key = slotKey(scheduled.queue, slot);
    const jobId = await scheduled.enqueue(manager, key);
    await manager.query(`UPDATE ${SCHEDULE_TABLE} SET slot = $2, job_id = $3, claimed_at = $4 WHERE queue = $1`, [scheduled.queue, slot, jobId, now]);
    return key;
  });
}

/**
 * One tick of a replica's scheduler: claims the current slot of each scheduled queue, enqueues
 * its job in the claim's transaction, wakes this process's workers of that queue, and returns the
 * slot keys this replica enqueued. A failure is logged and left to the next tick.
 */
export async function tickScheduled(definitions: readonly QueueDefinition[], dataSource: DataSource, now: Date, log: Logger, runner: {
  enqueue(queue: string, manager: EntityManager, singletonKey: string): Promise<string | null>;
  notify(queue: string): void;
}): Promise<string[]> {
  const claimed: string[] = [];
  for (const { queue, options: { every } } of definitions) {
    if (!every) continue;
    try {
      const key = await claimSlot(dataSource, { queue, every, enqueue: (manager, singletonKey) => runner.enqueue(queue, manager, singletonKey) }, now);
      if (!key) continue;
      claimed.push(key);
      runner.notify(queue);
      log.info({ queue, slot: key }, 'scheduled job enqueued');
    } catch (err) {
      log.error({ err, queue }, 'scheduling failed: the next tick tries again');
    }
  }
  return claimed;
}

/** What an operator reads: each scheduled queue's last slot, its job and when it was claimed (the app's clock). */
export interface ScheduleRow { queue: string; slot: string | null; jobId: string | null; claimedAt: Date | null }

export function scheduleRows(manager: EntityManager): Promise<ScheduleRow[]> {
  return selectRows<ScheduleRow>(manager, `SELECT queue, slot, job_id AS "jobId", claimed_at AS "claimedAt" FROM ${SCHEDULE_TABLE} ORDER BY queue`);
}

