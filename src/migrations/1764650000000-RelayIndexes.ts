import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a case's nested lists, read for a whole page of cases at once (case_id = ANY($1)):
 * case notes had none (each Case.caseNotes scanned the table), alerts only by office.
 */
export class RelayIndexes1764650000000 implements MigrationInterface {
  name = 'RelayIndexes1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX case_note_case_idx ON case_note (case_id, entered_at);
      CREATE INDEX case_alert_case_idx ON case_alert (case_id, raised_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX case_alert_case_idx; DROP INDEX case_note_case_idx');
  }
}
