import { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_SCHEMA, pgBossConstructionSql, SCHEDULE_TABLE } from '../jobs/job-schema';

/**
 * Issue 14 item 1: the job queue (src/jobs), pg-boss 10 in schema `pgboss`, made here by the owner
 * so the app's role never needs CREATE: the app starts pg-boss with `migrate: false`, and its
 * start() refuses a schema at another version.
 * - pg-boss's own DDL (PgBoss.getConstructionPlans, pg-boss schema version 24 for 10.4.2) in this
 *   migration's transaction;
 * - `pgboss.create_queue()` runs as the owner (SECURITY DEFINER, its search_path pinned): a new
 *   queue is a new partition of pgboss.job, which the app may not CREATE itself. Only the app's role
 *   gets EXECUTE (src/jobs/job-privileges.ts); delete_queue() is the owner's alone;
 * - pgboss.app_schedule, ours: each scheduled queue's last slot, so a monthly job runs once across
 *   replicas (src/jobs/scheduler.ts).
 * Upgrading pg-boss to a release whose version.json `schema` is higher needs a migration running
 * PgBoss.getMigrationPlans(JOB_SCHEMA, <from>) for each step (and re-applying the SECURITY DEFINER
 * below if create_queue is replaced); the app's start-up says so until it runs.
 */
export class JobQueue1765300000000 implements MigrationInterface {
  name = 'JobQueue1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(pgBossConstructionSql());
    await q.query(`ALTER FUNCTION ${JOB_SCHEMA}.create_queue(text, json) SECURITY DEFINER SET search_path = pg_catalog, pg_temp`);
    await q.query(`REVOKE ALL ON FUNCTION ${JOB_SCHEMA}.create_queue(text, json) FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION ${JOB_SCHEMA}.delete_queue(text) FROM PUBLIC`);
    await q.query(`
      CREATE TABLE ${SCHEDULE_TABLE} (
        queue text PRIMARY KEY,
        slot text,
        job_id uuid,
        claimed_at timestamptz
      )`);
    await q.query(`COMMENT ON TABLE ${SCHEDULE_TABLE} IS 'Not pg-boss''s: the last slot each scheduled queue enqueued (src/jobs/scheduler.ts)'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA ${JOB_SCHEMA} CASCADE`);
  }
}
