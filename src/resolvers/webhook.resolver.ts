import { isUUID } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { FeedCursor } from '../repositories/change-event.repository';
import { CaseListArgs } from '../schema/connections.type';
import { decodeCursor, encodeCursor, toPage } from '../schema/page-info.cursor';
import { isInstant, TOP_LEVEL_CURSORS } from '../schema/page-info.orders';
import {
  DisableWebhookEndpointPayload, EnableWebhookEndpointPayload, RegisterWebhookEndpointInput, RegisterWebhookEndpointPayload,
  ReplayWebhookDeliveriesInput, ReplayWebhookDeliveriesPayload, ReplayWebhookDeliveryInput, ReplayWebhookDeliveryPayload,
  RotateWebhookSecretInput, RotateWebhookSecretPayload, WebhookEndpointInput,
} from '../schema/webhook.input';
import { WebhookEndpointConnectionType, WebhookEndpointType } from '../schema/webhook.type';

/** The endpoints list's cursor: (createdAt to the microsecond, id). */
export const WEBHOOK_ENDPOINT_CURSOR = { name: 'WebhookEndpoint', valid: [isInstant, (v: unknown) => typeof v === 'string' && isUUID(v)] } as const;

/** A place in the change feed as the API gives it out (a ChangeEvent's position); anything else is BAD_USER_INPUT on `after`. */
export function feedCursorOf(after: string): FeedCursor {
  const [txId, position] = decodeCursor(TOP_LEVEL_CURSORS.changes.name, after, TOP_LEVEL_CURSORS.changes.valid);
  return { txId: String(txId), position: String(position) };
}

/**
 * Issue 14 item 3: webhooks (Standard Webhooks). A PARTNER registers its endpoints, rotates their
 * secrets, disables, enables and replays; the partner and those who oversee it read the
 * endpoints and their delivery logs.
 */
@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  @Authorized(...PERMISSIONS.readWebhooks)
  @Query(() => WebhookEndpointConnectionType, { description: 'Webhook endpoints, oldest first: a PARTNER\'s own; its office\'s for a supervisor or manager; every office\'s for WSTA. Secrets are never shown here' })
  async webhookEndpoints(@Args() { first, after }: CaseListArgs, @Ctx() ctx: RequestContext) {
    const key = after ? decodeCursor(WEBHOOK_ENDPOINT_CURSOR.name, after, WEBHOOK_ENDPOINT_CURSOR.valid) : null;
    const page = await ctx.services.webhooks.page(requireUser(ctx), first, key ? { createdAt: String(key[0]), id: String(key[1]) } : null);
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(WEBHOOK_ENDPOINT_CURSOR.name, [row.cursorAt, row.id]), node: row }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.count);
  }

  @Authorized(...PERMISSIONS.manageWebhooks)
  @Mutation(() => RegisterWebhookEndpointPayload, { description: 'Register a webhook endpoint for your office\'s changes of these topics. Answers its signing secret (whsec_...) this once: verify each delivery\'s webhook-signature with it' })
  async registerWebhookEndpoint(@Arg('input', { description: 'The URL and topics, and a clientMutationId that makes a retry safe' }) input: RegisterWebhookEndpointInput, @Ctx() ctx: RequestContext) {
    return ctx.services.webhooks.register(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.manageWebhooks)
  @Mutation(() => RotateWebhookSecretPayload, { description: 'A new signing secret (answered this once); the current one keeps signing beside it until previousSecretValidForHours have passed, so receivers switch without missing a delivery' })
  async rotateWebhookSecret(@Arg('input', { description: 'The endpoint and the overlap' }) input: RotateWebhookSecretInput, @Ctx() ctx: RequestContext) {
    return ctx.services.webhooks.rotateSecret(requireUser(ctx), input);
  }

  @Authorized(...PERMISSIONS.manageWebhooks)
  @Mutation(() => DisableWebhookEndpointPayload, { description: 'Stop deliveries to an endpoint until it is enabled again (nothing is lost: what comes meanwhile is delivered then)' })
  async disableWebhookEndpoint(@Arg('input', { description: 'The endpoint' }) input: WebhookEndpointInput, @Ctx() ctx: RequestContext) {
    return { endpoint: await ctx.services.webhooks.disable(requireUser(ctx), input.endpointId) };
  }

  @Authorized(...PERMISSIONS.manageWebhooks)
  @Mutation(() => EnableWebhookEndpointPayload, { description: 'Deliver to an endpoint again (after disableWebhookEndpoint or a 410): what waited is sent now' })
  async enableWebhookEndpoint(@Arg('input', { description: 'The endpoint' }) input: WebhookEndpointInput, @Ctx() ctx: RequestContext) {
    return { endpoint: await ctx.services.webhooks.enable(requireUser(ctx), input.endpointId) };
  }

  @Authorized(...PERMISSIONS.manageWebhooks)
  @Mutation(() => ReplayWebhookDeliveryPayload, { description: 'Send a delivery again now (a dead one too), with the same webhook-id, on a fresh retry schedule' })
  async replayWebhookDelivery(@Arg('input', { description: 'The delivery' }) input: ReplayWebhookDeliveryInput, @Ctx() ctx: RequestContext) {
    return { delivery: await ctx.services.webhooks.replayDelivery(requireUser(ctx), input.deliveryId) };
  }

  @Authorized(...PERMISSIONS.manageWebhooks)
  @Mutation(() => ReplayWebhookDeliveriesPayload, { description: 'Deliver everything after a change-feed position again (same webhook-ids), and what has no delivery yet (from before the endpoint was registered): recovery after an outage' })
  async replayWebhookDeliveries(@Arg('input', { description: 'The endpoint and the position' }) input: ReplayWebhookDeliveriesInput, @Ctx() ctx: RequestContext) {
    const after = feedCursorOf(input.after);
    return ctx.services.webhooks.replayFrom(requireUser(ctx), input.endpointId, after);
  }
}
