import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The idempotency key of the mutation being resolved: set around a Mutation field whose input has
 * a clientMutationId (withIdempotencyKeys), read by writeTransaction, which claims the key in the
 * write's own transaction.
 */
export interface IdempotencyScope {
  staffId: string;
  key: string;
  /** The Mutation field, e.g. referClient: a key belongs to one mutation. */
  mutation: string;
  inputHash: string;
  /** When the request arrived, by the app's clock: the key's created_at and the 24-hour window. */
  now: Date;
  /** Set by the first write transaction: a mutation claims its key once. */
  claimed: boolean;
}

const storage = new AsyncLocalStorage<IdempotencyScope>();

export const runInIdempotencyScope = <T>(scope: IdempotencyScope, work: () => T): T => storage.run(scope, work);

export const currentIdempotencyScope = (): IdempotencyScope | undefined => storage.getStore();

/** Keys are kept, and a retry answered from them, for 24 hours (issue 9: "at least 24 hours"). */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The purge waits an hour longer, so a key a lookup still honours is never deleted under it. */
export const PURGE_MARGIN_MS = 60 * 60 * 1000;

/** Keys created before this instant are expired: lookups ignore them and a new request may claim them. */
export const expiredBefore = (now: Date): Date => new Date(now.getTime() - KEY_LIFETIME_MS);
