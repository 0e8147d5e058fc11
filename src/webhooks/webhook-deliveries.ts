import type { DataSource } from 'typeorm';
import type { Clock } from '../services/clock';
import { WebhookDispatcher, type DispatchOptions } from './webhook-dispatcher';
import { WebhookSender, type DeliverOptions, type DeliverySummary, type SenderOptions } from './webhook-sender';

export interface PumpResult { dispatched: number; attempts: DeliverySummary }

/**
 * Webhook delivery as the job runner drives it (src/webhooks/webhook-jobs.ts): `dispatchDue()`
 * creates the deliveries of new feed entries, `deliverDue()` attempts those due by the clock,
 * `pump()` does both until nothing is left (a few rounds at most). Each is safe to run on every
 * replica at once; a test calls them directly after setting its clock.
 */
export class WebhookDeliveries {
  readonly dispatcher: WebhookDispatcher;
  readonly sender: WebhookSender;

  constructor(dataSource: DataSource, clock: Clock, options: SenderOptions) {
    this.dispatcher = new WebhookDispatcher(dataSource, clock);
    this.sender = new WebhookSender(dataSource, clock, options);
  }

  dispatchDue(options?: DispatchOptions): Promise<number> {
    return this.dispatcher.dispatchDue(options);
  }

  deliverDue(options?: DeliverOptions): Promise<DeliverySummary> {
    return this.sender.deliverDue(options);
  }

  /** Dispatches and delivers, round after round, until a round finds nothing (at most `rounds`). */
  async pump(signal?: AbortSignal, rounds = 5): Promise<PumpResult> {
    const result: PumpResult = { dispatched: 0, attempts: { DELIVERED: 0, RETRY: 0, DEAD: 0, ENDPOINT_GONE: 0, ABANDONED: 0 } };
    for (let round = 0; round < rounds && !signal?.aborted; round += 1) {
      const dispatched = await this.dispatchDue();
      const attempts = await this.deliverDue({ signal });
      result.dispatched += dispatched;
      let attempted = 0;
      for (const key of Object.keys(attempts) as Array<keyof DeliverySummary>) {
        result.attempts[key] += attempts[key];
        attempted += attempts[key];
      }
      if (dispatched === 0 && attempted === 0) break;
    }
    return result;
  }

  /** Stops the sender: attempts in flight are left to their lease (src/webhooks/webhook-sender.ts). */
  stop(): void {
    this.sender.stop();
  }
}
