import type { JobModuleDependencies } from '../../../src/jobs';
import { FixedClock } from '../../../src/services/clock';
import { PUMP_INTERVAL_MS, pumpSlotId, pumpSlotOf, WEBHOOK_PUMP_QUEUE, WEBHOOK_PUMP_WATCHDOG_QUEUE, webhookJobs } from '../../../src/webhooks/webhook-jobs';

/** A stand-in for the job runner: records definitions and sends. */
function fakeRunner() {
  const defined = new Map<string, { handler: (job: any) => Promise<unknown>; options: any }>();
  const sent: Array<{ queue: string; data: unknown; options: any }> = [];
  return {
    defined, sent,
    runner: {
      define: (queue: string, handler: (job: any) => Promise<unknown>, options: unknown) => { defined.set(queue, { handler, options }); },
      send: (queue: string, data: unknown, options: unknown) => { sent.push({ queue, data, options }); return Promise.resolve('id'); },
    },
  };
}

describe('webhook delivery on the job queue (issue 14 items 1 and 3)', () => {
  it('a pump slot\'s job id is a UUID, the same on every replica, another for the next slot', () => {
    const id = pumpSlotId(358_728_480);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pumpSlotId(358_728_480)).toBe(id);
    expect(pumpSlotId(358_728_481)).not.toBe(id);
    expect(pumpSlotOf(new Date(PUMP_INTERVAL_MS * 7 + 4999))).toBe(7);
  });

  it('the pump dispatches and delivers, then enqueues the next slot\'s job (once across replicas); the watchdog enqueues the current slot hourly', async () => {
    const { runner, defined, sent } = fakeRunner();
    const clock = new FixedClock(new Date('2026-11-02T18:00:02Z'));
    const pumped: unknown[] = [];
    const services = { webhookDeliveries: { pump: (signal: AbortSignal) => { pumped.push(signal); return Promise.resolve({ dispatched: 2, attempts: { DELIVERED: 2, RETRY: 0, DEAD: 0, ENDPOINT_GONE: 0, ABANDONED: 0 } }); } } };
    const log = { info: jest.fn() };
    webhookJobs(runner as never, { services, clock, log } as unknown as JobModuleDependencies);
    expect([...defined.keys()]).toEqual([WEBHOOK_PUMP_QUEUE, WEBHOOK_PUMP_WATCHDOG_QUEUE]);
    expect(defined.get(WEBHOOK_PUMP_WATCHDOG_QUEUE)!.options).toMatchObject({ every: 'hour' });

    const signal = new AbortController().signal;
    await defined.get(WEBHOOK_PUMP_QUEUE)!.handler({ signal, data: {} });
    expect(pumped).toEqual([signal]);
    const slot = pumpSlotOf(clock.now());
    expect(sent).toEqual([{ queue: WEBHOOK_PUMP_QUEUE, data: { slot: slot + 1 }, options: {
      id: pumpSlotId(slot + 1), singletonKey: `webhook-pump:${slot + 1}`, startAfter: new Date((slot + 1) * PUMP_INTERVAL_MS),
    } }]);
    expect(log.info).toHaveBeenCalledWith(expect.objectContaining({ dispatched: 2, DELIVERED: 2 }), 'webhooks dispatched and delivered');

    await defined.get(WEBHOOK_PUMP_WATCHDOG_QUEUE)!.handler({ signal, data: {} });
    expect(sent[1]).toEqual({ queue: WEBHOOK_PUMP_QUEUE, data: { slot }, options: { id: pumpSlotId(slot), singletonKey: `webhook-pump:${slot}` } });
  });

  it('a pump that fails still enqueues the next slot, so the chain goes on (the failed job is retried by the queue)', async () => {
    const { runner, defined, sent } = fakeRunner();
    const clock = new FixedClock(new Date('2026-11-02T18:00:00Z'));
    const services = { webhookDeliveries: { pump: () => Promise.reject(new Error('database away')) } };
    webhookJobs(runner as never, { services, clock, log: { info: jest.fn() } } as unknown as JobModuleDependencies);
    await expect(defined.get(WEBHOOK_PUMP_QUEUE)!.handler({ signal: new AbortController().signal, data: {} })).rejects.toThrow('database away');
    expect(sent.map((s) => s.options.id)).toEqual([pumpSlotId(pumpSlotOf(clock.now()) + 1)]);
  });
});
