import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import type { LiveUpdatesService } from './live-updates.service';

/** What a subscription's resolvers receive on top of a request's context (src/subscriptions/ws-server.ts builds it). */
export interface LiveContext extends RequestContext {
  live: {
    updates: LiveUpdatesService;
    /** When the connection's bearer token expires (epoch ms), or null: the stream ends there. */
    tokenExpiresAtMs: number | null;
  };
}

/** The live part of a context; only a graphql-ws operation has one (HTTP refuses subscriptions first). */
export function liveOf(context: RequestContext): LiveContext['live'] {
  const live = (context as Partial<LiveContext>).live;
  if (!live) throw new GraphQLError('Subscriptions are served over graphql-ws on this path, not over HTTP', { extensions: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED' } });
  return live;
}
