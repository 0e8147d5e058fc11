import { MigrationInterface, QueryRunner } from 'typeorm';

/** Offices, staff, clients with their households, cases with their lifecycle, and case history. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('CASE_MANAGER','SUPERVISOR','MANAGER','WSTA','PARTNER')),
        office_id uuid NOT NULL REFERENCES office(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX staff_office_idx ON staff(office_id);
      CREATE TABLE client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        first_name text NOT NULL,
        last_name text NOT NULL,
        date_of_birth date NOT NULL,
        phone text,
        email text,
        mailing_address text,
        community text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE household_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES client(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        relationship text NOT NULL CHECK (relationship IN ('SPOUSE','PARTNER','CHILD','OTHER_ADULT','OTHER_CHILD')),
        date_of_birth date NOT NULL
      );
      CREATE INDEX household_member_client_idx ON household_member(client_id);
      CREATE TABLE work_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES client(id),
        office_id uuid NOT NULL REFERENCES office(id),
        case_manager_id uuid NOT NULL REFERENCES staff(id),
        track text NOT NULL CHECK (track IN ('WORK_FIRST','FAMILIES_FIRST')),
        referral_date date NOT NULL,
        months_used integer NOT NULL CHECK (months_used BETWEEN 0 AND 60),
        state text NOT NULL,
        phase text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version integer NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- The caseload list orders by (referral_date DESC, id) inside an office or a caseload.
      CREATE INDEX work_case_office_order_idx ON work_case(office_id, referral_date DESC, id);
      CREATE INDEX work_case_manager_order_idx ON work_case(case_manager_id, referral_date DESC, id);
      CREATE INDEX work_case_order_idx ON work_case(referral_date DESC, id);
      CREATE INDEX work_case_client_idx ON work_case(client_id);
      CREATE INDEX work_case_office_phase_idx ON work_case(office_id, phase);
      CREATE TABLE case_history (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES work_case(id),
        version integer NOT NULL,
        event text NOT NULL,
        payload jsonb NOT NULL,
        state_before text,
        state_after text NOT NULL,
        actor_id uuid NOT NULL REFERENCES staff(id),
        actor_role text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, version)
      );
      -- The history is the record a reviewer relies on: the database itself refuses to rewrite it.
      CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER case_history_append_only BEFORE UPDATE OR DELETE ON case_history
        FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER case_history_no_truncate BEFORE TRUNCATE ON case_history
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE case_history; DROP FUNCTION refuse_history_rewrite();
      DROP TABLE work_case; DROP TABLE household_member; DROP TABLE client; DROP TABLE staff; DROP TABLE office;
    `);
  }
}
