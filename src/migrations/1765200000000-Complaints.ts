import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 item 4: client complaints (MGT-4). `complaint` holds each complaint's statechart
 * snapshot (src/machines/complaint.machine.ts) with its status, source and receipt in columns for
 * lists and filters, and a `version` bumped by the conditional UPDATE ... WHERE version = $expected.
 * `complaint_history` has one append-only row per event (refuse_history_rewrite(), as
 * case_history), written in the transaction that moves the complaint: its RESOLVE,
 * IMPLEMENT_RECOMMENDATIONS and RESOLVE_FORWARDED rows are where a resolution is recorded.
 */
export class Complaints1765200000000 implements MigrationInterface {
  name = 'Complaints1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES work_case(id),
        office_id uuid NOT NULL REFERENCES office(id),
        source text NOT NULL,
        status text NOT NULL,
        received_at timestamptz NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version integer NOT NULL,
        version integer NOT NULL,
        received_by uuid NOT NULL REFERENCES staff(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT complaint_source_check CHECK (source IN ('CLIENT', 'WSTA')),
        CONSTRAINT complaint_status_check CHECK (status IN ('RECEIVED', 'CALL_RETURNED', 'CASE_REVIEWED', 'RESOLVED', 'FORWARDED', 'CLOSED')),
        CONSTRAINT complaint_version_check CHECK (version >= 1)
      );
      CREATE INDEX complaint_case_idx ON complaint(case_id, received_at);
      CREATE INDEX complaint_office_order_idx ON complaint(office_id, received_at, id);
      CREATE INDEX complaint_order_idx ON complaint(received_at, id);

      CREATE TABLE complaint_history (
        id bigserial PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaint(id),
        case_id uuid NOT NULL REFERENCES work_case(id),
        version integer NOT NULL,
        event text NOT NULL,
        payload jsonb NOT NULL,
        status_before text,
        status_after text NOT NULL,
        actor_id uuid NOT NULL REFERENCES staff(id),
        actor_role text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT complaint_history_complaint_id_version_key UNIQUE (complaint_id, version),
        CONSTRAINT complaint_history_event_check CHECK (event IN ('RECEIVE', 'RETURN_CALL', 'RESOLVE', 'NOTIFY_WSTA', 'FORWARD_TO_WSTA',
          'RESOLVE_FORWARDED', 'RECORD_CASE_REVIEW', 'IMPLEMENT_RECOMMENDATIONS'))
      );
      CREATE INDEX complaint_history_case_idx ON complaint_history(case_id);
      CREATE TRIGGER complaint_history_append_only BEFORE UPDATE OR DELETE ON complaint_history FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER complaint_history_no_truncate BEFORE TRUNCATE ON complaint_history FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE complaint_history; DROP TABLE complaint;');
  }
}
