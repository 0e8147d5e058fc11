/**
 * What an attempt's result means for its delivery (issue 14 item 3, the Standard Webhooks spec's
 * "Deliverability and reliability" and "Delivery success and failure"). Pure: the caller passes
 * the clock's time and a random number.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The wait after each failed attempt, the spec's example schedule: the first attempt goes at
 * once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. Ten attempts over about three
 * days (75 h 35 min 5 s without jitter); a delivery that fails the tenth is dead.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 20 * HOUR, 24 * HOUR,
];

/** Each wait varies by up to this share either way, so receivers that failed together are not retried together. */
export const JITTER = 0.2;

/** A Retry-After longer than this is not honoured (the schedule's own longest wait). */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/**
 * The n-th wait (0-based: after the first failed attempt) with jitter: the delay times a factor
 * from 0.8 to 1.2, from `random` in [0, 1). Null when the schedule is spent.
 * @example retryDelayMs(0, () => 0.5) // 5000
 * @example retryDelayMs(1, () => 0) // 240000 (5 minutes less 20%)
 * @example retryDelayMs(9, Math.random) // null: ten attempts made
 */
export function retryDelayMs(step: number, random: () => number): number | null {
  const base = RETRY_DELAYS_MS[step];
  if (base === undefined) return null;
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(base * (1 - JITTER + 2 * JITTER * r));
}

/** What an attempt came to: a response's status, or an error before one (no body is ever read). */
export type AttemptResult =
  | { kind: 'response'; status: number; retryAfterMs: number | null }
  | { kind: 'error'; errorClass: WebhookErrorClass };

/** Why an attempt got no response. Never the error's text: it may echo the receiver's data. */
export const WEBHOOK_ERROR_CLASSES = ['TIMEOUT', 'CONNECTION_FAILED', 'DNS_FAILED', 'TLS_FAILED', 'BLOCKED_ADDRESS', 'HOST_NOT_ALLOWED'] as const;
export type WebhookErrorClass = (typeof WEBHOOK_ERROR_CLASSES)[number];

/** An attempt's outcome, as the attempt log records it. */
export const WEBHOOK_ATTEMPT_OUTCOMES = ['DELIVERED', 'RETRY', 'DEAD', 'ENDPOINT_GONE'] as const;
export type WebhookAttemptOutcome = (typeof WEBHOOK_ATTEMPT_OUTCOMES)[number];

export type AttemptDecision =
  | { outcome: 'DELIVERED' }
  | { outcome: 'ENDPOINT_GONE' }
  | { outcome: 'RETRY'; nextAttemptAt: Date }
  | { outcome: 'DEAD' };

/**
 * The spec's status handling: 2xx delivered; 410 Gone disables the endpoint (its deliveries wait
 * for it to be enabled again); anything else, a 3xx included (redirects are not followed), a
 * timeout or a connection error, is retried on the schedule from `step` (the failures since the
 * delivery was queued or replayed), waiting at least a Retry-After of up to 24 hours (429, 503);
 * past the schedule, dead.
 *
 * @example
 * decideAttempt({ kind: 'response', status: 204, retryAfterMs: null }, 0, now, Math.random) // { outcome: 'DELIVERED' }
 * decideAttempt({ kind: 'response', status: 500, retryAfterMs: null }, 0, now, () => 0.5) // { outcome: 'RETRY', nextAttemptAt: now + 5 s }
 * decideAttempt({ kind: 'error', errorClass: 'TIMEOUT' }, 9, now, Math.random) // { outcome: 'DEAD' }
 */
export function decideAttempt(result: AttemptResult, step: number, now: Date, random: () => number): AttemptDecision {
  if (result.kind === 'response' && result.status >= 200 && result.status <= 299) return { outcome: 'DELIVERED' };
  if (result.kind === 'response' && result.status === 410) return { outcome: 'ENDPOINT_GONE' };
  const delay = retryDelayMs(step, random);
  if (delay === null) return { outcome: 'DEAD' };
  const asked = result.kind === 'response' && result.retryAfterMs !== null ? Math.min(result.retryAfterMs, MAX_RETRY_AFTER_MS) : 0;
  return { outcome: 'RETRY', nextAttemptAt: new Date(now.getTime() + Math.max(delay, asked)) };
}

/**
 * A Retry-After header in seconds (the delay form); the HTTP-date form and anything else: null.
 * @example parseRetryAfter('120') // 120000
 * @example parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT') // null
 */
export function parseRetryAfter(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,9}$/.test(text.trim())) return null;
  return Number(text.trim()) * SECOND;
}
