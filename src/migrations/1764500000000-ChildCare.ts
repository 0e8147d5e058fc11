import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Child care authorization on a case: SS-3 asks for the request before the 1st of each month, and
 * federally funded child care raises the two-parent requirement to 55/50 hours (45 CFR 261.32).
 */
export class ChildCare1764500000000 implements MigrationInterface {
  name = 'ChildCare1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE work_case ADD COLUMN child_care_authorized boolean NOT NULL DEFAULT false;
      ALTER TABLE work_case ADD COLUMN child_care_federally_funded boolean NOT NULL DEFAULT false;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE work_case DROP COLUMN child_care_authorized, DROP COLUMN child_care_federally_funded');
  }
}
