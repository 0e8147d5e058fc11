import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work activity assignments, the weekly hours entered from timesheets, and the monthly
 * verification (WV-1). Hours are integer centi-hours (hundredths of an hour), as in
 * src/participation. Hours entries and verifications are part of the record: a correction is a
 * new entry pointing to the one it replaces, and the database refuses UPDATE, DELETE and TRUNCATE
 * on both tables (refuse_history_rewrite() from the first migration).
 *
 * The activity codes are written out as applied: a migration never imports application code, so
 * renaming or adding a code in src/participation changes nothing here (a new migration does).
 */
export class WorkActivities1764200000000 implements MigrationInterface {
  name = 'WorkActivities1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        -- NULL: the client; otherwise the client's spouse or partner (a household member).
        household_member_id uuid REFERENCES household_member(id),
        -- One of the twelve federal categories (45 CFR 261.30).
        activity_type text NOT NULL CHECK (activity_type IN ('UNSUBSIDIZED_EMPLOYMENT', 'SUBSIDIZED_PRIVATE_EMPLOYMENT', 'SUBSIDIZED_PUBLIC_EMPLOYMENT', 'WORK_EXPERIENCE', 'ON_THE_JOB_TRAINING', 'JOB_SEARCH_JOB_READINESS', 'COMMUNITY_SERVICE', 'VOCATIONAL_EDUCATIONAL_TRAINING', 'CHILD_CARE_FOR_COMMUNITY_SERVICE', 'JOB_SKILLS_TRAINING', 'EDUCATION_RELATED_TO_EMPLOYMENT', 'SECONDARY_SCHOOL_OR_GED')),
        -- AS 47.27.035: at most 40 hours a week.
        scheduled_centi_hours_per_week integer NOT NULL CHECK (scheduled_centi_hours_per_week BETWEEN 0 AND 4000),
        start_date date NOT NULL,
        end_date date CHECK (end_date IS NULL OR end_date >= start_date),
        provider text,
        timesheet_frequency text NOT NULL CHECK (timesheet_frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
        assigned_by uuid NOT NULL REFERENCES staff(id),
        assigned_at timestamptz NOT NULL,
        ended_by uuid REFERENCES staff(id),
        ended_at timestamptz
      );
      CREATE INDEX activity_assignment_case_idx ON activity_assignment(case_id, start_date);

      CREATE TABLE hours_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES activity_assignment(id),
        case_id uuid NOT NULL REFERENCES work_case(id),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        week_start date NOT NULL,
        actual_centi_hours integer NOT NULL CHECK (actual_centi_hours BETWEEN 0 AND 16800),
        excused_centi_hours integer NOT NULL DEFAULT 0 CHECK (excused_centi_hours BETWEEN 0 AND 16800),
        holiday_centi_hours integer NOT NULL DEFAULT 0 CHECK (holiday_centi_hours BETWEEN 0 AND 16800),
        holiday_date date,
        -- WV-2: work search (JSJR) hours carry a justification.
        justification text,
        -- A correction (or a re-entry before verification) replaces exactly one earlier entry, once.
        replaces_entry_id uuid UNIQUE REFERENCES hours_entry(id),
        correction_reason text,
        entered_by uuid NOT NULL REFERENCES staff(id),
        entered_role text NOT NULL,
        entered_at timestamptz NOT NULL,
        -- A week has 168 hours.
        CHECK (actual_centi_hours + excused_centi_hours + holiday_centi_hours <= 16800),
        -- The week overlaps the month: it starts at most 6 days before the month and inside it.
        CHECK (week_start > to_date(month || '-01', 'YYYY-MM-DD') - 7
               AND week_start < to_date(month || '-01', 'YYYY-MM-DD') + interval '1 month'),
        CHECK (holiday_centi_hours = 0 OR (holiday_date BETWEEN week_start AND week_start + 6
               AND holiday_date >= to_date(month || '-01', 'YYYY-MM-DD')
               AND holiday_date < to_date(month || '-01', 'YYYY-MM-DD') + interval '1 month'))
      );
      CREATE INDEX hours_entry_case_month_idx ON hours_entry(case_id, month);
      CREATE INDEX hours_entry_assignment_idx ON hours_entry(assignment_id, month, week_start);

      -- WV-1: one verification per case and month.
      CREATE TABLE month_verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        verified_by uuid NOT NULL REFERENCES staff(id),
        verified_at timestamptz NOT NULL,
        UNIQUE (case_id, month)
      );
      CREATE INDEX month_verification_month_idx ON month_verification(month, case_id);

      CREATE TRIGGER hours_entry_append_only BEFORE UPDATE OR DELETE ON hours_entry FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER hours_entry_no_truncate BEFORE TRUNCATE ON hours_entry FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER month_verification_append_only BEFORE UPDATE OR DELETE ON month_verification FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER month_verification_no_truncate BEFORE TRUNCATE ON month_verification FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE month_verification; DROP TABLE hours_entry; DROP TABLE activity_assignment;');
  }
}
