import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { Clock } from '../services/clock';
import type { Services } from '../services';
import type { JobRunner } from './job-runner';

/** What a module's job registration may use: the runner, the services (handlers call them), the rest. */
export interface JobModuleDependencies {
  services: Services;
  dataSource: DataSource;
  clock: Clock;
  log: Logger;
}

/**
 * A module's queues: a function that calls jobs.define for each. Listed in JOB_MODULES
 * (src/jobs/index.ts), so the API process and `npm run worker` register the same ones.
 *
 * @example
 * export const webhookJobs: JobModule = (jobs, { services }) => {
 *   jobs.define<{ deliveryId: string }>('webhook-delivery', ({ data, signal }) => services.webhooks.deliver(data.deliveryId, signal), { retryLimit: 12 });
 * };
 */
export type JobModule = (jobs: JobRunner, deps: JobModuleDependencies) => void;
