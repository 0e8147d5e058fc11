import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { ChangeEventEntity } from '../entities/change-event.entity';
import type { Logger } from '../logger';
import type { FeedCursor } from '../repositories/change-event.repository';
import { StaffRepository } from '../repositories/staff.repository';
import { ChangeListener, type ChangeNotice, type ListenerHandlers } from './change-listener';
import { cursorOf, matches, revocationOf, type LiveFilter, type Revocation, type StaffState } from './feed-order';
import { LiveFeedRepository, type TailRow } from './live-feed.repository';

/** What the hub delivers to: a live subscription (src/subscriptions/live-stream.ts). */
export interface HubSubscriber {
  readonly filter: LiveFilter;
  readonly user: CurrentUser;
  /** When the connection's token expires (epoch ms), or null. */
  readonly expiresAtMs: number | null;
  /** Rows of its filter, in feed order, contiguous with every earlier push. */
  push(rows: readonly ChangeEventEntity[]): void;
  revoke(revocation: Revocation): void;
  close(): void;
}

export interface HubOptions {
  dataSource: DataSource;
  /** The app's database URL: the LISTEN connection's own. */
  connectionString: string;
  log: Logger;
  /** Real time (epoch ms), for token expiry; the tokens' own checks use real time too. */
  nowMs?: () => number;
  /** While a committed row waits for an older transaction, how often the feed is read again. */
  recheckMs?: number;
  /** Rows read per statement. */
  batch?: number;
  /** Tests: the feed, the staff re-check and the listener, instead of PostgreSQL's. */
  feed?: { end(): Promise<FeedCursor | null>; tail(after: FeedCursor | null, limit: number): Promise<TailRow[]> };
  staffStates?: (ids: readonly string[]) => Promise<Map<string, StaffState>>;
  listener?: (handlers: ListenerHandlers) => { start(): Promise<void>; stop(): Promise<void> };
}

/**
 * One per instance: it turns the change feed into live deliveries for the subscriptions of this
 * process (issue 14 item 4). The LISTEN connection says when something committed (any replica);
 * the hub then reads the feed after its own cursor, in feed order, and hands each subscription the
 * rows of its filter. It delivers a row once it is in the feed, that is once its transaction and
 * every older one have ended: at its commit in the usual case, later when an older transaction is
 * still open (then it reads again every `recheckMs` until that one ends). So every subscription
 * receives exactly the feed, in the feed's order, and a position it received is a cursor that
 * resumes it with no gap or repeat.
 *
 * Reads are serial (one at a time per instance); joining is one of them, so a subscriber's first
 * live row is the one after the position join returns.
 */
export class ChangeHub {
  private readonly subscribers = new Set<HubSubscriber>();
  /** The last row delivered; undefined while nobody listens (then nothing is read). */
  private cursor: FeedCursor | null | undefined = undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private pumpQueued = false;
  private recheck: NodeJS.Timeout | null = null;
  private listening: Promise<void> | null = null;
  private stopped = false;
  private readonly listener: { start(): Promise<void>; stop(): Promise<void> };
  private readonly feed: NonNullable<HubOptions['feed']>;
  private readonly nowMs: () => number;
  private readonly recheckMs: number;
  private readonly batch: number;

  constructor(private readonly options: HubOptions) {
    this.feed = options.feed ?? new LiveFeedRepository(options.dataSource.manager);
    this.nowMs = options.nowMs ?? Date.now;
    this.recheckMs = options.recheckMs ?? 200;
    this.batch = options.batch ?? 500;
    const handlers: ListenerHandlers = { notice: (notice) => this.onNotice(notice), connected: () => this.schedulePump() };
    this.listener = options.listener?.(handlers) ?? new ChangeListener(options.connectionString, handlers, options.log);
  }

  /** Adds a subscriber; resolves with the feed position after which its live rows start. */
  async join(subscriber: HubSubscriber): Promise<FeedCursor | null> {
    if (this.stopped) throw new Error('the live updates are stopping');
    // Listening before the feed's end is read: a commit in between is then noticed, not lost.
    this.listening ??= this.listener.start();
    await this.listening;
    return this.serial(async () => {
      // Others listening: deliver what is already due to them first, so the newcomer starts now.
      if (this.subscribers.size === 0 || this.cursor === undefined) this.cursor = await this.feed.end();
      else await this.pumpNow();
      this.subscribers.add(subscriber);
      return this.cursor ?? null;
    });
  }

  leave(subscriber: HubSubscriber): void {
    this.subscribers.delete(subscriber);
  }

  /** Whether the subscriber may still receive events (for a catch-up read): one primary-key read. */
  async revocationFor(subscriber: Pick<HubSubscriber, 'user' | 'expiresAtMs'>): Promise<Revocation | null> {
    const staff = await this.staffStates([subscriber.user.id]);
    return revocationOf(subscriber.user, staff.get(subscriber.user.id) ?? null, subscriber.expiresAtMs, this.nowMs());
  }

  get size(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.recheck) clearTimeout(this.recheck);
    this.recheck = null;
    await this.listener.stop();
    for (const subscriber of [...this.subscribers]) subscriber.close();
    this.subscribers.clear();
    // A read in flight finishes (or fails) before the pool it uses is closed.
    await this.chain.catch(() => undefined);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** A commit: read the feed when a subscriber here could want it (its office, every office, or its case manager). */
  private onNotice(notice: ChangeNotice): void {
    for (const { filter } of this.subscribers) {
      const office = filter.officeId === null || filter.officeId === notice.officeId;
      const worklist = filter.caseManagerId === null || filter.caseManagerId === notice.caseManagerId;
      if (office && worklist) {
        this.schedulePump();
        return;
      }
    }
  }

  private schedulePump(): void {
    if (this.pumpQueued || this.stopped) return;
    this.pumpQueued = true;
    void this.serial(async () => {
      this.pumpQueued = false;
      await this.pumpNow();
    }).catch((err: unknown) => {
      this.options.log.error({ err }, 'live updates: reading the change feed failed; retrying');
      this.scheduleRecheck();
    });
  }

  private scheduleRecheck(): void {
    if (this.recheck || this.stopped) return;
    this.recheck = setTimeout(() => {
      this.recheck = null;
      this.schedulePump();
    }, this.recheckMs);
    this.recheck.unref();
  }

  /** Reads the feed after the cursor and delivers its stable prefix; runs only inside `serial`. */
  private async pumpNow(): Promise<void> {
    if (this.subscribers.size === 0 || this.cursor === undefined) {
      this.cursor = undefined;
      return;
    }
    for (;;) {
      const rows = await this.feed.tail(this.cursor, this.batch);
      const held = rows.findIndex((r) => !r.stable);
      const stable = held === -1 ? rows : rows.slice(0, held);
      if (stable.length > 0) {
        await this.dispatch(stable);
        this.cursor = cursorOf(stable[stable.length - 1]);
      }
      if (held !== -1) {
        this.scheduleRecheck();
        return;
      }
      if (rows.length < this.batch) return;
    }
  }

  /** Hands each subscriber its rows, after one read of whether their accounts still may have them. */
  private async dispatch(rows: readonly ChangeEventEntity[]): Promise<void> {
    const due = new Map<HubSubscriber, ChangeEventEntity[]>();
    for (const subscriber of this.subscribers) {
      const mine = rows.filter((r) => matches(subscriber.filter, r));
      if (mine.length > 0) due.set(subscriber, mine);
    }
    if (due.size === 0) return;
    const staff = await this.staffStates([...new Set([...due.keys()].map((s) => s.user.id))]);
    const now = this.nowMs();
    for (const [subscriber, mine] of due) {
      const revoked = revocationOf(subscriber.user, staff.get(subscriber.user.id) ?? null, subscriber.expiresAtMs, now);
      if (revoked) subscriber.revoke(revoked);
      else subscriber.push(mine);
    }
  }

  private async staffStates(ids: readonly string[]): Promise<Map<string, StaffState>> {
    if (this.options.staffStates) return this.options.staffStates(ids);
    const rows = await new StaffRepository(this.options.dataSource.manager).byIds(ids);
    return new Map(rows.map((s) => [s.id, { active: s.active, role: s.role, officeId: s.officeId }]));
  }
}
