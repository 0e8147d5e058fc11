import type { CurrentUser } from './auth/current-user';
import type { Logger } from './logger';
import type { Loaders } from './services/loaders';
import type { Services } from './services';

/** What every resolver receives: who asks, per-request loaders, and the services that do the work. */
export interface RequestContext {
  user: CurrentUser | null;
  loaders: Loaders;
  services: Services;
  log: Logger;
}

/** The signed-in user; resolvers behind `@Authorized` can rely on it. */
export function requireUser(context: RequestContext): CurrentUser {
  if (!context.user) throw new Error('requireUser called on an unauthenticated request: add @Authorized()');
  return context.user;
}
