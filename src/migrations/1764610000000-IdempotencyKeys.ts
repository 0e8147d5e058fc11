import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safe retries (issue 9): a mutation's clientMutationId, per user, with the hash of its input and
 * the response it got, kept at least 24 hours (purged later by the periodic work).
 */
export class IdempotencyKeys1764610000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        staff_id uuid NOT NULL REFERENCES staff(id),
        key text NOT NULL,
        mutation text NOT NULL,
        input_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL,
        CONSTRAINT idempotency_key_pkey PRIMARY KEY (staff_id, key)
      );
      CREATE INDEX idempotency_key_created_at_idx ON idempotency_key(created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_key');
  }
}
