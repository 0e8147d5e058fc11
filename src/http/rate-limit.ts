import { HeaderMap } from '@apollo/server';
import { isIPv6 } from 'node:net';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';

/**
 * Rate limits (issue 11 item 2): requests per client address and per signed-in staff member in a
 * fixed window, counted in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres on the table
 * `rate_limit`, migration 1764800000000) so every replica shares the counts. Over the limit the
 * answer is HTTP 429 with Retry-After, in GraphQL's error shape, code RATE_LIMITED.
 */

export interface RateLimits {
  /** RATE_LIMIT_PER_ADDRESS: requests to /graphql from one client address per window; 0 turns it off. */
  perAddress: number;
  /** RATE_LIMIT_PER_USER: requests of one signed-in staff member per window, whatever the address; 0 turns it off. */
  perUser: number;
  /** RATE_LIMIT_WINDOW_SECONDS: the window both counts run over. */
  windowSeconds: number;
}

/**
 * Generous on purpose: a whole office behind one NAT address shares `perAddress`, and a test file
 * (one address, one database of its own) sends a few hundred requests. A flood is what they stop;
 * the cost of each request is bounded by the query limits.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { perAddress: 6000, perUser: 3000, windowSeconds: 60 };

/** Express's `trust proxy`: which hops' X-Forwarded-For to believe when reading the client address. */
export type TrustProxy = boolean | number | string;

const count = (name: string, raw: string | undefined, fallback: number, min: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer of at least ${min}, not ${raw}`);
  return n;
};

/** Reads RATE_LIMIT_* (each documented on RateLimits). */
export function parseRateLimits(env: NodeJS.ProcessEnv): RateLimits {
  return {
    perAddress: count('RATE_LIMIT_PER_ADDRESS', env.RATE_LIMIT_PER_ADDRESS, DEFAULT_RATE_LIMITS.perAddress, 0),
    perUser: count('RATE_LIMIT_PER_USER', env.RATE_LIMIT_PER_USER, DEFAULT_RATE_LIMITS.perUser, 0),
    windowSeconds: count('RATE_LIMIT_WINDOW_SECONDS', env.RATE_LIMIT_WINDOW_SECONDS, DEFAULT_RATE_LIMITS.windowSeconds, 1),
  };
}

/**
 * TRUST_PROXY: unset or `false`, the socket's address is the client's (X-Forwarded-For is ignored,
 * so nobody escapes the per-address count by sending one). Behind a load balancer: the number of
 * proxy hops (`1`), or their addresses/subnets (`10.0.0.0/8`, `loopback`, comma-separated).
 * `true` believes any X-Forwarded-For: only when nothing but the proxy can reach the service.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

export function rateLimitsOf(partial: Partial<RateLimits> | undefined): RateLimits {
  return { ...DEFAULT_RATE_LIMITS, ...partial };
}

type Scope = 'address' | 'user';

/**
 * The key of a client address: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4), IPv6 by
 * its /64, since one subscriber is routinely given a whole /64 and could otherwise take a new
 * address for every request.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

function refusal(scope: Scope, res: RateLimiterRes) {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const message = `Too many requests from this ${scope === 'address' ? 'address' : 'account'}: try again in ${retryAfterSeconds} s`;
  return { retryAfterSeconds, message, extensions: { code: 'RATE_LIMITED', scope, retryAfterSeconds } };
}

function limiter(dataSource: DataSource, scope: Scope, points: number, duration: number) {
  return new RateLimiterPostgres({
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName: 'rate_limit',
    // The migration made the table (and the app's role may not create one).
    tableCreated: true,
    keyPrefix: scope,
    points,
    duration,
    // Once a key is over, refuse it from memory until its window ends: a flood costs no SQL.
    inMemoryBlockOnConsumed: points + 1,
    // PostgreSQL unreachable: count in this process instead of refusing everyone (or no one).
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: scope, points, duration }),
  });
}

/** Consumes one point; the RateLimiterRes of a refusal, or null. Any other failure is logged and let through. */
async function consume(rl: RateLimiterPostgres, key: string, log: Logger): Promise<RateLimiterRes | null> {
  try {
    await rl.consume(key);
    return null;
  } catch (err) {
    if (err instanceof RateLimiterRes) return err;
    log.warn({ err }, 'rate limiter failed; request let through');
    return null;
  }
}

export interface RateLimiting {
  /** Express middleware for /graphql, before the body is parsed: per client address. */
  byAddress: RequestHandler;
  /** Wraps Apollo's context function: once the user is known, per staff member. */
  perUser<A, C extends { user: { id: string } | null }>(context: (args: A) => Promise<C>): (args: A) => Promise<C>;
}

export function createRateLimiting(dataSource: DataSource, limits: RateLimits, log: Logger): RateLimiting {
  const byAddress = limits.perAddress > 0 ? limiter(dataSource, 'address', limits.perAddress, limits.windowSeconds) : null;
  const byUser = limits.perUser > 0 ? limiter(dataSource, 'user', limits.perUser, limits.windowSeconds) : null;
  return {
    byAddress: (req, res, next) => {
      if (!byAddress) { next(); return; }
      // req.ip follows `trust proxy` (TRUST_PROXY); without it, the socket's peer.
      const key = addressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      consume(byAddress, key, log).then((refused) => {
        if (!refused) { next(); return; }
        const r = refusal('address', refused);
        res.status(429).set('Retry-After', String(r.retryAfterSeconds)).json({ errors: [{ message: r.message, extensions: r.extensions }] });
      }, next);
    },
    perUser: (context) => async (args) => {
      const value = await context(args);
      if (!byUser || !value.user) return value;
      const refused = await consume(byUser, value.user.id, log);
      if (!refused) return value;
      const r = refusal('user', refused);
      throw new GraphQLError(r.message, {
        extensions: { ...r.extensions, http: { status: 429, headers: new HeaderMap([['retry-after', String(r.retryAfterSeconds)]]) } },
      });
    },
  };
}
