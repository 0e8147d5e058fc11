import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { WebhookDeliveryRepository, type ClaimedDelivery, type DeliveryUpdate } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';
import { PERMISSIONS } from '../auth/roles';
import type { Clock } from '../services/clock';
import { checkWebhookUrl } from './egress-rules';
import { decideAttempt, type AttemptDecision, type WebhookAttemptOutcome } from './retry-schedule';
import type { WebhookConfig } from './webhook-config';
import { postWebhook, WEBHOOK_TIMEOUT_MS, type PostOutcome } from './webhook-http';
import { webhookHeaders } from './webhook-signing';

export interface SenderOptions {
  config: WebhookConfig;
  /** Jitter of the retry schedule: [0, 1). Injected so a test knows each delay. */
  random?: () => number;
  timeoutMs?: number;
  /** How long a claim holds a delivery (by the injected clock): past it, a sender that died is presumed dead. */
  leaseMs?: number;
}

export interface DeliverOptions {
  /** Deliveries claimed at once. */
  limit?: number;
  /** Attempts in flight at once. */
  concurrency?: number;
  /** Aborting stops the attempts in flight: they are recorded by nobody and sent again after the lease. */
  signal?: AbortSignal;
}

/** What one deliverDue did, by outcome. */
export type DeliverySummary = Record<WebhookAttemptOutcome | 'ABANDONED', number>;

/** The lease: the attempt's timeout and the time to record it, with room to spare. */
export const DEFAULT_LEASE_MS = WEBHOOK_TIMEOUT_MS + 45_000;

/**
 * The sender (issue 14 item 3): claims the deliveries due by the injected clock (FOR UPDATE SKIP
 * LOCKED, with a lease), POSTs each (signed with every secret valid at the attempt, egress
 * rules checked again), appends the attempt to the log and moves the delivery on (delivered,
 * retried on the schedule, dead; a 410 disables the endpoint). Several senders, on several
 * replicas, never send one delivery at once; one killed mid-attempt leaves its claim to expire,
 * and the next sender sends the delivery again with the same webhook-id.
 */
export class WebhookSender {
  private readonly controller = new AbortController();
  private readonly random: () => number;
  private readonly leaseMs: number;

  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly options: SenderOptions) {
    this.random = options.random ?? Math.random;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Claims and attempts the deliveries due now; answers how many came to what. */
  async deliverDue(options: DeliverOptions = {}): Promise<DeliverySummary> {
    const summary: DeliverySummary = { DELIVERED: 0, RETRY: 0, DEAD: 0, ENDPOINT_GONE: 0, ABANDONED: 0 };
    const signal = options.signal ? AbortSignal.any([this.controller.signal, options.signal]) : this.controller.signal;
    if (signal.aborted) return summary;
    const now = this.clock.now();
    const token = randomUUID();
    const claimed = await this.dataSource.transaction((manager) =>
      new WebhookDeliveryRepository(manager).claimDue(now, new Date(now.getTime() + this.leaseMs), token, options.limit ?? 50, PERMISSIONS.readChanges));
    const queue = [...claimed];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const outcome = signal.aborted ? 'ABANDONED' : await this.attempt(next, token, signal);
        summary[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, Math.max(queue.length, 1)) }, worker));
    return summary;
  }

  /**
   * Stops this sender: attempts in flight are aborted and not recorded, as if the process had
   * died; their claims expire after the lease and another sender sends them again.
   */
  stop(): void {
    this.controller.abort(new Error('the webhook sender stopped'));
  }

  private async attempt(delivery: ClaimedDelivery, token: string, signal: AbortSignal): Promise<WebhookAttemptOutcome | 'ABANDONED'> {
    const at = this.clock.now();
    const url = checkWebhookUrl(delivery.url, this.options.config);
    let post: PostOutcome;
    if (!url.ok) {
      // The allowlist (or the https rule) changed since the endpoint was registered.
      post = { result: { kind: 'error', errorClass: url.violation.constraint === 'publicAddress' ? 'BLOCKED_ADDRESS' : 'HOST_NOT_ALLOWED' }, latencyMs: 0 };
    } else {
      const secrets = await new WebhookEndpointRepository(this.dataSource.manager).signingSecrets(delivery.endpointId, at);
      try {
        post = await postWebhook(url.url, webhookHeaders(delivery.webhookId, at, secrets, delivery.body), delivery.body, {
          allowPrivateNetworks: this.options.config.allowPrivateNetworks, timeoutMs: this.options.timeoutMs, signal,
        });
      } catch (err) {
        if (signal.aborted) return 'ABANDONED';
        throw err;
      }
    }
    if (signal.aborted) return 'ABANDONED';
    const decision = decideAttempt(post.result, delivery.retryStep, this.clock.now(), this.random);
    await this.record(delivery, token, at, post, decision);
    return decision.outcome;
  }

  /**
   * The attempt appended to the log, and the delivery moved on: by this sender while the claim is
   * still its own (a sender whose lease ran out only logs what it saw), and always on a success.
   */
  private record(delivery: ClaimedDelivery, token: string, at: Date, post: PostOutcome, decision: AttemptDecision): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const endpoints = new WebhookEndpointRepository(manager);
      const deliveries = new WebhookDeliveryRepository(manager);
      // Endpoint before delivery, the order the partner's replays lock them in.
      if (decision.outcome === 'ENDPOINT_GONE') await endpoints.forUpdate(delivery.endpointId);
      const current = await deliveries.forUpdate(delivery.id);
      if (!current) return;
      await deliveries.appendAttempt({
        deliveryId: delivery.id, endpointId: delivery.endpointId, trigger: delivery.nextTrigger, attemptedAt: at, outcome: decision.outcome,
        httpStatus: post.result.kind === 'response' ? post.result.status : null,
        errorClass: post.result.kind === 'error' ? post.result.errorClass : null, latencyMs: post.latencyMs,
      });
      if (decision.outcome === 'ENDPOINT_GONE') {
        // 410 Gone: the receiver wants no more; the endpoint is disabled (when, and why: GONE) and this delivery waits for it.
        const [endpoint] = await endpoints.byIds([delivery.endpointId]);
        if (endpoint?.status === 'ACTIVE') await endpoints.setStatus(endpoint.id, 'DISABLED', 'GONE', at);
      }
      if (current.claimToken !== token && decision.outcome !== 'DELIVERED') return;
      const update: DeliveryUpdate = decision.outcome === 'DELIVERED' ? { status: 'DELIVERED' }
        : decision.outcome === 'DEAD' ? { status: 'DEAD' }
          : decision.outcome === 'RETRY' ? { status: 'PENDING', nextAttemptAt: decision.nextAttemptAt, retryStep: current.retryStep + 1 }
            : { status: 'PENDING', nextAttemptAt: at, retryStep: current.retryStep };
      await deliveries.applyAttempt(delivery.id, token, update, this.clock.now());
    });
  }
}
