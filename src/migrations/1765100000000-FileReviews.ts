import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['file_review_draw', 'file_review_sample', 'file_review', 'file_review_correction'] as const;

/**
 * Issue 13 item 3: file reviews (MGT-1..3), every table append-only (a trigger refuses UPDATE,
 * DELETE and TRUNCATE; the app role gets SELECT and INSERT only, src/db/privileges.ts).
 *
 * - file_review_draw: one per office and month; its seed, method (HMAC_SHA256_ORDER), population
 *   (every case id, so a redraw can be checked) and sample size (ceil 10%, checked here too).
 * - file_review_sample: the drawn cases in draw order (position) and the cases a manager added
 *   (who, why), each with its reviewer; never removed.
 * - file_review: the checklist answered for a sample row (one), its score (passed / applicable).
 * - file_review_correction: a failed item corrected (MGT-2), one per finding.
 */
export class FileReviews1765100000000 implements MigrationInterface {
  name = 'FileReviews1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE file_review_draw (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL,
        month text NOT NULL,
        drawn_on date NOT NULL,
        seed text NOT NULL,
        seed_source text NOT NULL,
        method text NOT NULL,
        population_size integer NOT NULL,
        population_case_ids uuid[] NOT NULL,
        sample_size integer NOT NULL,
        drawn_by uuid NOT NULL,
        drawn_at timestamptz NOT NULL,
        CONSTRAINT file_review_draw_office_id_fkey FOREIGN KEY (office_id) REFERENCES office(id),
        CONSTRAINT file_review_draw_drawn_by_fkey FOREIGN KEY (drawn_by) REFERENCES staff(id),
        CONSTRAINT file_review_draw_office_month_key UNIQUE (office_id, month),
        CONSTRAINT file_review_draw_seed_check CHECK (seed ~ '^[0-9a-f]{32,128}$'),
        CONSTRAINT file_review_draw_seed_source_check CHECK (seed_source IN ('GENERATED', 'SUPPLIED')),
        CONSTRAINT file_review_draw_method_check CHECK (method IN ('HMAC_SHA256_ORDER')),
        CONSTRAINT file_review_draw_population_check CHECK (population_size = cardinality(population_case_ids)),
        CONSTRAINT file_review_draw_sample_size_check CHECK (sample_size = (population_size * 10 + 99) / 100),
        CONSTRAINT file_review_draw_month_check CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND month = to_char(drawn_on, 'YYYY-MM'))
      );
      CREATE TABLE file_review_sample (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        draw_id uuid NOT NULL,
        case_id uuid NOT NULL,
        position integer NOT NULL,
        source text NOT NULL,
        reviewer_id uuid NOT NULL,
        case_manager_id uuid NOT NULL,
        reason text,
        added_by uuid NOT NULL,
        added_at timestamptz NOT NULL,
        CONSTRAINT file_review_sample_draw_id_fkey FOREIGN KEY (draw_id) REFERENCES file_review_draw(id),
        CONSTRAINT file_review_sample_case_id_fkey FOREIGN KEY (case_id) REFERENCES work_case(id),
        CONSTRAINT file_review_sample_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES staff(id),
        CONSTRAINT file_review_sample_case_manager_id_fkey FOREIGN KEY (case_manager_id) REFERENCES staff(id),
        CONSTRAINT file_review_sample_added_by_fkey FOREIGN KEY (added_by) REFERENCES staff(id),
        CONSTRAINT file_review_sample_case_key UNIQUE (draw_id, case_id),
        CONSTRAINT file_review_sample_position_key UNIQUE (draw_id, position),
        CONSTRAINT file_review_sample_source_check CHECK (source IN ('DRAWN', 'ADDED')),
        CONSTRAINT file_review_sample_position_check CHECK (position >= 1),
        CONSTRAINT file_review_sample_reason_check CHECK ((source = 'ADDED') = (reason IS NOT NULL)),
        CONSTRAINT file_review_sample_reviewer_check CHECK (reviewer_id <> case_manager_id)
      );
      CREATE INDEX file_review_sample_case_idx ON file_review_sample(case_id);
      CREATE INDEX file_review_sample_reviewer_idx ON file_review_sample(reviewer_id, draw_id);
      CREATE TABLE file_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sample_id uuid NOT NULL,
        case_id uuid NOT NULL,
        office_id uuid NOT NULL,
        case_manager_id uuid NOT NULL,
        reviewed_on date NOT NULL,
        items jsonb NOT NULL,
        passed integer NOT NULL,
        applicable integer NOT NULL,
        reviewed_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT file_review_sample_id_fkey FOREIGN KEY (sample_id) REFERENCES file_review_sample(id),
        CONSTRAINT file_review_case_id_fkey FOREIGN KEY (case_id) REFERENCES work_case(id),
        CONSTRAINT file_review_office_id_fkey FOREIGN KEY (office_id) REFERENCES office(id),
        CONSTRAINT file_review_case_manager_id_fkey FOREIGN KEY (case_manager_id) REFERENCES staff(id),
        CONSTRAINT file_review_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES staff(id),
        CONSTRAINT file_review_sample_key UNIQUE (sample_id),
        CONSTRAINT file_review_score_check CHECK (applicable > 0 AND passed >= 0 AND passed <= applicable)
      );
      CREATE INDEX file_review_case_idx ON file_review(case_id, reviewed_on);
      CREATE INDEX file_review_office_idx ON file_review(office_id, reviewed_on);
      CREATE TABLE file_review_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL,
        case_id uuid NOT NULL,
        item text NOT NULL,
        corrected_on date NOT NULL,
        summary text NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT file_review_correction_review_id_fkey FOREIGN KEY (review_id) REFERENCES file_review(id),
        CONSTRAINT file_review_correction_case_id_fkey FOREIGN KEY (case_id) REFERENCES work_case(id),
        CONSTRAINT file_review_correction_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES staff(id),
        CONSTRAINT file_review_correction_item_key UNIQUE (review_id, item)
      );
      CREATE INDEX file_review_correction_case_idx ON file_review_correction(case_id);
    `);
    for (const table of TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${[...TABLES].reverse().join(', ')}`);
  }
}
