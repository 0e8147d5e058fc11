import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import type { ChangeEventEntity } from '../entities/change-event.entity';
import type { WebhookAttemptEntity } from '../entities/webhook.entity';
import type { WebhookSecretInfo } from '../repositories/webhook-endpoint.repository';

/** Per request: an endpoint's secrets, a delivery's attempts and feed entry, one statement each for a page. */
function createWebhookLoaders(ctx: Pick<RequestContext, 'services'>) {
  const { webhooks } = ctx.services;
  return {
    secretsByEndpointId: new DataLoader<string, WebhookSecretInfo[]>(async (ids) => {
      const rows = await webhooks.secretsOf(ids);
      return ids.map((id) => rows.filter((r) => r.endpointId === id));
    }),
    attemptsByDeliveryId: new DataLoader<string, WebhookAttemptEntity[]>(async (ids) => {
      const rows = await webhooks.attemptsOf(ids);
      return ids.map((id) => rows.filter((r) => r.deliveryId === id));
    }),
    changeByPosition: new DataLoader<string, ChangeEventEntity | null>(async (positions) => {
      const rows = await webhooks.changesAt(positions);
      return positions.map((p) => rows.find((r) => r.position === p) ?? null);
    }),
  };
}
export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;

// Keyed by the request's loaders object, which every request creates afresh.
const perRequest = new WeakMap<object, WebhookLoaders>();

/** The request's webhook loaders (created on first use). */
export function webhookLoaders(ctx: Pick<RequestContext, 'services' | 'loaders'>): WebhookLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = createWebhookLoaders(ctx)));
  return loaders;
}
