import type { GraphQLError } from 'graphql';
import type { CurrentUser } from '../auth/current-user';
import type { ChangeEventEntity } from '../entities/change-event.entity';
import { AppError } from '../errors';
import type { FeedCursor } from '../repositories/change-event.repository';
import type { HubSubscriber } from './change-hub';
import { cursorOf, isAfter, type LiveFilter, type Revocation } from './feed-order';

/** Where a stream reads what it must catch up on, and whether its subscriber may still read. */
export interface StreamSource {
  replay(filter: LiveFilter, after: FeedCursor | null, limit: number): Promise<ChangeEventEntity[]>;
  revocationFor(subscriber: Pick<HubSubscriber, 'user' | 'expiresAtMs'>): Promise<Revocation | null>;
  leave(subscriber: HubSubscriber): void;
}

export interface StreamLimits {
  /** Rows per catch-up read. */
  page: number;
  /** Live rows kept for a subscriber that reads slower than they come; past it, it catches up from the feed instead. */
  maxQueued: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { page: 200, maxQueued: 1000 };

/**
 * One subscription's events: the async iterator graphql-js maps to the operation's results.
 *
 * It is the feed after a cursor, in feed order, with no gap and no repeat:
 * - with `after`, it first catches up from the feed (the same order and visibility as `changes`),
 *   page by page, while the hub's live rows queue behind; then it delivers the queued rows that
 *   come after the last one it delivered (the rest it already read from the feed);
 * - a subscriber whose live rows pile up past `maxQueued` drops them and catches up from the feed
 *   from its last delivered row, which holds each of them, so a slow socket costs bounded memory;
 * - each catch-up page, like each live batch (in the hub), is delivered only after the account is
 *   found still active with the same role and office; otherwise the stream fails with the code.
 *
 * `return()` ends it at once, even while it waits, so a closed socket or a stopping app never hangs.
 */
export class LiveStream implements HubSubscriber, AsyncIterableIterator<ChangeEventEntity> {
  private cursor: FeedCursor | null;
  private catchingUp: boolean;
  private live: ChangeEventEntity[] = [];
  private ready: ChangeEventEntity[] = [];
  private overflows = 0;
  private failure: GraphQLError | null = null;
  private done = false;
  private wake: (() => void) | null = null;

  constructor(
    readonly filter: LiveFilter,
    readonly user: CurrentUser,
    readonly expiresAtMs: number | null,
    private readonly source: StreamSource,
    after: FeedCursor | null,
    private readonly limits: StreamLimits = DEFAULT_STREAM_LIMITS,
  ) {
    this.cursor = after;
    this.catchingUp = after !== null;
  }

  /** Without `after`, the stream starts where the hub's live rows start (the feed's end when it joined). */
  startAt(joinedAt: FeedCursor | null): void {
    if (!this.catchingUp && this.cursor === null) this.cursor = joinedAt;
  }

  push(rows: readonly ChangeEventEntity[]): void {
    if (this.done) return;
    this.live.push(...rows);
    if (this.live.length > this.limits.maxQueued) {
      this.live = [];
      this.catchingUp = true;
      this.overflows += 1;
    }
    this.signal();
  }

  revoke(revocation: Revocation): void {
    if (this.done || this.failure) return;
    this.failure = new AppError(revocation.code, revocation.message);
    this.signal();
  }

  close(): void {
    this.finish();
  }

  async next(): Promise<IteratorResult<ChangeEventEntity, undefined>> {
    for (;;) {
      if (this.failure && !this.done) {
        const failure = this.failure;
        this.finish();
        throw failure;
      }
      if (this.done) return { done: true, value: undefined };
      const row = this.ready.shift();
      if (row) {
        this.cursor = cursorOf(row);
        return { done: false, value: row };
      }
      if (this.catchingUp) {
        await this.catchUp();
        continue;
      }
      const fresh = this.live.filter((r) => isAfter(r, this.cursor));
      this.live = [];
      if (fresh.length > 0) {
        this.ready = fresh;
        continue;
      }
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
  }

  return(): Promise<IteratorResult<ChangeEventEntity, undefined>> {
    this.finish();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(err?: unknown): Promise<IteratorResult<ChangeEventEntity, undefined>> {
    this.finish();
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** One page of the feed after the last delivered row; the catch-up ends with a page that is not full. */
  private async catchUp(): Promise<void> {
    const overflows = this.overflows;
    const revoked = await this.source.revocationFor(this);
    if (revoked) {
      this.revoke(revoked);
      return;
    }
    const rows = await this.source.replay(this.filter, this.cursor, this.limits.page);
    if (this.done) return;
    // Rows dropped while this page was read may be newer than what it saw: read again.
    if (rows.length < this.limits.page && this.overflows === overflows) this.catchingUp = false;
    this.ready = rows;
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.live = [];
    this.ready = [];
    this.source.leave(this);
    this.signal();
  }
}
