import type { JobModule } from './job-modules';

/**
 * The periodic work that ran on a timer in every process before issue 14, now scheduled queues:
 * each slot is enqueued once across replicas and run once (retried on failure), after `listen`.
 * Every handler is safe to run twice (a retry after a crash): each re-reads what is due.
 */
export const periodicJobs: JobModule = (jobs, { services, log }) => {
  // FSSP-3: a plan lapses the day after its last step review date; the chart records it then, by
  // the office's SYSTEM actor. Hourly, so the lapse shows within the hour of midnight.
  jobs.define('fssp-lapse', async () => {
    const cases = await services.fsspLapses.run();
    if (cases) log.info({ cases }, 'FSSPs expired after their last step review date');
  }, { every: 'hour', expireInSeconds: 3600, retryDelaySeconds: 60 });

  // ENG-4, WV-1, EXIT-3...: monthly obligations start on the 1st (Alaska) whether or not a case
  // changes. Once a month: the cases last derived in an earlier month are re-derived.
  jobs.define('obligation-refresh', async () => {
    const cases = await services.obligations.refreshStale();
    if (cases) log.info({ cases }, 'obligations re-derived');
  }, { every: 'month', expireInSeconds: 4 * 3600, retryDelaySeconds: 300 });

  // Idempotency keys are answered for 24 hours; older ones are deleted every hour.
  jobs.define('idempotency-purge', async () => {
    const keys = await services.idempotency.purgeExpired();
    if (keys) log.info({ keys }, 'expired idempotency keys deleted');
  }, { every: 'hour', retryDelaySeconds: 60 });

  // Who viewed whom is kept 6 years (45 CFR 164.316(b)(2)(i)); only older rows go, as the trigger
  // enforces. Daily: a row is at most a day older than 6 years when it goes.
  jobs.define('access-log-purge', async () => {
    const rows = await services.accessLog.purgeExpired();
    if (rows) log.info({ rows }, 'access log rows past 6 years deleted');
  }, { every: 'day', expireInSeconds: 3600, retryDelaySeconds: 300 });
};
