import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines (obligations) kept in indexed columns, recomputed when a case changes, so an office
 * worklist is an index range scan; client notes (CLNO) and case notes (CANO) with their "E" alerts.
 */
export class ObligationsAndNotes1764100000000 implements MigrationInterface {
  name = 'ObligationsAndNotes1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Monthly rules (ENG-4, WV-1, EXIT-3...) add an obligation each month even when nothing
      -- happens on the case, so each case remembers the Alaska date its obligations were derived on.
      ALTER TABLE work_case ADD COLUMN obligations_derived_on date;
      CREATE INDEX work_case_obligations_derived_idx ON work_case(obligations_derived_on);

      CREATE TABLE obligation (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES work_case(id),
        office_id uuid NOT NULL REFERENCES office(id),
        case_manager_id uuid NOT NULL REFERENCES staff(id),
        key text NOT NULL,
        rule_id text NOT NULL,
        description text NOT NULL,
        due_date date NOT NULL,
        -- NULL while open; OPEN vs OVERDUE depends on today, so it is decided when read.
        resolution text CHECK (resolution IN ('MET', 'WAIVED')),
        met_by text,
        met_on date,
        waiver_reason text,
        UNIQUE (case_id, key)
      );
      CREATE INDEX obligation_office_worklist_idx ON obligation(office_id, due_date, id) WHERE resolution IS NULL;
      CREATE INDEX obligation_office_all_idx ON obligation(office_id, due_date, id);
      CREATE INDEX obligation_manager_worklist_idx ON obligation(case_manager_id, due_date, id) WHERE resolution IS NULL;
      CREATE INDEX obligation_case_idx ON obligation(case_id);

      CREATE TABLE obligation_waiver (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES work_case(id),
        obligation_key text NOT NULL,
        reason text NOT NULL,
        waived_by uuid NOT NULL REFERENCES staff(id),
        waived_at timestamptz NOT NULL,
        UNIQUE (case_id, obligation_key)
      );

      CREATE TABLE client_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        subject text NOT NULL,
        title text NOT NULL,
        sections jsonb NOT NULL,
        contact_method text,
        corrects_note_id uuid REFERENCES client_note(id),
        author_id uuid NOT NULL REFERENCES staff(id),
        entered_at timestamptz NOT NULL
      );
      CREATE INDEX client_note_case_idx ON client_note(case_id, entered_at);

      CREATE TABLE case_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        category text NOT NULL CHECK (category IN ('JOB_START_OR_OJT_PLACEMENT', 'PENALTY_REQUEST', 'EXEMPTION_START_OR_END', 'EXTENSION_DECISION', 'PENALTY_HOME_VISIT')),
        text text NOT NULL,
        author_id uuid NOT NULL REFERENCES staff(id),
        entered_at timestamptz NOT NULL
      );
      CREATE TABLE case_alert (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES work_case(id),
        office_id uuid NOT NULL REFERENCES office(id),
        kind text NOT NULL DEFAULT 'E',
        case_note_id uuid NOT NULL REFERENCES case_note(id),
        raised_at timestamptz NOT NULL
      );
      CREATE INDEX case_alert_office_idx ON case_alert(office_id, raised_at DESC);

      -- Notes are part of the record: a correction is an addendum, never an edit.
      CREATE TRIGGER client_note_append_only BEFORE UPDATE OR DELETE ON client_note FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER case_note_append_only BEFORE UPDATE OR DELETE ON case_note FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER obligation_waiver_append_only BEFORE UPDATE OR DELETE ON obligation_waiver FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE work_case DROP COLUMN obligations_derived_on; DROP TABLE case_alert; DROP TABLE case_note; DROP TABLE client_note; DROP TABLE obligation_waiver; DROP TABLE obligation;');
  }
}
