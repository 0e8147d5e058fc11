import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = ['supportive_service', 'approval_decision', 'supportive_service_authorization'];

/**
 * The requests already waiting for a supervisor when this migration runs, as PENDING approval
 * requests, from the history row of the chart event that opened each (TRK-1: a consultation
 * requested and not decided; TL-2: a staffing form submitted and the extension not decided).
 * Exported for the test that proves it.
 */
export const BACKFILL_PENDING_SQL = `
  INSERT INTO approval_request (case_id, office_id, kind, rule_id, subject_key, to_track, history_version, reason, requested_by, requested_at, status, version)
  SELECT w.id, w.office_id, 'TRACK_CHANGE', 'TRK-1', '', h.payload->>'toTrack', h.version, coalesce(nullif(h.payload->>'reason', ''), 'Track change requested'),
    h.actor_id, h.occurred_at, 'PENDING', 1
  FROM work_case w
  JOIN LATERAL (SELECT * FROM case_history x WHERE x.case_id = w.id AND x.event = 'REQUEST_TRACK_CHANGE' ORDER BY x.version DESC LIMIT 1) h ON true
  WHERE w.state LIKE '%track.consultationRequested%'
    AND NOT EXISTS (SELECT FROM approval_request r WHERE r.case_id = w.id AND r.kind = 'TRACK_CHANGE' AND r.status = 'PENDING')
  UNION ALL
  SELECT w.id, w.office_id, 'EXTENSION', 'TL-2', '', NULL, h.version, 'Extension staffing form submitted on ' || (h.payload->>'submittedOn'),
    h.actor_id, h.occurred_at, 'PENDING', 1
  FROM work_case w
  JOIN LATERAL (SELECT * FROM case_history x WHERE x.case_id = w.id AND x.event = 'SUBMIT_STAFFING_FORM' ORDER BY x.version DESC LIMIT 1) h ON true
  WHERE w.state LIKE '%timeLimit.staffingScheduled%' AND w.snapshot->'context'->'extension'->>'formSubmittedOn' IS NOT NULL
    AND NOT EXISTS (SELECT FROM approval_request r WHERE r.case_id = w.id AND r.kind = 'EXTENSION' AND r.status = 'PENDING')`;

/**
 * Issue 13 items 1 and 2: one approval model for every decision policy gives a supervisor, and
 * supportive services (SS-1..3).
 *
 * - approval_request: who asked, what (kind + subject), why, evidence (text, a CLNO or a CANO);
 *   versioned, one PENDING per case, kind and subject (partial unique index); its status changes
 *   once, to the outcome of its decision, and nothing else ever changes (approval_request_guard).
 * - approval_decision: append-only, one per request, with its reason; the approver is never the
 *   requester (approval_decision_approver_check over the requester the composite key carries).
 * - supportive_service (append-only): the service as drafted; supportive_service_authorization
 *   (append-only, one per service): SS-1's same-day CLNO, and SS-2's approved request, which
 *   supportive_service_authorization_approved requires for a service over $1,500 or non-typical.
 */
export class ApprovalsAndSupportiveServices1765000000000 implements MigrationInterface {
  name = 'ApprovalsAndSupportiveServices1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supportive_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        type text NOT NULL,
        non_typical boolean NOT NULL,
        amount_cents integer NOT NULL,
        vendor text NOT NULL,
        service_from date NOT NULL,
        service_to date NOT NULL,
        justification text NOT NULL,
        requested_by uuid NOT NULL REFERENCES staff(id),
        requested_at timestamptz NOT NULL,
        CONSTRAINT supportive_service_type_check CHECK (type IN ('TRANSPORTATION', 'WORK_CLOTHING', 'TOOLS', 'CHILD_CARE', 'HEALTH_CARE', 'EDUCATION_AND_TRAINING', 'OTHER')),
        CONSTRAINT supportive_service_amount_check CHECK (amount_cents > 0),
        CONSTRAINT supportive_service_dates_check CHECK (service_to >= service_from),
        CONSTRAINT supportive_service_other_check CHECK (type <> 'OTHER' OR non_typical)
      );
      CREATE INDEX supportive_service_case_idx ON supportive_service(case_id, requested_at);

      CREATE TABLE approval_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        office_id uuid NOT NULL REFERENCES office(id),
        kind text NOT NULL,
        rule_id text NOT NULL,
        subject_key text NOT NULL,
        supportive_service_id uuid REFERENCES supportive_service(id),
        obligation_key text,
        waiver_reason_code text,
        to_track text,
        history_version integer,
        reason text NOT NULL,
        evidence text,
        evidence_client_note_id uuid REFERENCES client_note(id),
        evidence_case_note_id uuid REFERENCES case_note(id),
        requested_by uuid NOT NULL REFERENCES staff(id),
        requested_at timestamptz NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        decided_at timestamptz,
        CONSTRAINT approval_request_id_requested_by_key UNIQUE (id, requested_by),
        CONSTRAINT approval_request_kind_check CHECK (kind IN ('TRACK_CHANGE', 'EXTENSION', 'SUPPORTIVE_SERVICE', 'OBLIGATION_WAIVER')),
        CONSTRAINT approval_request_status_check CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN')),
        CONSTRAINT approval_request_decided_check CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT approval_request_subject_check CHECK (
          (kind = 'SUPPORTIVE_SERVICE' AND supportive_service_id IS NOT NULL AND subject_key = supportive_service_id::text)
          OR (kind = 'OBLIGATION_WAIVER' AND obligation_key IS NOT NULL AND waiver_reason_code IS NOT NULL AND subject_key = obligation_key)
          OR (kind IN ('TRACK_CHANGE', 'EXTENSION') AND subject_key = '')),
        CONSTRAINT approval_request_evidence_note_check CHECK (evidence_client_note_id IS NULL OR evidence_case_note_id IS NULL)
      );
      CREATE UNIQUE INDEX approval_request_one_pending_key ON approval_request(case_id, kind, subject_key) WHERE status = 'PENDING';
      CREATE INDEX approval_request_queue_idx ON approval_request(office_id, status, requested_at, id);
      CREATE INDEX approval_request_case_idx ON approval_request(case_id, requested_at);

      CREATE TABLE approval_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL,
        requested_by uuid NOT NULL,
        outcome text NOT NULL,
        reason text NOT NULL,
        decided_by uuid NOT NULL REFERENCES staff(id),
        decided_at timestamptz NOT NULL,
        history_version integer,
        CONSTRAINT approval_decision_request_id_key UNIQUE (request_id),
        CONSTRAINT approval_decision_request_fkey FOREIGN KEY (request_id, requested_by) REFERENCES approval_request(id, requested_by),
        CONSTRAINT approval_decision_outcome_check CHECK (outcome IN ('APPROVED', 'DENIED', 'WITHDRAWN')),
        CONSTRAINT approval_decision_approver_check CHECK ((outcome = 'WITHDRAWN') = (decided_by = requested_by))
      );

      CREATE TABLE supportive_service_authorization (
        supportive_service_id uuid PRIMARY KEY REFERENCES supportive_service(id),
        case_id uuid NOT NULL REFERENCES work_case(id),
        client_note_id uuid NOT NULL REFERENCES client_note(id),
        approval_request_id uuid REFERENCES approval_request(id),
        authorized_on date NOT NULL,
        authorized_by uuid NOT NULL REFERENCES staff(id),
        authorized_at timestamptz NOT NULL
      );
      CREATE INDEX supportive_service_authorization_case_idx ON supportive_service_authorization(case_id);

      -- A request changes once: its status, from PENDING to the outcome of its decision (written
      -- first), with version and decided_at; every other column is what was asked. Never deleted.
      CREATE FUNCTION approval_request_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' THEN
          RAISE EXCEPTION 'approval_request is never deleted or truncated' USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'approval_request %: a decided request is never changed', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF (to_jsonb(NEW) - 'status' - 'version' - 'decided_at') IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'version' - 'decided_at') THEN
          RAISE EXCEPTION 'approval_request %: only its status changes', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        IF NEW.status <> 'PENDING' AND NOT EXISTS (SELECT FROM approval_decision d WHERE d.request_id = NEW.id AND d.outcome = NEW.status) THEN
          RAISE EXCEPTION 'approval_request %: its status follows its decision', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER approval_request_guard BEFORE UPDATE OR DELETE ON approval_request FOR EACH ROW EXECUTE FUNCTION approval_request_guard();
      CREATE TRIGGER approval_request_no_truncate BEFORE TRUNCATE ON approval_request FOR EACH STATEMENT EXECUTE FUNCTION approval_request_guard();

      -- SS-2: a service over $1,500 or non-typical is authorized only on an APPROVED request for it.
      CREATE FUNCTION supportive_service_authorization_approved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT FROM supportive_service s WHERE s.id = NEW.supportive_service_id AND (s.amount_cents > 150000 OR s.non_typical))
          AND NOT EXISTS (SELECT FROM approval_request r WHERE r.id = NEW.approval_request_id
            AND r.supportive_service_id = NEW.supportive_service_id AND r.status = 'APPROVED') THEN
          RAISE EXCEPTION 'supportive service %: over $1,500 or non-typical, it needs an approved request (SS-2)', NEW.supportive_service_id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER supportive_service_authorization_approved BEFORE INSERT ON supportive_service_authorization
        FOR EACH ROW EXECUTE FUNCTION supportive_service_authorization_approved();
    `);
    for (const table of APPEND_ONLY) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();`);
    }
    await q.query(BACKFILL_PENDING_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supportive_service_authorization; DROP TABLE approval_decision; DROP TABLE approval_request; DROP TABLE supportive_service;
      DROP FUNCTION supportive_service_authorization_approved(); DROP FUNCTION approval_request_guard();`);
  }
}
