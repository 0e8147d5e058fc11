import { Client, type Notification } from 'pg';
import type { Logger } from '../logger';

/** A change_event NOTIFY (migration ChangeFeed1765310000000): the routing facts, no client data. */
export interface ChangeNotice { position: string; officeId: string; caseId: string | null; caseManagerId: string | null }

export const CHANGE_CHANNEL = 'change_event';
/** How the listener's connection names itself in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'wsc-live-updates';

export interface ListenerHandlers {
  notice(notice: ChangeNotice): void;
  /** Listening (again): a notice may have been missed while the connection was down. */
  connected(): void;
}

export interface Backoff { initialMs: number; maxMs: number }
const DEFAULT_BACKOFF: Backoff = { initialMs: 100, maxMs: 10_000 };

/** Parses a notice's payload; null for anything else (logged by the caller, never acted on). */
export function parseNotice(payload: string | undefined): ChangeNotice | null {
  try {
    const value = JSON.parse(payload ?? '') as Partial<ChangeNotice>;
    if (typeof value.position !== 'string' || typeof value.officeId !== 'string') return null;
    return { position: value.position, officeId: value.officeId, caseId: value.caseId ?? null, caseManagerId: value.caseManagerId ?? null };
  } catch {
    return null;
  }
}

/**
 * One dedicated PostgreSQL connection per instance, outside the pool, that LISTENs on
 * `change_event`. When it fails or ends it reconnects with exponential backoff (capped), and says
 * so (`connected`), so that the hub reads what was committed while it was away: the feed, not
 * the notices, is the record.
 */
export class ChangeListener {
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private attempt = 0;
  private stopped = false;

  constructor(private readonly connectionString: string, private readonly handlers: ListenerHandlers, private readonly log: Logger,
    private readonly backoff: Backoff = DEFAULT_BACKOFF) {}

  /** Connects once; on failure the retries go on in the background (the first notice waits for them). */
  start(): Promise<void> {
    return this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString, application_name: LISTENER_APPLICATION_NAME });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      if (this.stopped) return;
      this.log.warn({ err, attempt: this.attempt }, 'change_event listener lost; reconnecting');
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message: Notification) => {
      if (message.channel !== CHANGE_CHANNEL) return;
      const notice = parseNotice(message.payload);
      if (notice) this.handlers.notice(notice);
      else this.log.warn('change_event notice without a position; ignored');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (err) {
      onLost(err as Error);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    this.handlers.connected();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    const delay = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.attempt);
    this.attempt += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}
