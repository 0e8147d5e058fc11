import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 items 7 and 8.
 *
 * ROI-1: releases of information a client signed, with the partner agencies they release to.
 * A PARTNER account belongs to one agency (partner_agency_member); medical information is shown to
 * it only under a current HIPAA release naming that agency. The only partner so far is DPA
 * Eligibility (the PARTNER role's integration), so the agency is created here and every existing
 * PARTNER account joins it; a new PARTNER account belongs to no agency (sees no medical fact)
 * until it is added to one.
 *
 * Who viewed whom: access_log, one row per client read per request, append-only like the case
 * record. Kept 6 years (45 CFR 164.316(b)(2)(i)): a row may be deleted only by
 * access_log_purge(), and only once it is older than that (the trigger checks the age itself,
 * against the database clock, so no caller can delete a younger row).
 */
export class ReleasesAndAccessLog1764820000000 implements MigrationInterface {
  name = 'ReleasesAndAccessLog1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partner_agency_code_key UNIQUE (code)
      );
      CREATE TABLE partner_agency_member (
        staff_id uuid PRIMARY KEY REFERENCES staff(id),
        agency_id uuid NOT NULL REFERENCES partner_agency(id)
      );
      CREATE INDEX partner_agency_member_agency_idx ON partner_agency_member(agency_id);
      INSERT INTO partner_agency (code, name) VALUES ('DPA_ELIGIBILITY', 'DPA Eligibility');
      INSERT INTO partner_agency_member (staff_id, agency_id)
        SELECT s.id, a.id FROM staff s CROSS JOIN partner_agency a WHERE s.role = 'PARTNER' AND a.code = 'DPA_ELIGIBILITY';

      CREATE TABLE release_of_information (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        client_id uuid NOT NULL REFERENCES client(id),
        type text NOT NULL,
        scope text[] NOT NULL,
        signed_on date NOT NULL,
        expires_on date,
        note_id uuid NOT NULL REFERENCES client_note(id),
        recorded_by uuid NOT NULL REFERENCES staff(id),
        recorded_at timestamptz NOT NULL,
        revoked_on date,
        revocation_note_id uuid REFERENCES client_note(id),
        revoked_by uuid REFERENCES staff(id),
        revoked_at timestamptz,
        CONSTRAINT release_of_information_type_check CHECK (type IN ('GENERAL', 'AGENCY_SPECIFIC', 'HIPAA')),
        CONSTRAINT release_of_information_scope_check CHECK (cardinality(scope) > 0),
        -- ROI-1: medical information needs a HIPAA release.
        CONSTRAINT release_of_information_medical_check CHECK (type = 'HIPAA' OR NOT ('MEDICAL' = ANY(scope))),
        CONSTRAINT release_of_information_expires_check CHECK (expires_on IS NULL OR expires_on > signed_on),
        CONSTRAINT release_of_information_revoked_check CHECK (revoked_on IS NULL OR revoked_on >= signed_on),
        CONSTRAINT release_of_information_revocation_check CHECK ((revoked_on IS NULL) = (revocation_note_id IS NULL))
      );
      CREATE INDEX release_of_information_client_idx ON release_of_information(client_id, signed_on);
      CREATE INDEX release_of_information_case_idx ON release_of_information(case_id, signed_on);
      CREATE TABLE release_party (
        release_id uuid NOT NULL REFERENCES release_of_information(id),
        agency_id uuid NOT NULL REFERENCES partner_agency(id),
        CONSTRAINT release_party_pkey PRIMARY KEY (release_id, agency_id)
      );
      CREATE INDEX release_party_agency_idx ON release_party(agency_id);

      -- A release is evidence of consent: what was signed never changes; the one change allowed is
      -- its revocation, once. Parties are written with the release and never change.
      CREATE FUNCTION refuse_release_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.revoked_on IS NULL AND NEW.revoked_on IS NOT NULL
             AND (to_jsonb(NEW) - ARRAY['revoked_on', 'revocation_note_id', 'revoked_by', 'revoked_at'])
               = (to_jsonb(OLD) - ARRAY['revoked_on', 'revocation_note_id', 'revoked_by', 'revoked_at']) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION '% keeps what was signed: % refused (only a revocation, once)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      -- Not refuse_history_rewrite(): src/db/privileges.ts reads that function as "append-only, no
      -- UPDATE", and a revocation is the one UPDATE this table takes.
      CREATE TRIGGER release_of_information_append_only BEFORE UPDATE OR DELETE ON release_of_information
        FOR EACH ROW EXECUTE FUNCTION refuse_release_rewrite();
      CREATE TRIGGER release_of_information_no_truncate BEFORE TRUNCATE ON release_of_information
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_release_rewrite();
      CREATE TRIGGER release_party_append_only BEFORE UPDATE OR DELETE ON release_party
        FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER release_party_no_truncate BEFORE TRUNCATE ON release_party
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();

      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff(id),
        staff_role text NOT NULL,
        client_id uuid NOT NULL REFERENCES client(id),
        case_ids uuid[] NOT NULL,
        field_groups text[] NOT NULL,
        operation_name text,
        accessed_at timestamptz NOT NULL,
        CONSTRAINT access_log_field_groups_check CHECK (cardinality(field_groups) > 0)
      );
      CREATE INDEX access_log_client_idx ON access_log(client_id, accessed_at DESC, id DESC);
      CREATE INDEX access_log_staff_idx ON access_log(staff_id, accessed_at DESC, id DESC);
      CREATE INDEX access_log_accessed_at_idx ON access_log(accessed_at);

      -- Append-only: UPDATE and TRUNCATE refused as for the case record (so src/db/privileges.ts
      -- grants the app neither UPDATE nor DELETE); DELETE only inside access_log_purge(), and only
      -- of rows older than 6 years by the database clock, whoever asks.
      CREATE TRIGGER access_log_append_only BEFORE UPDATE ON access_log
        FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
      CREATE FUNCTION refuse_access_log_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('app.access_log_purge', true) = 'on' AND OLD.accessed_at < now() - interval '6 years' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'access_log is append-only and kept 6 years (45 CFR 164.316(b)(2)(i)): DELETE refused' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER access_log_kept_six_years BEFORE DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION refuse_access_log_delete();
      -- SECURITY DEFINER: the app role has no DELETE on access_log; this owner's function is the
      -- one way to remove rows, and the trigger still refuses any younger than 6 years.
      CREATE FUNCTION access_log_purge() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE purged bigint;
      BEGIN
        PERFORM set_config('app.access_log_purge', 'on', true);
        DELETE FROM access_log WHERE accessed_at < now() - interval '6 years';
        GET DIAGNOSTICS purged = ROW_COUNT;
        PERFORM set_config('app.access_log_purge', 'off', true);
        RETURN purged;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION access_log_purge(); DROP TABLE access_log; DROP FUNCTION refuse_access_log_delete();
      DROP TABLE release_party; DROP TABLE release_of_information; DROP FUNCTION refuse_release_rewrite();
      DROP TABLE partner_agency_member; DROP TABLE partner_agency;
    `);
  }
}
