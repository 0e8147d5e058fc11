import type http from 'node:http';
import type express from 'express';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { addressKey, type RateLimits } from '../http/rate-limit';
import type { Logger } from '../logger';

/**
 * Rate limits of the WebSocket endpoint, on the same counts as HTTP (src/http/rate-limit.ts, table
 * `rate_limit`, shared by every replica): opening a connection is one request of its client
 * address (RATE_LIMIT_PER_ADDRESS), each subscribe message one request of its staff member
 * (RATE_LIMIT_PER_USER). A connection over the limit is answered 429 with Retry-After before the
 * upgrade; a subscribe over it is refused with RATE_LIMITED. Events delivered are not counted.
 */

/** At most this many operations at once on one connection (a front end needs two or three). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

export interface Refusal { retryAfterSeconds: number }

export interface LiveRateLimits {
  /** A refusal when this address may open no more connections in the window, or null. */
  connection(address: string): Promise<Refusal | null>;
  /** A refusal when this staff member may send no more subscribe messages in the window, or null. */
  subscribe(staffId: string): Promise<Refusal | null>;
}

function limiter(dataSource: DataSource, keyPrefix: 'address' | 'user', points: number, duration: number) {
  // The same key prefixes as HTTP's limiter: one budget per address and per staff member, whatever the transport.
  return new RateLimiterPostgres({
    storeClient: dataSource, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true, keyPrefix, points, duration,
    inMemoryBlockOnConsumed: points + 1,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
  });
}

export function createLiveRateLimits(dataSource: DataSource, limits: RateLimits, log: Logger): LiveRateLimits {
  const byAddress = limits.perAddress > 0 ? limiter(dataSource, 'address', limits.perAddress, limits.windowSeconds) : null;
  const byUser = limits.perUser > 0 ? limiter(dataSource, 'user', limits.perUser, limits.windowSeconds) : null;
  const consume = async (rl: RateLimiterPostgres | null, key: string): Promise<Refusal | null> => {
    if (!rl) return null;
    try {
      await rl.consume(key);
      return null;
    } catch (err) {
      if (err instanceof RateLimiterRes) return { retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
      log.warn({ err }, 'rate limiter failed; connection let through');
      return null;
    }
  };
  return {
    connection: (address) => consume(byAddress, addressKey(address)),
    subscribe: (staffId) => consume(byUser, staffId),
  };
}

/**
 * The client address of an upgrade request as Express reads req.ip for HTTP: TRUST_PROXY decides
 * whose X-Forwarded-For is believed (the upgrade never passes through Express's own middleware).
 */
export function clientAddressOf(app: express.Express, req: http.IncomingMessage): string {
  const view = Object.create(app.request, { headers: { value: req.headers }, socket: { value: req.socket } }) as express.Request;
  return view.ip ?? req.socket.remoteAddress ?? 'unknown';
}
