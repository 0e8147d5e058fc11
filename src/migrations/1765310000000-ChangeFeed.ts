import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: the change feed. One append-only row per partner-relevant change, written in the
 * transaction that makes the change, so a change and its row commit together or not at all.
 *
 * Feed order is (tx_id, position): `position` (bigserial) is taken at INSERT, not at COMMIT, so a
 * reader paging by position alone would skip a row whose transaction commits after a later one.
 * `tx_id` is the writing transaction's id (pg_current_xact_id, 64-bit, never wraps); a reader only
 * reads rows of transactions older than every one still running (pg_snapshot_xmin), a set that can
 * no longer grow below that point, so a cursor over (tx_id, position) never misses or repeats one.
 *
 * Each insert NOTIFYs `change_event` (delivered at commit) with the thin facts the live
 * subscriptions route by: position, office, case, case manager. No client data.
 */
export class ChangeFeed1765310000000 implements MigrationInterface {
  name = 'ChangeFeed1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_event (
        position bigserial PRIMARY KEY,
        tx_id bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
        occurred_at timestamptz NOT NULL,
        office_id uuid NOT NULL REFERENCES office(id),
        case_id uuid REFERENCES work_case(id),
        case_manager_id uuid REFERENCES staff(id),
        case_version integer,
        topics text[] NOT NULL,
        event text NOT NULL,
        rule_id text,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        payload jsonb NOT NULL,
        CONSTRAINT change_event_topics_check CHECK (cardinality(topics) > 0 AND topics <@ ARRAY['CASE_TRANSITION', 'EXEMPTION', 'PENALTY', 'CLOSURE', 'JOB_START', 'COMPLAINT_RESOLUTION']::text[])
      );
      CREATE INDEX change_event_feed_idx ON change_event (tx_id, position);
      CREATE INDEX change_event_office_feed_idx ON change_event (office_id, tx_id, position);

      CREATE TRIGGER change_event_append_only BEFORE UPDATE OR DELETE ON change_event FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER change_event_no_truncate BEFORE TRUNCATE ON change_event FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();

      CREATE FUNCTION change_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('change_event', json_build_object(
          'position', NEW.position::text, 'officeId', NEW.office_id, 'caseId', NEW.case_id, 'caseManagerId', NEW.case_manager_id)::text);
        RETURN NEW;
      END $$;
      CREATE TRIGGER change_event_notify AFTER INSERT ON change_event FOR EACH ROW EXECUTE FUNCTION change_event_notify();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE change_event; DROP FUNCTION change_event_notify();`);
  }
}
