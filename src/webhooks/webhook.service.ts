import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { CHANGE_TOPICS, type ChangeTopic } from '../change-feed/change-topics';
import type { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from '../entities/webhook.entity';
import { badInputs, forbidden, notFound, type InvalidInput } from '../errors';
import type { FeedCursor } from '../repositories/change-event.repository';
import { WebhookDeliveryRepository, type DeliveryStatus } from '../repositories/webhook-delivery.repository';
import { WebhookEndpointRepository, type EndpointScope, type WebhookSecretInfo } from '../repositories/webhook-endpoint.repository';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import { checkWebhookUrl } from './egress-rules';
import type { WebhookConfig } from './webhook-config';
import { DEFAULT_PREVIOUS_SECRET_HOURS, endpointViolations, MAX_ENDPOINTS_PER_PARTNER, rotationViolations } from './webhook-rules';
import { newWebhookSecret } from './webhook-signing';

/** An endpoint and its new secret: the only answer that ever shows a secret. */
export interface EndpointWithSecret { endpoint: WebhookEndpointEntity; secret: string }

function refuse(what: string, violations: InvalidInput[]): void {
  if (violations.length > 0) throw badInputs(`Invalid ${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

const HOUR_MS = 3600_000;

/**
 * Webhook endpoints as a partner manages them (issue 14 item 3): register (URL, topics; the secret
 * shown once), rotate the secret (the previous one signs until it expires), disable and enable,
 * replay a delivery or everything after a feed position. Only the PARTNER who owns an endpoint
 * changes it; the partner reads its own, supervisors and managers their office's, WSTA all.
 * Sending is WebhookSender's (webhook-sender.ts), dispatching WebhookDispatcher's.
 */
export class WebhookService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly config: WebhookConfig) {}

  async register(user: CurrentUser, request: { url: string; topics: readonly ChangeTopic[] }): Promise<EndpointWithSecret> {
    AccessPolicy.assertMay(user, 'manageWebhooks');
    return writeTransaction(this.dataSource, async (manager) => {
      // One registration of an owner at a time, so two at once cannot pass the limit together.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhook-endpoints:${user.id}`]);
      const endpoints = new WebhookEndpointRepository(manager);
      refuse('webhook endpoint', endpointViolations(request, user.role, await endpoints.countOwned(user.id), this.config));
      const url = checkWebhookUrl(request.url, this.config);
      if (!url.ok) throw new Error('checked above');
      const now = this.clock.now();
      const head = await endpoints.feedHead();
      const secret = newWebhookSecret();
      const endpoint = await endpoints.insert({
        officeId: user.officeId, ownerId: user.id, url: url.url.href, topics: CHANGE_TOPICS.filter((t) => request.topics.includes(t)),
        status: 'ACTIVE', disabledAt: null, disabledCause: null, cursorTxId: head.txId, cursorPosition: head.position, createdAt: now, updatedAt: now,
      }, { secret, createdAt: now, expiresAt: null });
      return { endpoint, secret };
    });
  }

  /** A new secret; the current one keeps signing for `previousSecretValidForHours` (0: stops now, e.g. after a leak). */
  async rotateSecret(user: CurrentUser, request: { endpointId: string; previousSecretValidForHours?: number | null }): Promise<EndpointWithSecret> {
    AccessPolicy.assertMay(user, 'manageWebhooks');
    const hours = request.previousSecretValidForHours ?? DEFAULT_PREVIOUS_SECRET_HOURS;
    refuse('rotation', rotationViolations(hours));
    return writeTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.ownEndpoint(manager, user, request.endpointId);
      const now = this.clock.now();
      const secret = newWebhookSecret();
      await new WebhookEndpointRepository(manager).rotate(endpoint.id, secret, now, new Date(now.getTime() + hours * HOUR_MS));
      return { endpoint, secret };
    });
  }

  /** Stops deliveries to the endpoint (those due wait; nothing new is dispatched) until it is enabled. */
  async disable(user: CurrentUser, endpointId: string): Promise<WebhookEndpointEntity> {
    AccessPolicy.assertMay(user, 'manageWebhooks');
    return writeTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.ownEndpoint(manager, user, endpointId);
      const endpoints = new WebhookEndpointRepository(manager);
      if (endpoint.status === 'ACTIVE') await endpoints.setStatus(endpoint.id, 'DISABLED', 'BY_OWNER', this.clock.now());
      return (await endpoints.byIds([endpoint.id]))[0];
    });
  }

  /**
   * Delivers again: the deliveries waiting go now, and the dispatcher goes on from where it
   * stopped (the changes made meanwhile are delivered). The URL must still pass the egress rules.
   */
  async enable(user: CurrentUser, endpointId: string): Promise<WebhookEndpointEntity> {
    AccessPolicy.assertMay(user, 'manageWebhooks');
    return writeTransaction(this.dataSource, async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhook-endpoints:${user.id}`]);
      const endpoint = await this.ownEndpoint(manager, user, endpointId);
      const endpoints = new WebhookEndpointRepository(manager);
      if (endpoint.status === 'ACTIVE') return endpoint;
      const url = checkWebhookUrl(endpoint.url, this.config);
      refuse('webhook endpoint', url.ok ? [] : [url.violation]);
      if (endpoint.disabledCause === 'BY_OWNER' && (await endpoints.countOwned(user.id)) >= MAX_ENDPOINTS_PER_PARTNER) {
        refuse('webhook endpoint', [{ field: 'endpointId', constraint: 'maxEndpoints', message: `A partner has at most ${MAX_ENDPOINTS_PER_PARTNER} webhook endpoints; disable one first` }]);
      }
      const now = this.clock.now();
      await endpoints.setStatus(endpoint.id, 'ACTIVE', null, now);
      await new WebhookDeliveryRepository(manager).dueNow(endpoint.id, now);
      return (await endpoints.byIds([endpoint.id]))[0];
    });
  }

  /** A new attempt now, same webhook-id and body, on a fresh retry schedule (a delivered one is sent again). */
  async replayDelivery(user: CurrentUser, deliveryId: string): Promise<WebhookDeliveryEntity> {
    AccessPolicy.assertMay(user, 'manageWebhooks');
    assertRecordId('Webhook delivery', deliveryId);
    return writeTransaction(this.dataSource, async (manager) => {
      const deliveries = new WebhookDeliveryRepository(manager);
      const delivery = await deliveries.forUpdate(deliveryId);
      if (!delivery) throw notFound('Webhook delivery', deliveryId);
      await this.ownEndpoint(manager, user, delivery.endpointId);
      await deliveries.requeue(delivery.id, this.clock.now());
      return (await deliveries.byIds([delivery.id]))[0];
    });
  }

  /**
   * Everything after a feed position again: each delivery after it is requeued now (same
   * webhook-ids), and the dispatcher goes back to the position, so entries after it that have no
   * delivery yet (before the endpoint was registered) get one. Answers how many were requeued.
   */
  async replayFrom(user: CurrentUser, endpointId: string, after: FeedCursor): Promise<{ endpoint: WebhookEndpointEntity; requeued: number }> {
    AccessPolicy.assertMay(user, 'manageWebhooks');
    return writeTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.ownEndpoint(manager, user, endpointId);
      const now = this.clock.now();
      const requeued = await new WebhookDeliveryRepository(manager).requeueAfter(endpoint.id, after, now);
      const endpoints = new WebhookEndpointRepository(manager);
      await endpoints.rewindCursor(endpoint.id, after, now);
      return { endpoint: (await endpoints.byIds([endpoint.id]))[0], requeued };
    });
  }

  /** Which endpoints the user reads: a PARTNER its own, WSTA every office's, a supervisor or manager its office's. */
  scopeOf(user: CurrentUser): EndpointScope {
    AccessPolicy.assertMay(user, 'readWebhooks');
    if (user.role === 'PARTNER') return { ownerId: user.id, officeId: null };
    return { ownerId: null, officeId: AccessPolicy.officeScope(user, null) };
  }

  /** node(id): an endpoint the user reads; NOT_FOUND, then FORBIDDEN outside the user's scope (as webhookEndpoints reads). */
  async endpointForRead(user: CurrentUser, endpointId: string): Promise<WebhookEndpointEntity> {
    const scope = this.scopeOf(user);
    const [endpoint] = await new WebhookEndpointRepository(this.dataSource.manager).byIds([endpointId]);
    if (!endpoint) throw notFound('Webhook endpoint', endpointId);
    if ((scope.ownerId && endpoint.ownerId !== scope.ownerId) || (scope.officeId && endpoint.officeId !== scope.officeId)) {
      throw forbidden('This webhook endpoint is another partner\'s or another office\'s');
    }
    return endpoint;
  }

  /** node(id): a delivery of an endpoint the user reads. */
  async deliveryForRead(user: CurrentUser, deliveryId: string): Promise<WebhookDeliveryEntity> {
    const [delivery] = await new WebhookDeliveryRepository(this.dataSource.manager).byIds([deliveryId]);
    if (!delivery) throw notFound('Webhook delivery', deliveryId);
    await this.endpointForRead(user, delivery.endpointId);
    return delivery;
  }

  /** A page of the endpoints the user reads, oldest first, after a (createdAt, id) cursor. */
  async page(user: CurrentUser, first: number, after: { createdAt: string; id: string } | null) {
    const scope = this.scopeOf(user);
    const repo = new WebhookEndpointRepository(this.dataSource.manager);
    const rows = await repo.page(scope, after, first + 1);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, count: () => repo.count(scope) };
  }

  /** A page of an endpoint's deliveries in feed order (the endpoint was read with the user's scope). */
  async deliveries(endpointId: string, status: DeliveryStatus | null, first: number, after: FeedCursor | null) {
    const repo = new WebhookDeliveryRepository(this.dataSource.manager);
    const rows = await repo.page(endpointId, status, after, first + 1);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, count: () => repo.count(endpointId, status) };
  }

  secretsOf(endpointIds: readonly string[]): Promise<WebhookSecretInfo[]> {
    return new WebhookEndpointRepository(this.dataSource.manager).secretsOf(endpointIds);
  }

  attemptsOf(deliveryIds: readonly string[]): Promise<WebhookAttemptEntity[]> {
    return new WebhookDeliveryRepository(this.dataSource.manager).attemptsOf(deliveryIds);
  }

  changesAt(positions: readonly string[]) {
    return new WebhookDeliveryRepository(this.dataSource.manager).changesAt(positions);
  }

  /** An endpoint the user changes: NOT_FOUND when there is none, FORBIDDEN unless the user registered it. Locked. */
  private async ownEndpoint(manager: EntityManager, user: CurrentUser, endpointId: string): Promise<WebhookEndpointEntity> {
    assertRecordId('Webhook endpoint', endpointId);
    const endpoint = await new WebhookEndpointRepository(manager).forUpdate(endpointId);
    if (!endpoint) throw notFound('Webhook endpoint', endpointId);
    if (endpoint.ownerId !== user.id) throw forbidden('This webhook endpoint belongs to another partner');
    return endpoint;
  }
}
