import type { DataSource, EntityManager } from 'typeorm';
import { idempotencyKeyReused } from '../errors';
import { decodeStoredResponse, encodeStoredResponse } from '../idempotency/canonical-json';
import { currentIdempotencyScope, expiredBefore } from '../idempotency/scope';
import { IdempotencyRepository } from '../repositories/idempotency.repository';

/**
 * The transaction every write path runs in. Without a clientMutationId it is a plain transaction.
 * With one (the mutation's idempotency scope), the key is claimed first, in the same transaction:
 * - a new key: `work` runs and its result is stored with the key; both commit together or neither;
 * - a key already used with the same mutation and input: the stored result, and nothing written
 *   (a concurrent twin waits on the first request's row, then reads its committed result);
 * - the same key with another mutation or input: IDEMPOTENCY_KEY_REUSED.
 * Errors are not stored: a refused request wrote nothing, so its retry runs again.
 *
 * @example
 * return writeTransaction(this.dataSource, async (manager) => new NoteRepository(manager).addCaseNote(note));
 */
export async function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const scope = currentIdempotencyScope();
  if (!scope) return dataSource.transaction(work);
  // One key, one write: a second transaction under the same key would find the key taken by the first.
  if (scope.claimed) throw new Error(`${scope.mutation} opened a second write transaction under one clientMutationId`);
  scope.claimed = true;
  return dataSource.transaction(async (manager) => {
    const keys = new IdempotencyRepository(manager);
    const { staffId, key, mutation, inputHash, now } = scope;
    if (!(await keys.claim({ staffId, key, mutation, inputHash, createdAt: now }, expiredBefore(now)))) {
      const stored = await keys.find(staffId, key, expiredBefore(now));
      if (!stored || stored.response === null) throw new Error(`clientMutationId of ${mutation} is held but not readable`);
      if (stored.mutation !== mutation || stored.inputHash !== inputHash) throw idempotencyKeyReused(key, stored.mutation);
      return decodeStoredResponse(stored.response.result) as T;
    }
    const result = await work(manager);
    await keys.storeResponse(staffId, key, { result: encodeStoredResponse(result) });
    return result;
  });
}
