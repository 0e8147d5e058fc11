import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'families_first_document', 'family_support_team_meeting', 'disability_verification', 'track_readiness_review',
  'work_first_readiness_item', 'work_search_finding', 'daily_check_in', 'case_review_staffing', 'extension_staffing_form',
] as const;

/**
 * Issue 12 items 4, 5 and 6: the track records and the staffings, each append-only (an update of a
 * Families First document is a new version row; nothing is rewritten).
 *
 * - TRK-3: families_first_document, versioned per case and kind (Family Network, Family Support
 *   Team, Weekly Calendar of Routines); its members or routines are the version's content (jsonb,
 *   shaped and checked by the API).
 * - TRK-6: family_support_team_meeting. TRK-7: disability_verification. TRK-2: track_readiness_review.
 * - TRK-4: work_first_readiness_item. TRK-5: work_search_finding ("no job readily available" and the
 *   path chosen) and daily_check_in.
 * - TL-3: case_review_staffing. TL-2: extension_staffing_form, linked to the chart's
 *   SUBMIT_STAFFING_FORM history entry written in the same transaction.
 */
export class TrackRecordsAndStaffings1764920000000 implements MigrationInterface {
  name = 'TrackRecordsAndStaffings1764920000000';

  async up(q: QueryRunner): Promise<void> {
    const recorded = `recorded_by uuid NOT NULL REFERENCES staff(id), recorded_at timestamptz NOT NULL`;
    await q.query(`
      CREATE TABLE families_first_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        kind text NOT NULL,
        version integer NOT NULL,
        effective_on date NOT NULL,
        content jsonb NOT NULL,
        change_summary text,
        ${recorded},
        CONSTRAINT families_first_document_kind_check CHECK (kind IN ('FAMILY_NETWORK', 'SUPPORT_TEAM', 'WEEKLY_CALENDAR')),
        CONSTRAINT families_first_document_version_check CHECK (version >= 1 AND (version = 1 OR change_summary IS NOT NULL)),
        CONSTRAINT families_first_document_version_key UNIQUE (case_id, kind, version)
      );
      CREATE TABLE family_support_team_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        held_on date NOT NULL,
        attendees text[] NOT NULL,
        client_attended boolean NOT NULL,
        emergency boolean NOT NULL,
        members_contacted_on date,
        summary text,
        ${recorded},
        CONSTRAINT family_support_team_meeting_attendees_check CHECK (cardinality(attendees) > 0),
        CONSTRAINT family_support_team_meeting_emergency_check CHECK (emergency OR members_contacted_on IS NULL)
      );
      CREATE INDEX family_support_team_meeting_case_idx ON family_support_team_meeting(case_id, held_on);
      CREATE TABLE disability_verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        verified_on date NOT NULL,
        verified_by text NOT NULL,
        specialist_referral_on date,
        advocate_referral_on date,
        ssi_application_on date,
        ${recorded},
        CONSTRAINT disability_verification_by_check CHECK (verified_by IN ('TA10', 'PHYSICIAN'))
      );
      CREATE INDEX disability_verification_case_idx ON disability_verification(case_id, verified_on);
      CREATE TABLE track_readiness_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        reviewed_on date NOT NULL,
        decision text NOT NULL,
        reason text NOT NULL,
        ${recorded},
        CONSTRAINT track_readiness_review_decision_check CHECK (decision IN ('READY_FOR_WORK_FIRST', 'NOT_READY'))
      );
      CREATE INDEX track_readiness_review_case_idx ON track_readiness_review(case_id, reviewed_on);
      CREATE TABLE work_first_readiness_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        item text NOT NULL,
        completed_on date NOT NULL,
        ${recorded},
        CONSTRAINT work_first_readiness_item_item_check CHECK (item IN ('ALEXSYS_REGISTRATION', 'RESUME', 'GENERAL_APPLICATION', 'BUDGET'))
      );
      CREATE INDEX work_first_readiness_item_case_idx ON work_first_readiness_item(case_id, completed_on);
      CREATE TABLE work_search_finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        found_on date NOT NULL,
        path text NOT NULL,
        reason text NOT NULL,
        ${recorded},
        CONSTRAINT work_search_finding_path_check CHECK (path IN ('CWE', 'BWE', 'DAILY_CHECK_IN'))
      );
      CREATE INDEX work_search_finding_case_idx ON work_search_finding(case_id, found_on);
      CREATE TABLE daily_check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        checked_in_on date NOT NULL,
        summary text,
        ${recorded},
        CONSTRAINT daily_check_in_day_key UNIQUE (case_id, checked_in_on)
      );
      CREATE TABLE case_review_staffing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        held_on date NOT NULL,
        progression text NOT NULL,
        regression text NOT NULL,
        discrepancies text NOT NULL,
        next_staffing_on date,
        ${recorded},
        CONSTRAINT case_review_staffing_next_check CHECK (next_staffing_on IS NULL OR next_staffing_on > held_on)
      );
      CREATE INDEX case_review_staffing_case_idx ON case_review_staffing(case_id, held_on);
      CREATE TABLE extension_staffing_form (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        staffing_on date NOT NULL,
        submitted_on date NOT NULL,
        completed_with_client boolean NOT NULL,
        criteria jsonb NOT NULL,
        ta10_on date,
        partner_input jsonb NOT NULL,
        history_version integer NOT NULL,
        ${recorded},
        CONSTRAINT extension_staffing_form_submitted_check CHECK (submitted_on <= staffing_on),
        CONSTRAINT extension_staffing_form_history_key UNIQUE (case_id, history_version)
      );
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
