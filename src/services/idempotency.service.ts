import type { DataSource } from 'typeorm';
import { PURGE_MARGIN_MS, expiredBefore } from '../idempotency/scope';
import { IdempotencyRepository, type IdempotencyKeyRow } from '../repositories/idempotency.repository';
import type { Clock } from './clock';

/**
 * Idempotency keys outside a write: the early look-up before a mutation runs, and the periodic
 * purge. Claiming and storing happen in the write's transaction (writeTransaction).
 */
export class IdempotencyService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** The user's key as committed, unless it expired. */
  find(staffId: string, key: string, now: Date): Promise<IdempotencyKeyRow | null> {
    return new IdempotencyRepository(this.dataSource.manager).find(staffId, key, expiredBefore(now));
  }

  /** Deletes keys past their 24 hours and the margin; runs with the periodic work (main.ts). Answers how many. */
  purgeExpired(): Promise<number> {
    const cutoff = new Date(expiredBefore(this.clock.now()).getTime() - PURGE_MARGIN_MS);
    return new IdempotencyRepository(this.dataSource.manager).purgeCreatedBefore(cutoff);
  }
}
