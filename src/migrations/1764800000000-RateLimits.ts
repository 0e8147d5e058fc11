import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit windows shared by every replica (issue 11 item 2, src/http/rate-limit.ts). The
 * columns are exactly those RateLimiterPostgres creates itself (node_modules/rate-limiter-flexible
 * lib/RateLimiterPostgres.js, _getCreateTableStmt); the app passes tableCreated: true, so its role
 * needs no CREATE. The index serves the library's periodic `DELETE ... WHERE expire < $1`.
 *
 * UNLOGGED: a count is worth nothing after a crash (PostgreSQL empties the table in recovery, so
 * every window starts afresh), and without WAL each request's upserts commit without waiting for
 * a flush to disk, which otherwise doubled the time of a small request (bench/query-limits).
 */
export class RateLimits1764800000000 implements MigrationInterface {
  name = 'RateLimits1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key varchar(255) NOT NULL,
        points integer NOT NULL DEFAULT 0,
        expire bigint,
        CONSTRAINT rate_limit_pkey PRIMARY KEY (key)
      );
      CREATE INDEX rate_limit_expire_idx ON rate_limit (expire);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit');
  }
}
