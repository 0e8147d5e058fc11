import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox of changes Eligibility must learn of: exemption starts and ends the same day (EXM-1),
 * and other changes that may affect benefits (MGT-5). Written in the transition's transaction.
 */
export class EligibilityNotices1764300000000 implements MigrationInterface {
  name = 'EligibilityNotices1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE eligibility_notice (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES work_case(id),
        office_id uuid NOT NULL REFERENCES office(id),
        case_version integer NOT NULL,
        event text NOT NULL,
        rule_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        due_on date NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES staff(id),
        UNIQUE (case_id, case_version)
      );
      CREATE INDEX eligibility_notice_pending_idx ON eligibility_notice(office_id, created_at) WHERE acknowledged_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE eligibility_notice');
  }
}
