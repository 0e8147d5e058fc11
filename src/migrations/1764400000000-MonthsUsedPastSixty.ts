import { MigrationInterface, QueryRunner } from 'typeorm';

/** TL-1: with an approved extension a case counts months past 60, so the column may pass 60. */
export class MonthsUsedPastSixty1764400000000 implements MigrationInterface {
  name = 'MonthsUsedPastSixty1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE work_case DROP CONSTRAINT work_case_months_used_check;
      ALTER TABLE work_case ADD CONSTRAINT work_case_months_used_check CHECK (months_used >= 0);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE work_case DROP CONSTRAINT work_case_months_used_check;
      ALTER TABLE work_case ADD CONSTRAINT work_case_months_used_check CHECK (months_used BETWEEN 0 AND 60);
    `);
  }
}
