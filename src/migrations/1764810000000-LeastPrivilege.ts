import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Least privilege (issue 11 item 6). The app's role gets its privileges from
 * src/db/privileges.ts after every migration run; this migration closes what privileges alone
 * cannot: the owner (or anyone granted TRUNCATE later) could still empty client_note, case_note
 * and obligation_waiver, whose UPDATE/DELETE triggers never fire on TRUNCATE (and TRUNCATE
 * case_note CASCADE would take case_alert with it). Each gets the statement-level trigger the
 * other append-only tables already have.
 */
export class LeastPrivilege1764810000000 implements MigrationInterface {
  name = 'LeastPrivilege1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER client_note_no_truncate BEFORE TRUNCATE ON client_note FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER case_note_no_truncate BEFORE TRUNCATE ON case_note FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER obligation_waiver_no_truncate BEFORE TRUNCATE ON obligation_waiver FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER obligation_waiver_no_truncate ON obligation_waiver;
      DROP TRIGGER case_note_no_truncate ON case_note;
      DROP TRIGGER client_note_no_truncate ON client_note;
    `);
  }
}
