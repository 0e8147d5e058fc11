import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { CLOCK_TOLERANCE_SECONDS, DEFAULT_TOKEN_MAX_LIFETIME_SECONDS } from './auth-config';

/** jsonwebtoken turns a string secret into a key on every call; build it once per secret. */
const keys = new Map<string, KeyObject>();
const keyOf = (secret: string) => keys.get(secret) ?? keys.set(secret, createSecretKey(Buffer.from(secret, 'utf8'))).get(secret)!;

/** Why a token was refused: logged (never the token itself) and never shown to the caller. */
export type Verified = { ok: true; subject: string } | { ok: false; reason: string };

export interface LifetimeOptions {
  maxLifetimeSeconds: number;
  /** Seconds since the epoch; injected by tests. Real time, not the business clock: tests move that by months. */
  nowSeconds?: number;
}

/**
 * A token must say when it ends, and end soon: exp - iat (when there is an iat) and exp - now both
 * at most the configured lifetime. Checking exp - now too stops an iat dated in the future from
 * stretching a token's life.
 */
export function lifetimeProblem(claims: { exp?: unknown; iat?: unknown }, { maxLifetimeSeconds, nowSeconds }: LifetimeOptions): string | null {
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return 'the token has no exp';
  const now = nowSeconds ?? Math.floor(Date.now() / 1000);
  if (typeof claims.iat === 'number' && claims.exp - claims.iat > maxLifetimeSeconds) {
    return `the token lives ${claims.exp - claims.iat} s (exp - iat), more than ${maxLifetimeSeconds}`;
  }
  if (claims.exp - now > maxLifetimeSeconds + CLOCK_TOLERANCE_SECONDS) {
    return `the token expires in ${claims.exp - now} s, more than ${maxLifetimeSeconds}`;
  }
  return null;
}

/** Signs a staff member's bearer token (HS256). Role and office are NOT in it: they are read per request. */
export function signStaffToken(staffId: string, secret: string, expiresInSeconds = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS): string {
  return jwt.sign({}, keyOf(secret), { algorithm: 'HS256', subject: staffId, expiresIn: expiresInSeconds });
}

/** AUTH_MODE=local: the staff id (`sub`) of a valid HS256 token, or why not. */
export function verifyLocalToken(token: string, secret: string, options: LifetimeOptions): Verified {
  if (!secret) return { ok: false, reason: 'no JWT_SECRET to check local tokens with' };
  let claims: string | jwt.JwtPayload;
  try {
    claims = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], clockTimestamp: options.nowSeconds, clockTolerance: CLOCK_TOLERANCE_SECONDS });
  } catch (err) {
    // jsonwebtoken's messages name the check (`jwt expired`, `invalid signature`), never the token.
    return { ok: false, reason: err instanceof Error ? `${err.name}: ${err.message}` : 'unreadable token' };
  }
  if (typeof claims !== 'object' || typeof claims.sub !== 'string') return { ok: false, reason: 'the token has no sub' };
  const problem = lifetimeProblem(claims, options);
  return problem ? { ok: false, reason: problem } : { ok: true, subject: claims.sub };
}

/** Returns the staff id (`sub`) of a valid token, or null for a missing, forged, expired, everlasting or malformed one. */
export function verifyStaffToken(token: string, secret: string, options: LifetimeOptions = { maxLifetimeSeconds: DEFAULT_TOKEN_MAX_LIFETIME_SECONDS }): string | null {
  const verified = verifyLocalToken(token, secret, options);
  return verified.ok ? verified.subject : null;
}
