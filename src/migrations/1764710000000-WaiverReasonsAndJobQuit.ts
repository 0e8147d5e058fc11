import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10:
 * - A waiver takes a coded reason (src/obligations/waiver-reasons.ts) beside its free text. Waivers
 *   recorded before the coded list keep a NULL code: the table is append-only, the record stays
 *   as it was. The obligation row carries the code of the waiver that settled it, like its reason.
 * - NOTE-3 allows a CANO with information on a potential job-quit disqualification.
 * The lists are written out here: migrations never import application code.
 */
export class WaiverReasonsAndJobQuit1764710000000 implements MigrationInterface {
  name = 'WaiverReasonsAndJobQuit1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE obligation_waiver ADD COLUMN reason_code text
        CONSTRAINT obligation_waiver_reason_code_check CHECK (reason_code IN ('EXTENUATING_CIRCUMSTANCES', 'CLIENT_DECLINED_POST_TA'));
      ALTER TABLE obligation ADD COLUMN waiver_reason_code text;
      ALTER TABLE case_note DROP CONSTRAINT case_note_category_check;
      ALTER TABLE case_note ADD CONSTRAINT case_note_category_check CHECK (category IN
        ('JOB_START_OR_OJT_PLACEMENT', 'PENALTY_REQUEST', 'POTENTIAL_JOB_QUIT', 'EXEMPTION_START_OR_END', 'EXTENSION_DECISION', 'PENALTY_HOME_VISIT'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_note DROP CONSTRAINT case_note_category_check;
      ALTER TABLE case_note ADD CONSTRAINT case_note_category_check CHECK (category IN
        ('JOB_START_OR_OJT_PLACEMENT', 'PENALTY_REQUEST', 'EXEMPTION_START_OR_END', 'EXTENSION_DECISION', 'PENALTY_HOME_VISIT'));
      ALTER TABLE obligation DROP COLUMN waiver_reason_code;
      ALTER TABLE obligation_waiver DROP COLUMN reason_code;
    `);
  }
}
