import { LessThan, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { IdempotencyKeyEntity } from '../entities';
import { execute, writeReturning } from './sql';

/** What is kept of a write's result: wrapped, so a result that is itself null is told from "not yet written". */
export interface StoredResponse { result: unknown }

export type IdempotencyKeyRow = Pick<IdempotencyKeyEntity, 'staffId' | 'key' | 'mutation' | 'inputHash' | 'response' | 'createdAt'>;

export type NewIdempotencyKey = Pick<IdempotencyKeyEntity, 'staffId' | 'key' | 'mutation' | 'inputHash' | 'createdAt'>;

/** Idempotency keys (clientMutationId) per user: claimed in the write's transaction, answered for 24 hours. */
export class IdempotencyRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Claims a key for this request, in the caller's transaction: true when it is now ours (new, or
   * expired and taken over), false when another request holds it. A concurrent request with the
   * same key waits here on the first one's row until that transaction ends, then gets false (it
   * committed) or the key (it rolled back).
   */
  async claim(key: NewIdempotencyKey, expiredBefore: Date): Promise<boolean> {
    const rows = await writeReturning<{ key: string }>(this.db,
      `INSERT INTO idempotency_key (staff_id, key, mutation, input_hash, response, created_at) VALUES ($1, $2, $3, $4, NULL, $5)
       ON CONFLICT (staff_id, key) DO UPDATE
         SET mutation = EXCLUDED.mutation, input_hash = EXCLUDED.input_hash, response = NULL, created_at = EXCLUDED.created_at
         WHERE idempotency_key.created_at < $6
       RETURNING key`, [key.staffId, key.key, key.mutation, key.inputHash, key.createdAt, expiredBefore]);
    return rows.length === 1;
  }

  /** The key as stored, unless it expired. */
  find(staffId: string, key: string, expiredBefore: Date): Promise<IdempotencyKeyRow | null> {
    return this.db.findOne(IdempotencyKeyEntity, { where: { staffId, key, createdAt: MoreThanOrEqual(expiredBefore) } });
  }

  /** The write's result, stored with its key before the transaction commits. */
  async storeResponse(staffId: string, key: string, response: StoredResponse): Promise<void> {
    await execute(this.db, 'UPDATE idempotency_key SET response = $3::jsonb WHERE staff_id = $1 AND key = $2', [staffId, key, JSON.stringify(response)]);
  }

  /** Deletes keys created before the instant; answers how many. */
  async purgeCreatedBefore(instant: Date): Promise<number> {
    const result = await this.db.delete(IdempotencyKeyEntity, { createdAt: LessThan(instant) });
    return result.affected ?? 0;
  }
}
