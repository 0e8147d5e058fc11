import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = [
  'employer', 'employer_version', 'worksite', 'worksite_version', 'worksite_position_version', 'site_agreement', 'worksite_placement', 'worksite_placement_end',
  'placement_progress_note', 'employer_contract', 'employer_reimbursement', 'employer_outreach',
];

/**
 * Issue 12 item 7 (SITE-1..3): office-scoped employers and CWE/BWE worksites with their positions,
 * site agreements, placements of a client in a position (each placement names the client's
 * WORK_EXPERIENCE activity assignment), placement progress notes, OJT / Job Start contracts with
 * employer reimbursements, and employer outreach.
 *
 * Every table is append-only (refuse_history_rewrite(), so src/db/privileges.ts grants the app no
 * UPDATE or DELETE). An employer's or worksite's name and contact facts change by versions
 * (employer_version, worksite_version: 2..n; the row itself is version 1), the highest in force. A position's editable facts (title, hours, skills, slots, active) are
 * versions: worksite_position holds the identity, worksite_position_version one row per change,
 * the highest number in force. A placement ends by a worksite_placement_end row (one per
 * placement), which frees its slot. worksite_position itself is the row a placement locks
 * (SELECT ... FOR UPDATE) so two placements into its last slot queue; it is never updated.
 */
export class WorksitesAndEmployers1764930000000 implements MigrationInterface {
  name = 'WorksitesAndEmployers1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office(id),
        name text NOT NULL,
        address text NOT NULL,
        phone text NOT NULL,
        contact_name text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX employer_office_idx ON employer(office_id, name);

      CREATE TABLE worksite (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office(id),
        employer_id uuid REFERENCES employer(id),
        name text NOT NULL,
        kind text NOT NULL,
        address text NOT NULL,
        phone text NOT NULL,
        contact_name text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT worksite_kind_check CHECK (kind IN ('CWE', 'BWE'))
      );
      CREATE INDEX worksite_office_idx ON worksite(office_id, name);

      -- A change of an employer's or a worksite's name and contact facts: versions 2..n (the row itself is version 1).
      CREATE TABLE employer_version (
        employer_id uuid NOT NULL REFERENCES employer(id),
        number integer NOT NULL,
        name text NOT NULL,
        address text NOT NULL,
        phone text NOT NULL,
        contact_name text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT employer_version_pkey PRIMARY KEY (employer_id, number),
        CONSTRAINT employer_version_number_check CHECK (number >= 2)
      );
      CREATE TABLE worksite_version (
        worksite_id uuid NOT NULL REFERENCES worksite(id),
        number integer NOT NULL,
        name text NOT NULL,
        address text NOT NULL,
        phone text NOT NULL,
        contact_name text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT worksite_version_pkey PRIMARY KEY (worksite_id, number),
        CONSTRAINT worksite_version_number_check CHECK (number >= 2)
      );

      CREATE TABLE worksite_position (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worksite_id uuid NOT NULL REFERENCES worksite(id),
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX worksite_position_worksite_idx ON worksite_position(worksite_id);
      CREATE TABLE worksite_position_version (
        position_id uuid NOT NULL REFERENCES worksite_position(id),
        number integer NOT NULL,
        title text NOT NULL,
        centi_hours_per_week integer NOT NULL,
        skills text[] NOT NULL,
        slots integer NOT NULL,
        active boolean NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT worksite_position_version_pkey PRIMARY KEY (position_id, number),
        CONSTRAINT worksite_position_version_number_check CHECK (number >= 1),
        CONSTRAINT worksite_position_version_hours_check CHECK (centi_hours_per_week BETWEEN 1 AND 4000),
        CONSTRAINT worksite_position_version_slots_check CHECK (slots BETWEEN 0 AND 1000)
      );

      CREATE TABLE site_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        worksite_id uuid NOT NULL REFERENCES worksite(id),
        signed_on date NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        agency_signer text NOT NULL,
        site_signer text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT site_agreement_period_check CHECK (effective_to IS NULL OR effective_to >= effective_from)
      );
      CREATE INDEX site_agreement_worksite_idx ON site_agreement(worksite_id, effective_from);

      CREATE TABLE worksite_placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        position_id uuid NOT NULL REFERENCES worksite_position(id),
        assignment_id uuid NOT NULL REFERENCES activity_assignment(id),
        starts_on date NOT NULL,
        centi_hours_per_week integer NOT NULL,
        supervisor_name text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT worksite_placement_assignment_key UNIQUE (assignment_id),
        CONSTRAINT worksite_placement_hours_check CHECK (centi_hours_per_week BETWEEN 1 AND 4000)
      );
      CREATE INDEX worksite_placement_case_idx ON worksite_placement(case_id, starts_on);
      CREATE INDEX worksite_placement_position_idx ON worksite_placement(position_id);
      CREATE TABLE worksite_placement_end (
        placement_id uuid PRIMARY KEY REFERENCES worksite_placement(id),
        ended_on date NOT NULL,
        reason text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL
      );
      CREATE TABLE placement_progress_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES worksite_placement(id),
        noted_on date NOT NULL,
        text text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX placement_progress_note_placement_idx ON placement_progress_note(placement_id, noted_on);

      CREATE TABLE employer_contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        employer_id uuid NOT NULL REFERENCES employer(id),
        kind text NOT NULL,
        starts_on date NOT NULL,
        wage_cents_per_hour integer NOT NULL,
        centi_hours_per_week integer NOT NULL,
        reimbursement_percent integer NOT NULL,
        cap_cents bigint NOT NULL,
        submitted_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT employer_contract_kind_check CHECK (kind IN ('OJT', 'JOB_START')),
        CONSTRAINT employer_contract_wage_check CHECK (wage_cents_per_hour > 0),
        CONSTRAINT employer_contract_hours_check CHECK (centi_hours_per_week BETWEEN 1 AND 16800),
        CONSTRAINT employer_contract_percent_check CHECK (reimbursement_percent BETWEEN 1 AND 100),
        CONSTRAINT employer_contract_cap_check CHECK (cap_cents > 0)
      );
      CREATE INDEX employer_contract_case_idx ON employer_contract(case_id, starts_on);
      CREATE INDEX employer_contract_employer_idx ON employer_contract(employer_id);
      CREATE TABLE employer_reimbursement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES employer_contract(id),
        period_start date NOT NULL,
        period_end date NOT NULL,
        amount_cents bigint NOT NULL,
        paid_on date,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT employer_reimbursement_period_check CHECK (period_end >= period_start),
        CONSTRAINT employer_reimbursement_amount_check CHECK (amount_cents > 0)
      );
      CREATE INDEX employer_reimbursement_contract_idx ON employer_reimbursement(contract_id, period_start);

      CREATE TABLE employer_outreach (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office(id),
        employer_id uuid REFERENCES employer(id),
        organization_name text,
        kind text NOT NULL,
        held_on date NOT NULL,
        notes text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT employer_outreach_kind_check CHECK (kind IN ('JOB_FAIR', 'AGENCY_MEETING', 'EMPLOYER_VISIT', 'INCENTIVE_EDUCATION')),
        CONSTRAINT employer_outreach_party_check CHECK ((employer_id IS NULL) <> (organization_name IS NULL))
      );
      CREATE INDEX employer_outreach_office_idx ON employer_outreach(office_id, held_on);
    `);
    for (const table of APPEND_ONLY) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();`);
    }
    // The position row is only locked (FOR UPDATE needs UPDATE privilege), never changed: refuse
    // UPDATE and DELETE by trigger without making privileges.ts withhold UPDATE (no refuse_history_rewrite here).
    await q.query(`
      CREATE FUNCTION refuse_position_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is locked by placements, never changed: % refused (a change is a new worksite_position_version)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER worksite_position_append_only BEFORE UPDATE OR DELETE ON worksite_position FOR EACH ROW EXECUTE FUNCTION refuse_position_rewrite();
      CREATE TRIGGER worksite_position_no_truncate BEFORE TRUNCATE ON worksite_position FOR EACH STATEMENT EXECUTE FUNCTION refuse_position_rewrite();`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE employer_outreach, employer_reimbursement, employer_contract, placement_progress_note, worksite_placement_end,
        worksite_placement, site_agreement, worksite_position_version, worksite_position, worksite_version, worksite, employer_version, employer;
      DROP FUNCTION refuse_position_rewrite();`);
  }
}
