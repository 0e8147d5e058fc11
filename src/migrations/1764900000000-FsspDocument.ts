import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'fssp_version', 'fssp_goal', 'fssp_step', 'fssp_service_plan', 'fssp_mailing', 'fssp_signature', 'fssp_review', 'fssp_step_progress',
  'fssp_update_appointment',
] as const;

/**
 * Issue 12 item 1: the FSSP as a document with versions (FSSP-1..6, EA-4, ENG-4).
 *
 * A version (number 1..n per case) holds its SMART goals, intermediate goals (under a goal), steps
 * with their dates and own review date (FSSP-3), and the agencies' service plans it incorporates
 * (EA-4). Its mailing for signature (FSSP-6), its one signature (in person, by mail, or a field
 * FSSP with its plan date, goal date and goal, FSSP-5), the monthly reviews with progress per step
 * (FSSP-2, ENG-4) and the update appointments (FSSP-4) are rows of their own. Everything is
 * append-only (refuse_history_rewrite(), so src/db/privileges.ts grants INSERT and SELECT only):
 * an update is a new version, never an edit of a signed one.
 */
export class FsspDocument1764900000000 implements MigrationInterface {
  name = 'FsspDocument1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fssp_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        number integer NOT NULL,
        drafted_on date NOT NULL,
        drafted_by uuid NOT NULL REFERENCES staff(id),
        drafted_at timestamptz NOT NULL,
        supersedes_version_id uuid REFERENCES fssp_version(id),
        change_summary text,
        last_step_review_on date NOT NULL,
        CONSTRAINT fssp_version_case_id_number_key UNIQUE (case_id, number),
        CONSTRAINT fssp_version_number_check CHECK (number >= 1),
        CONSTRAINT fssp_version_supersedes_check CHECK ((number = 1) = (supersedes_version_id IS NULL)),
        -- An update says what changed (FSSP-2).
        CONSTRAINT fssp_version_change_summary_check CHECK (number = 1 OR change_summary IS NOT NULL)
      );
      CREATE TABLE fssp_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        position integer NOT NULL,
        kind text NOT NULL,
        parent_goal_id uuid REFERENCES fssp_goal(id),
        text text NOT NULL,
        measure text NOT NULL,
        target_on date NOT NULL,
        CONSTRAINT fssp_goal_kind_check CHECK (kind IN ('GOAL', 'INTERMEDIATE')),
        CONSTRAINT fssp_goal_parent_check CHECK ((kind = 'GOAL') = (parent_goal_id IS NULL))
      );
      CREATE INDEX fssp_goal_version_idx ON fssp_goal(version_id, position);
      CREATE INDEX fssp_goal_parent_idx ON fssp_goal(parent_goal_id);
      CREATE TABLE fssp_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        goal_id uuid NOT NULL REFERENCES fssp_goal(id),
        position integer NOT NULL,
        text text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        review_on date NOT NULL,
        -- FSSP-3: each step has its own review date, not before it starts.
        CONSTRAINT fssp_step_review_check CHECK (review_on >= starts_on),
        CONSTRAINT fssp_step_ends_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX fssp_step_version_idx ON fssp_step(version_id, position);
      CREATE INDEX fssp_step_goal_idx ON fssp_step(goal_id);
      CREATE TABLE fssp_service_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        position integer NOT NULL,
        agency text NOT NULL,
        summary text NOT NULL
      );
      CREATE INDEX fssp_service_plan_version_idx ON fssp_service_plan(version_id, position);
      CREATE TABLE fssp_mailing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        mailed_on date NOT NULL,
        due_back_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT fssp_mailing_due_back_check CHECK (due_back_on > mailed_on)
      );
      CREATE INDEX fssp_mailing_version_idx ON fssp_mailing(version_id, mailed_on);
      CREATE TABLE fssp_signature (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        method text NOT NULL,
        signed_on date NOT NULL,
        field_plan_on date,
        field_goal_on date,
        field_goal text,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT fssp_signature_version_id_key UNIQUE (version_id),
        CONSTRAINT fssp_signature_method_check CHECK (method IN ('IN_PERSON', 'MAILED', 'FIELD')),
        -- FSSP-5: a field FSSP records its plan date, goal date and goal; no other signature does.
        CONSTRAINT fssp_signature_field_check CHECK (
          (method = 'FIELD') = (field_plan_on IS NOT NULL AND field_goal_on IS NOT NULL AND field_goal IS NOT NULL)
          AND (method = 'FIELD' OR (field_plan_on IS NULL AND field_goal_on IS NULL AND field_goal IS NULL)))
      );
      CREATE TABLE fssp_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        reviewed_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX fssp_review_version_idx ON fssp_review(version_id, reviewed_on);
      CREATE INDEX fssp_review_case_idx ON fssp_review(case_id, reviewed_on);
      CREATE TABLE fssp_step_progress (
        review_id uuid NOT NULL REFERENCES fssp_review(id),
        step_id uuid NOT NULL REFERENCES fssp_step(id),
        status text NOT NULL,
        comment text,
        CONSTRAINT fssp_step_progress_pkey PRIMARY KEY (review_id, step_id),
        CONSTRAINT fssp_step_progress_status_check CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BEHIND'))
      );
      CREATE INDEX fssp_step_progress_step_idx ON fssp_step_progress(step_id);
      CREATE TABLE fssp_update_appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        version_id uuid NOT NULL REFERENCES fssp_version(id),
        scheduled_for date NOT NULL,
        recorded_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX fssp_update_appointment_case_idx ON fssp_update_appointment(case_id, recorded_at);
      ${TABLES.map((t) => `
      CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();`).join('')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${[...TABLES].reverse().join(', ')}`);
  }
}
