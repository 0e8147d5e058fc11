import { JobRunner } from '../../src/jobs';
import { createLogger } from '../../src/logger';
import { PUMP_INTERVAL_MS, pumpSlotId, pumpSlotOf, WEBHOOK_PUMP_QUEUE, WEBHOOK_PUMP_WATCHDOG_QUEUE, webhookJobs } from '../../src/webhooks/webhook-jobs';
import { startTestApp, type TestApp } from '../support/test-app';
import { appendChange, deliveriesOf, LOOPBACK_WEBHOOKS, registerEndpoint, startReceiver, startSender, until, useWebhookConfig } from '../support/webhooks';

/**
 * Issue 14 items 1 and 3: webhook delivery runs on the job queue (pg-boss). The hourly watchdog
 * starts the pump; a pump job dispatches and delivers, then enqueues the next slot's job, which
 * every replica would enqueue under the same id: one job per slot.
 */
describe('webhook delivery on the job queue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-02T18:00:00Z' });
    useWebhookConfig(app, LOOPBACK_WEBHOOKS);
  });
  afterAll(() => app.close());

  it('the watchdog enqueues the pump; the pump delivers and chains the next slot, enqueued once however many replicas send it', async () => {
    const receiver = await startReceiver();
    const sender = await startSender(app);
    const log = createLogger('silent');
    const jobs = new JobRunner({ dataSource: app.appDataSource, clock: app.clock, log });
    webhookJobs(jobs, { services: { ...app.running.services, webhookDeliveries: sender.deliveries }, dataSource: app.appDataSource, clock: app.clock, log });
    try {
      await jobs.start({ work: false });
      const { id } = await registerEndpoint(app, app.token(app.fixtures.north.partner), receiver.url);
      await appendChange(app, app.fixtures.north.officeId, 'queued');
      expect(await jobs.tick()).toEqual([expect.stringContaining(WEBHOOK_PUMP_WATCHDOG_QUEUE)]);
      expect(await jobs.workOnce(WEBHOOK_PUMP_WATCHDOG_QUEUE)).toMatchObject({ outcome: 'completed' });
      const slot = pumpSlotOf(app.clock.now());
      // Another replica's watchdog (or pump) sending the same slot adds nothing.
      expect(await jobs.send(WEBHOOK_PUMP_QUEUE, { slot }, { id: pumpSlotId(slot) })).toBeNull();
      // The feed may show the change a moment late on a shared server: pump until it is delivered.
      await until(async () => {
        expect(await jobs.workOnce(WEBHOOK_PUMP_QUEUE, { ignoreStartAfter: true })).toMatchObject({ outcome: 'completed' });
        if ((await deliveriesOf(app, id))[0]?.status === 'DELIVERED') return true;
        app.clock.set(new Date(app.clock.now().getTime() + PUMP_INTERVAL_MS));
        return false;
      }, 'the change delivered by a pump job');
      expect(receiver.received).toHaveLength(1);
      const next = await app.appDataSource.query(`SELECT id::text, start_after FROM pgboss.job WHERE name = $1 AND state = 'created' ORDER BY start_after`, [WEBHOOK_PUMP_QUEUE]);
      expect(next).toEqual([expect.objectContaining({ id: pumpSlotId(pumpSlotOf(app.clock.now()) + 1) })]);
    } finally {
      await jobs.stop();
      await sender.kill();
      await receiver.close();
    }
  });
});
