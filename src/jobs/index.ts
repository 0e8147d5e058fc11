import { JobRunner } from './job-runner';
import type { JobModule, JobModuleDependencies } from './job-modules';
import { periodicJobs } from './periodic-jobs';
import { webhookJobs } from '../webhooks/webhook-jobs';

export { JobRunner, type JobRunnerDependencies, type SendOptions } from './job-runner';
export type { JobContext, JobData, JobHandler, QueueOptions } from './queue-definition';
export type { JobModule, JobModuleDependencies } from './job-modules';
export type { DeadJob } from './dead-jobs.repository';
export type { JobOutcome, QueueStats } from './queue-loop';
export type { Cadence } from './slots';

/** Every module's queues, registered in this order by the API process and by `npm run worker`. */
export const JOB_MODULES: readonly JobModule[] = [periodicJobs, webhookJobs];

/**
 * The app's job runner with every module's queues defined, not started: main.ts starts it after
 * `listen` (JOBS=on: with workers; JOBS=off: sending only), src/worker.ts starts it alone.
 */
export function createAppJobs(deps: JobModuleDependencies & { stopTimeoutMs?: number }): JobRunner {
  const jobs = new JobRunner(deps);
  for (const register of JOB_MODULES) register(jobs, deps);
  return jobs;
}

/** Only what a service needs to enqueue (so it cannot start or stop the runner). */
export type JobSender = Pick<JobRunner, 'send'>;
