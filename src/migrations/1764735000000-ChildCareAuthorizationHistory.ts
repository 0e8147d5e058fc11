import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Child care authorization as it was on each date: DOMAIN.md "Facts are taken as they were in the
 * month (... federally funded child care), never as they are today", and the two-parent 55/50
 * figure depends on federally funded child care in the month (42 USC 607(c)(1)(B)(ii); 45 CFR
 * 261.32). work_case keeps the current flags; this append-only table keeps every change with the
 * date it took effect. What was true before this table is not known: a case that has child care
 * today gets one row effective on its referral date, which is what the record showed until now
 * (the current flags applied to every month), so no past month and no SS-3 request changes.
 */
export class ChildCareAuthorizationHistory1764735000000 implements MigrationInterface {
  name = 'ChildCareAuthorizationHistory1764735000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_care_authorization (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES work_case(id),
        effective_on date NOT NULL,
        authorized boolean NOT NULL,
        federally_funded boolean NOT NULL,
        recorded_by uuid REFERENCES staff(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX child_care_authorization_case_idx ON child_care_authorization(case_id, effective_on, id);
      CREATE TRIGGER child_care_authorization_append_only BEFORE UPDATE OR DELETE ON child_care_authorization
        FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER child_care_authorization_no_truncate BEFORE TRUNCATE ON child_care_authorization
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
      INSERT INTO child_care_authorization (case_id, effective_on, authorized, federally_funded)
        SELECT id, referral_date, child_care_authorized, child_care_federally_funded
          FROM work_case WHERE child_care_authorized OR child_care_federally_funded;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE child_care_authorization');
  }
}
