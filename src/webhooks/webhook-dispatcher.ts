import type { DataSource } from 'typeorm';
import { WebhookDeliveryRepository, type NewWebhookDelivery } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';
import type { Clock } from '../services/clock';
import { deliveredTopics } from './webhook-rules';
import { newWebhookId, webhookBody, webhookEventType } from './webhook-signing';

export interface DispatchOptions {
  /** Feed entries read per statement. */
  pageSize?: number;
  /** Pages per endpoint per call, so one endpoint with a long backlog does not hold the others up. */
  maxPages?: number;
}

/**
 * The dispatcher (issue 14 item 3): for each active endpoint, pages the change feed from the
 * endpoint's stored cursor with the rules `changes` applies to its owner (the owner's office, the
 * topics the owner's role reads, the endpoint's topics) and creates one delivery per entry, each
 * with its own webhook-id, then moves the cursor, in one transaction per page.
 *
 * Safe on every replica at once: an endpoint is worked by one dispatcher at a time (FOR UPDATE
 * SKIP LOCKED: the other goes on to the next endpoint), and UNIQUE (endpoint, feed entry) makes
 * a delivery created twice impossible even so.
 */
export class WebhookDispatcher {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** Creates the deliveries due; answers how many. */
  async dispatchDue(options: DispatchOptions = {}): Promise<number> {
    const pageSize = options.pageSize ?? 200;
    const maxPages = options.maxPages ?? 10;
    let created = 0;
    for (const id of await new WebhookEndpointRepository(this.dataSource.manager).activeIds()) {
      for (let page = 0; page < maxPages; page += 1) {
        const step = await this.dispatchPage(id, pageSize);
        created += step.created;
        if (!step.more) break;
      }
    }
    return created;
  }

  /** One page of one endpoint: its deliveries and its new cursor commit together. */
  private dispatchPage(endpointId: string, pageSize: number): Promise<{ created: number; more: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const endpoints = new WebhookEndpointRepository(manager);
      const endpoint = await endpoints.lockForDispatch(endpointId);
      if (!endpoint) return { created: 0, more: false };
      const topics = deliveredTopics(endpoint.topics, { role: endpoint.ownerRole, active: endpoint.ownerActive });
      // An owner who may no longer read the feed is sent nothing, and its place is kept.
      if (topics.length === 0) return { created: 0, more: false };
      const cursor = { txId: endpoint.cursorTxId, position: endpoint.cursorPosition };
      const { rows, end } = await endpoints.feedPage(endpoint.ownerOfficeId, topics, cursor, pageSize);
      const now = this.clock.now();
      const deliveries: NewWebhookDelivery[] = rows.map((row) => ({
        webhookId: newWebhookId(), endpointId: endpoint.id, changePosition: row.position, changeTxId: row.txId,
        eventType: webhookEventType(row.subjectType), body: webhookBody(row), createdAt: now,
      }));
      const created = await new WebhookDeliveryRepository(manager).insertDue(deliveries, now);
      const full = rows.length === pageSize;
      const last = rows.at(-1);
      await endpoints.advanceCursor(endpoint.id, full && last ? { txId: last.txId, position: last.position } : end);
      return { created, more: full };
    });
  }
}
