import { MigrationInterface, QueryRunner } from 'typeorm';
import { BACKFILL_PENDING_SQL } from './1765000000000-ApprovalsAndSupportiveServices';

/**
 * The requests left PENDING before this migration by an event that now lapses them, settled as the
 * application now settles them (lapsedBy): a chart request (TRK-1, TL-2) by the first CLOSE_TA
 * after it, a supportive service or waiver request by the first event after it that closed the
 * case; each names that event's actor, instant and history version. Exported for the test that proves it.
 */
export const LAPSE_CLOSED_PENDING_SQL = `
  WITH lapsed AS (
    SELECT r.id, r.requested_by, h.actor_id, h.occurred_at, h.version,
           CASE WHEN h.event = 'CLOSE_TA' THEN 'TA closed on ' || (h.payload->>'closedOn') || ' before it was decided'
                ELSE 'The case closed (' || h.event || ') before it was decided' END AS reason
      FROM approval_request r
      JOIN LATERAL (SELECT * FROM case_history x WHERE x.case_id = r.case_id AND x.occurred_at >= r.requested_at AND x.version > coalesce(r.history_version, 0)
                       AND (CASE WHEN r.kind IN ('TRACK_CHANGE', 'EXTENSION') THEN x.event = 'CLOSE_TA' ELSE x.state_after = 'closed' END)
                     ORDER BY x.version LIMIT 1) h ON true
     WHERE r.status = 'PENDING'
  ), decided AS (
    INSERT INTO approval_decision (request_id, requested_by, outcome, reason, decided_by, decided_at, history_version)
    SELECT id, requested_by, 'LAPSED', reason, actor_id, occurred_at, version FROM lapsed
    RETURNING request_id
  )
  SELECT count(*)::int AS n FROM decided`;

/** The decisions just written settle their requests (approval_request_guard requires the decision first). */
export const SETTLE_LAPSED_SQL = `
  UPDATE approval_request r SET status = 'LAPSED', version = r.version + 1, decided_at = d.decided_at
    FROM approval_decision d WHERE d.request_id = r.id AND d.outcome = 'LAPSED' AND r.status = 'PENDING'`;

/**
 * Review of issue 13's approvals (TRK-1, TL-2, SS-2):
 * - LAPSED: a chart request still PENDING when TA closes lapses with the closing event (the chart
 *   never decides it afterwards), by its actor; so does any request of a case that closes, and a
 *   pending staffing request superseded by the form submitted again; so approval_decision_approver_check becomes "a
 *   withdrawal is the requester's, an approval or denial never is, a lapse is the event's actor's".
 *   Every row written before satisfies the new check as it did the old one: no meaning changes.
 * - approval_decision_not_drafter: SS-2's approver is not the supervisor who drafted the service,
 *   even when a case manager asked for the approval (the server refuses it first: notDrafter).
 *   Only new decisions are checked.
 * - approval_request_decided_after_request_check: a decision is never dated before its request
 *   (NOT VALID: checked for every new decision, rows written before are left as they are).
 */
export class ApprovalsReviewFixes1765050000000 implements MigrationInterface {
  name = 'ApprovalsReviewFixes1765050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE approval_request DROP CONSTRAINT approval_request_status_check;
      ALTER TABLE approval_request ADD CONSTRAINT approval_request_status_check CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN', 'LAPSED'));
      ALTER TABLE approval_decision DROP CONSTRAINT approval_decision_outcome_check;
      ALTER TABLE approval_decision ADD CONSTRAINT approval_decision_outcome_check CHECK (outcome IN ('APPROVED', 'DENIED', 'WITHDRAWN', 'LAPSED'));
      ALTER TABLE approval_decision DROP CONSTRAINT approval_decision_approver_check;
      ALTER TABLE approval_decision ADD CONSTRAINT approval_decision_approver_check CHECK (
        (outcome = 'WITHDRAWN' AND decided_by = requested_by) OR (outcome IN ('APPROVED', 'DENIED') AND decided_by <> requested_by) OR outcome = 'LAPSED');

      -- A request is never decided before it was made; NOT VALID: rows written before keep their meaning, new decisions are checked.
      ALTER TABLE approval_request ADD CONSTRAINT approval_request_decided_after_request_check CHECK (decided_at IS NULL OR decided_at >= requested_at) NOT VALID;

      CREATE FUNCTION approval_decision_not_drafter() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The requester deciding is approval_decision_approver_check's to refuse; this is the drafter who did not ask.
        IF NEW.outcome IN ('APPROVED', 'DENIED') AND NEW.decided_by <> NEW.requested_by AND EXISTS (
          SELECT FROM approval_request r JOIN supportive_service s ON s.id = r.supportive_service_id
           WHERE r.id = NEW.request_id AND s.requested_by = NEW.decided_by) THEN
          RAISE EXCEPTION 'approval request %: the supervisor who drafted the supportive service does not decide it (SS-2)', NEW.request_id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER approval_decision_not_drafter BEFORE INSERT ON approval_decision FOR EACH ROW EXECUTE FUNCTION approval_decision_not_drafter();
    `);
    await q.query(LAPSE_CLOSED_PENDING_SQL);
    await q.query(SETTLE_LAPSED_SQL);
    // A client who came back and asked again had that request stand in for the new one: the
    // consultation (or staffing) now open gets its own request, from its own history row.
    await q.query(BACKFILL_PENDING_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    // A LAPSED request or decision has no earlier form: down refuses while any exists.
    await q.query(`
      DROP TRIGGER approval_decision_not_drafter ON approval_decision; DROP FUNCTION approval_decision_not_drafter();
      ALTER TABLE approval_request DROP CONSTRAINT approval_request_decided_after_request_check;
      ALTER TABLE approval_decision DROP CONSTRAINT approval_decision_approver_check;
      ALTER TABLE approval_decision ADD CONSTRAINT approval_decision_approver_check CHECK ((outcome = 'WITHDRAWN') = (decided_by = requested_by));
      ALTER TABLE approval_decision DROP CONSTRAINT approval_decision_outcome_check;
      ALTER TABLE approval_decision ADD CONSTRAINT approval_decision_outcome_check CHECK (outcome IN ('APPROVED', 'DENIED', 'WITHDRAWN'));
      ALTER TABLE approval_request DROP CONSTRAINT approval_request_status_check;
      ALTER TABLE approval_request ADD CONSTRAINT approval_request_status_check CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'WITHDRAWN'));`);
  }
}
