import { failureOutput } from '../../src/jobs/queue-loop';
import { deadLetterOf, assertQueueName, queueOfDeadLetter } from '../../src/jobs/job-schema';
import { QUEUE_DEFAULTS, resolveQueueOptions, sendOptionsOf } from '../../src/jobs/queue-definition';
import { isLaterSlot, slotKey, slotOf } from '../../src/jobs/slots';

describe('scheduled slots (src/jobs/slots.ts): every replica computes the same slot from its clock', () => {
  it('hour: the UTC hour, so the hour Alaska repeats when daylight saving time ends is two slots (FSSP-3 sweep)', () => {
    expect(slotOf('hour', new Date('2026-12-02T14:00:00Z'))).toBe('2026-12-02T14Z');
    expect(slotOf('hour', new Date('2026-12-02T14:59:59.999Z'))).toBe('2026-12-02T14Z');
    // 2026-11-01 01:30 AKDT and 01:30 AKST are 09:30Z and 10:30Z.
    expect(slotOf('hour', new Date('2026-11-01T09:30:00Z'))).not.toBe(slotOf('hour', new Date('2026-11-01T10:30:00Z')));
  });

  it('day and month: Alaska\'s (AS 01.10.080), so the monthly obligations (ENG-4, WV-1, EXIT-3) start on the 1st in Anchorage', () => {
    expect(slotOf('day', new Date('2026-12-02T08:30:00Z'))).toBe('2026-12-01'); // 23:30 AKST
    expect(slotOf('day', new Date('2026-12-02T09:00:00Z'))).toBe('2026-12-02');
    expect(slotOf('month', new Date('2026-12-01T08:59:59Z'))).toBe('2026-11');
    expect(slotOf('month', new Date('2026-12-01T09:00:00Z'))).toBe('2026-12');
    expect(slotOf('month', new Date('2027-01-01T09:00:00Z'))).toBe('2027-01');
  });

  it('a slot is due only when later than the one recorded: a lagging clock never re-enqueues', () => {
    expect(isLaterSlot('2026-12', null)).toBe(true);
    expect(isLaterSlot('2026-12', '2026-11')).toBe(true);
    expect(isLaterSlot('2026-12', '2026-12')).toBe(false);
    expect(isLaterSlot('2026-11', '2026-12')).toBe(false);
    expect(isLaterSlot('2027-01', '2026-12')).toBe(true);
    expect(isLaterSlot('2026-12-02T09Z', '2026-12-01T23Z')).toBe(true);
    expect(slotKey('obligation-refresh', '2026-12')).toBe('obligation-refresh:2026-12');
  });

  it('refuses an invalid instant', () => {
    expect(() => slotOf('hour', new Date('nope'))).toThrow(RangeError);
  });
});

describe('queue definitions (src/jobs/queue-definition.ts)', () => {
  const handler = () => Promise.resolve();

  it('defaults: 3 retries from 30 s with exponential backoff, 15 minutes to run, kept 14 days, a dead-letter queue', () => {
    const definition = resolveQueueOptions('fssp-lapse', handler);
    expect(definition).toMatchObject({ queue: 'fssp-lapse', deadLetter: 'fssp-lapse.dead', options: QUEUE_DEFAULTS });
    expect(sendOptionsOf(definition)).toEqual({ deadLetter: 'fssp-lapse.dead', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 900, retentionDays: 14 });
    expect(queueOfDeadLetter(deadLetterOf('webhook-delivery'))).toBe('webhook-delivery');
  });

  it('refuses options pg-boss would reject or misread, and names an operator could not type', () => {
    expect(() => resolveQueueOptions('q', handler, { retryLimit: -1 })).toThrow('retryLimit');
    expect(() => resolveQueueOptions('q', handler, { expireInSeconds: 24 * 3600 })).toThrow('expireInSeconds');
    expect(() => resolveQueueOptions('q', handler, { concurrency: 0 })).toThrow('concurrency');
    expect(() => resolveQueueOptions('q', handler, { pollingIntervalSeconds: 0.1 })).toThrow('pollingIntervalSeconds');
    expect(() => assertQueueName('Webhook Delivery')).toThrow('lower-case');
    expect(() => assertQueueName('fssp-lapse.dead')).toThrow('lower-case');
    expect(() => assertQueueName('webhook-delivery')).not.toThrow();
  });

  it('stores a failure as its type and scrubbed message, never the values it quotes', () => {
    expect(failureOutput(new TypeError('no endpoint for "jane@example.org" since 2026-01-02'))).toEqual({ type: 'TypeError', message: 'no endpoint for "…" since #' });
    expect(failureOutput('a string')).toEqual({ type: 'string', message: 'a value that is not an Error was thrown' });
  });
});
