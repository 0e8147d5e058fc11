import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import type { RequestContext } from '../context';
import type { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEndpointEntity } from '../entities/webhook.entity';
import { ChangeEventType } from '../schema/change-event.type';
import { CaseListArgs } from '../schema/connections.type';
import { decodeCursor, encodeCursor, pageOfList, toPage, type ListOrder } from '../schema/page-info.cursor';
import { isRowIdText, TOP_LEVEL_CURSORS } from '../schema/page-info.orders';
import { WebhookDeliveriesArgs } from '../schema/webhook.input';
import {
  WebhookAttemptConnectionType, WebhookDeliveryConnectionType, WebhookDeliveryType, WebhookEndpointType, WebhookSecretType,
} from '../schema/webhook.type';
import { webhookLoaders } from '../webhooks/webhook-loaders';
import type { WebhookNodeType } from '../webhooks/webhook-node-tables';
import { changeEventOf } from '../change-feed/change-event-view';
import type { NodeReader } from './node-access';

/** An endpoint's deliveries are in feed order: their cursor is the feed entry's (txId, position). */
const DELIVERY_CURSOR = { name: 'WebhookDelivery', valid: [isRowIdText, isRowIdText] } as const;
const ATTEMPTS: ListOrder<WebhookAttemptEntity> = {
  name: 'WebhookAttempt', keyOf: (a) => [a.number], valid: [(v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0],
};

/** node(id) for endpoints and deliveries: as webhookEndpoints reads them (a PARTNER its own, supervisors and managers their office, WSTA all). */
export const WEBHOOK_NODE_READERS: Record<WebhookNodeType, NodeReader> = {
  WebhookEndpoint: (ctx, user, id) => ctx.services.webhooks.endpointForRead(user, id),
  WebhookDelivery: (ctx, user, id) => ctx.services.webhooks.deliveryForRead(user, id),
};

/** What an endpoint shows beside its columns: its place in the feed, the secrets signing now, its deliveries. */
@Resolver(() => WebhookEndpointType)
export class WebhookEndpointFieldsResolver {
  @FieldResolver(() => String)
  feedPosition(@Root() endpoint: WebhookEndpointEntity): string {
    return encodeCursor(TOP_LEVEL_CURSORS.changes.name, [endpoint.cursorTxId, endpoint.cursorPosition]);
  }

  @Authorized(...PERMISSIONS.readWebhooks)
  @FieldResolver(() => [WebhookSecretType], { description: 'The secrets that sign its deliveries now, newest first: the current one, and during a rotation\'s overlap the previous one (with its expiry). Never their values' })
  async signingSecrets(@Root() endpoint: WebhookEndpointEntity, @Ctx() ctx: RequestContext): Promise<WebhookSecretType[]> {
    const now = ctx.services.clock.now().getTime();
    return (await webhookLoaders(ctx).secretsByEndpointId.load(endpoint.id)).filter((s) => s.expiresAt === null || s.expiresAt.getTime() > now);
  }

  @Authorized(...PERMISSIONS.readWebhooks)
  @FieldResolver(() => WebhookDeliveryConnectionType, { description: 'Its deliveries (the delivery log), in feed order, optionally of one status' })
  async deliveries(@Root() endpoint: WebhookEndpointEntity, @Args() { first, after, status }: WebhookDeliveriesArgs, @Ctx() ctx: RequestContext) {
    const key = after ? decodeCursor(DELIVERY_CURSOR.name, after, DELIVERY_CURSOR.valid) : null;
    const page = await ctx.services.webhooks.deliveries(endpoint.id, status ?? null, first, key ? { txId: String(key[0]), position: String(key[1]) } : null);
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(DELIVERY_CURSOR.name, [row.changeTxId, row.changePosition]), node: row }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.count);
  }
}

/** A delivery's feed entry (thin, as `changes` shows it: audited as the feed is) and its attempt log. */
@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryFieldsResolver {
  @FieldResolver(() => ChangeEventType)
  async change(@Root() delivery: WebhookDeliveryEntity, @Ctx() ctx: RequestContext): Promise<ChangeEventType> {
    const row = await webhookLoaders(ctx).changeByPosition.load(delivery.changePosition);
    if (!row) throw new Error(`The feed entry of webhook delivery ${delivery.id} is missing`);
    return changeEventOf(row);
  }

  @Authorized(...PERMISSIONS.readWebhooks)
  @FieldResolver(() => WebhookAttemptConnectionType, { description: 'Its attempts, oldest first (append-only: when, the HTTP status or error class, the latency; never the response body)' })
  async attempts(@Root() delivery: WebhookDeliveryEntity, @Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    return pageOfList(await webhookLoaders(ctx).attemptsByDeliveryId.load(delivery.id), ATTEMPTS, first, after);
  }
}
