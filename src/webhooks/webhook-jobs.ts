import { createHash } from 'node:crypto';
import type { JobModule } from '../jobs';

/** The queue whose jobs dispatch and deliver webhooks. */
export const WEBHOOK_PUMP_QUEUE = 'webhook-pump';
/** The hourly job that starts the pump again if its chain of jobs broke (a job dead past its retries). */
export const WEBHOOK_PUMP_WATCHDOG_QUEUE = 'webhook-pump-watchdog';
/** How often the pump runs: a new change is sent within about this long. */
export const PUMP_INTERVAL_MS = 5_000;

/**
 * The job id of a pump slot (slot n: the n-th PUMP_INTERVAL_MS since 1970): a UUID from a hash of
 * the slot, the same on every replica, so a slot's job is enqueued once however many replicas
 * send it (pg-boss keeps the first job with an id).
 * @example pumpSlotId(352000000) // 'c0a9…-…' (always the same for this slot)
 */
export function pumpSlotId(slot: number): string {
  const hex = createHash('sha256').update(`${WEBHOOK_PUMP_QUEUE}:${slot}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The slot an instant falls in. @example pumpSlotOf(new Date(12_345)) // 2 */
export const pumpSlotOf = (now: Date): number => Math.floor(now.getTime() / PUMP_INTERVAL_MS);

/**
 * Webhook delivery on the job queue (issue 14 items 1 and 3). A `webhook-pump` job runs
 * dispatchDue() and deliverDue() (WebhookDeliveries.pump), then enqueues the job of the next
 * slot, not before that slot begins: one chain of jobs across every replica, each slot's job
 * enqueued once (pumpSlotId), run by whichever replica fetches it. A pump killed mid-delivery
 * leaves its claims to their lease: the next pump sends them again, same webhook-id. The hourly
 * `webhook-pump-watchdog` enqueues the current slot, which starts the chain on a new database
 * and after a break. Register in JOB_MODULES (src/jobs/index.ts).
 */
export const webhookJobs: JobModule = (jobs, { services, clock, log }) => {
  const enqueue = (slot: number, startAfter?: Date) =>
    jobs.send(WEBHOOK_PUMP_QUEUE, { slot }, { id: pumpSlotId(slot), singletonKey: `${WEBHOOK_PUMP_QUEUE}:${slot}`, ...(startAfter ? { startAfter } : {}) });

  jobs.define(WEBHOOK_PUMP_QUEUE, async ({ signal }) => {
    try {
      const { dispatched, attempts } = await services.webhookDeliveries.pump(signal);
      const attempted = Object.values(attempts).reduce((a, b) => a + b, 0);
      if (dispatched || attempted) log.info({ dispatched, ...attempts }, 'webhooks dispatched and delivered');
    } finally {
      const next = pumpSlotOf(clock.now()) + 1;
      await enqueue(next, new Date(next * PUMP_INTERVAL_MS));
    }
  }, { retryLimit: 10, retryDelaySeconds: 5, expireInSeconds: 900, retentionDays: 1, pollingIntervalSeconds: 1 });

  jobs.define(WEBHOOK_PUMP_WATCHDOG_QUEUE, async () => {
    await enqueue(pumpSlotOf(clock.now()));
  }, { every: 'hour', retryDelaySeconds: 60 });
};
