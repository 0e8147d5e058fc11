import { decideAttempt, parseRetryAfter, RETRY_DELAYS_MS, retryDelayMs } from '../../../src/webhooks/retry-schedule';

const now = new Date('2026-11-02T18:00:00.000Z');
const response = (status: number, retryAfterMs: number | null = null) => ({ kind: 'response' as const, status, retryAfterMs });
const later = (ms: number) => ({ outcome: 'RETRY', nextAttemptAt: new Date(now.getTime() + ms) });

describe('the webhook retry schedule (issue 14 item 3, Standard Webhooks "Deliverability")', () => {
  it('is the spec\'s: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h after each failure, ten attempts over about 3 days', () => {
    expect(RETRY_DELAYS_MS.map((ms) => ms / 1000)).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBe(((75 * 60 + 35) * 60 + 5) * 1000);
    // Each wait at least as long as the one before: the delays grow.
    for (let i = 1; i < RETRY_DELAYS_MS.length; i += 1) expect(RETRY_DELAYS_MS[i]).toBeGreaterThan(RETRY_DELAYS_MS[i - 1]);
  });

  it('jitters each wait by up to 20% either way, from the injected random', () => {
    expect(retryDelayMs(0, () => 0.5)).toBe(5000);
    expect(retryDelayMs(0, () => 0)).toBe(4000);
    expect(retryDelayMs(0, () => 0.999999)).toBe(6000);
    expect(retryDelayMs(3, () => 0.25)).toBe(Math.round(2 * 3600_000 * 0.9));
    // A random out of [0, 1) is clamped, never a negative or doubled wait.
    expect(retryDelayMs(1, () => -3)).toBe(240_000);
    expect(retryDelayMs(1, () => 7)).toBe(360_000);
    expect(retryDelayMs(9, () => 0.5)).toBeNull();
  });

  it('2xx is delivered; 410 disables the endpoint; anything else, redirects too, is retried on the schedule; past it, dead', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(decideAttempt(response(status), 0, now, () => 0.5)).toEqual({ outcome: 'DELIVERED' });
    expect(decideAttempt(response(410), 3, now, () => 0.5)).toEqual({ outcome: 'ENDPOINT_GONE' });
    for (const status of [301, 302, 400, 401, 404, 429, 500, 502, 503, 504]) expect(decideAttempt(response(status), 0, now, () => 0.5)).toEqual(later(5000));
    expect(decideAttempt({ kind: 'error', errorClass: 'TIMEOUT' }, 1, now, () => 0.5)).toEqual(later(300_000));
    expect(decideAttempt({ kind: 'error', errorClass: 'CONNECTION_FAILED' }, 8, now, () => 0.5)).toEqual(later(86_400_000));
    expect(decideAttempt({ kind: 'error', errorClass: 'CONNECTION_FAILED' }, 9, now, () => 0.5)).toEqual({ outcome: 'DEAD' });
    expect(decideAttempt(response(500), 12, now, () => 0.5)).toEqual({ outcome: 'DEAD' });
  });

  it('a Retry-After (seconds) waits at least that long, up to 24 hours; the HTTP-date form is not read', () => {
    expect(decideAttempt(response(429, 120_000), 0, now, () => 0.5)).toEqual(later(120_000));
    expect(decideAttempt(response(503, 1000), 1, now, () => 0.5)).toEqual(later(300_000));
    expect(decideAttempt(response(503, 10 * 86_400_000), 0, now, () => 0.5)).toEqual(later(86_400_000));
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(' 7 ')).toBe(7000);
    expect(parseRetryAfter(['30', '40'])).toBe(30_000);
    for (const value of ['Wed, 21 Oct 2026 07:28:00 GMT', '-5', '1.5', '', undefined]) expect(parseRetryAfter(value)).toBeNull();
  });
});
