import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = [
  'employability_assessment', 'agency_referral', 'referral_outcome', 'assignment_follow_up', 'contact_log', 'contact_response', 'case_visit',
];

/**
 * Issue 12 items 2, 3 and 8, every table append-only (refuse_history_rewrite(), as the case record).
 *
 * EA-1, EA-2: employability_assessment, one row per EA (number 1..n per case: a later EA is a new
 * row), with the EPI items, strengths, barriers (their categories also as a checked array), the
 * client's goals and the discrepancies with their explanation.
 * EA-3: agency_referral for the client or a household member, with the follow-up date; outcomes
 * are later rows of referral_outcome. EA-5: assignment_follow_up, the follow-ups of an activity
 * assignment. ENG-7: contact_log (calls, e-mails, partner requests) and contact_response (at
 * most one per contact). ENG-8: case_visit (home, community, village visits).
 */
export class AssessmentReferralsContacts1764910000000 implements MigrationInterface {
  name = 'AssessmentReferralsContacts1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employability_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        number integer NOT NULL,
        completed_on date NOT NULL,
        epi_items jsonb NOT NULL,
        strengths text[] NOT NULL,
        barriers jsonb NOT NULL,
        barrier_categories text[] NOT NULL,
        client_goals text[] NOT NULL,
        discrepancies jsonb NOT NULL,
        chart_event text,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT employability_assessment_case_number_key UNIQUE (case_id, number),
        CONSTRAINT employability_assessment_number_check CHECK (number > 0),
        CONSTRAINT employability_assessment_barrier_categories_check CHECK (barrier_categories <@ ARRAY['CHILD_CARE', 'TRANSPORTATION', 'HOUSING',
          'HEALTH', 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'DOMESTIC_VIOLENCE', 'LEGAL', 'EDUCATION', 'WORK_HISTORY', 'LANGUAGE', 'DISABILITY', 'OTHER']::text[]),
        CONSTRAINT employability_assessment_chart_event_check CHECK (chart_event IS NULL OR chart_event IN ('COMPLETE_EA', 'COMPLETE_REASSESSMENT'))
      );

      CREATE TABLE agency_referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        household_member_id uuid REFERENCES household_member(id),
        agency text NOT NULL,
        reason text NOT NULL,
        referred_on date NOT NULL,
        follow_up_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT agency_referral_follow_up_check CHECK (follow_up_on > referred_on)
      );
      CREATE INDEX agency_referral_case_idx ON agency_referral(case_id, referred_on);
      CREATE TABLE referral_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES agency_referral(id),
        outcome_on date NOT NULL,
        status text NOT NULL,
        outcome text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT referral_outcome_status_check CHECK (status IN ('CONNECTED', 'PENDING', 'DECLINED', 'NOT_ELIGIBLE', 'UNABLE_TO_CONTACT', 'COMPLETED'))
      );
      CREATE INDEX referral_outcome_referral_idx ON referral_outcome(referral_id, outcome_on);

      CREATE TABLE assignment_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES activity_assignment(id),
        case_id uuid NOT NULL REFERENCES work_case(id),
        followed_up_on date NOT NULL,
        summary text NOT NULL,
        next_follow_up_on date,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT assignment_follow_up_next_check CHECK (next_follow_up_on IS NULL OR next_follow_up_on > followed_up_on)
      );
      CREATE INDEX assignment_follow_up_case_idx ON assignment_follow_up(case_id, followed_up_on);

      CREATE TABLE contact_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        direction text NOT NULL,
        channel text NOT NULL,
        from_party text NOT NULL,
        received_at timestamptz NOT NULL,
        emergent boolean NOT NULL,
        summary text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT contact_log_direction_check CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        CONSTRAINT contact_log_channel_check CHECK (channel IN ('PHONE', 'EMAIL', 'TEXT', 'IN_PERSON', 'LETTER', 'FAX')),
        CONSTRAINT contact_log_from_party_check CHECK (from_party IN ('CLIENT', 'PARTNER', 'OTHER'))
      );
      CREATE INDEX contact_log_case_idx ON contact_log(case_id, received_at);
      CREATE TABLE contact_response (
        contact_id uuid PRIMARY KEY REFERENCES contact_log(id),
        responded_at timestamptz NOT NULL,
        channel text NOT NULL,
        summary text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT contact_response_channel_check CHECK (channel IN ('PHONE', 'EMAIL', 'TEXT', 'IN_PERSON', 'LETTER', 'FAX'))
      );

      CREATE TABLE case_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        visited_on date NOT NULL,
        kind text NOT NULL,
        purpose text NOT NULL,
        outcome text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT case_visit_kind_check CHECK (kind IN ('HOME', 'COMMUNITY', 'VILLAGE')),
        CONSTRAINT case_visit_purpose_check CHECK (purpose IN ('KNOW_THE_FAMILY', 'ENGAGEMENT', 'NEEDS_EVALUATION', 'PENALTY_RESOLUTION', 'FSSP', 'OTHER'))
      );
      CREATE INDEX case_visit_case_idx ON case_visit(case_id, visited_on);
    `);
    for (const table of APPEND_ONLY) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_visit; DROP TABLE contact_response; DROP TABLE contact_log; DROP TABLE assignment_follow_up;
      DROP TABLE referral_outcome; DROP TABLE agency_referral; DROP TABLE employability_assessment;`);
  }
}
