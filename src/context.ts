import type { CurrentUser } from './auth/current-user';
import type { AccessLogCollector } from './access-log/collector';
import type { Logger } from './logger';
import type { MedicalGate } from './releases/medical-gate';
import type { Loaders } from './services/loaders';
import type { Services } from './services';

/** What every resolver receives: who asks, per-request loaders, and the services that do the work. */
export interface RequestContext {
  user: CurrentUser | null;
  loaders: Loaders;
  services: Services;
  log: Logger;
  /** The client records this request read, written once by the access-log plugin (src/access-log); absent when signed out. */
  accessLog?: AccessLogCollector;
  /** ROI-1: whether a case's medical information may be shown to this user (src/releases/medical-gate.ts). */
  medical?: MedicalGate;
}

/** The signed-in user; resolvers behind `@Authorized` can rely on it. */
export function requireUser(context: RequestContext): CurrentUser {
  if (!context.user) throw new Error('requireUser called on an unauthenticated request: add @Authorized()');
  return context.user;
}
