import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, PEN-2: a missing timesheet without good cause never leads to a penalty, yet the chart
 * used to leave such a report in `noGoodCause`, where REQUEST_PENALTY is refused and no other
 * event leaves: a dead end. The chart now closes the report with the determination
 * (`closeWithoutPenalty`, endReason NO_PENALTY, back to `compliant`). This moves the cases stored
 * by the old chart the same way, and nothing else (the obligations refresh re-derives):
 * - snapshot: compliance region `noGoodCause` -> `compliant`; `context.penalty` (already holding
 *   goodCause false and its reason) appended to `context.penaltyHistory` with endedOn = the Alaska
 *   date of the case's latest DETERMINE_GOOD_CAUSE (today's, if none) and endReason NO_PENALTY, then set to null (as closePenalty stores it);
 * - the `state` path text likewise (the leaf keeps its place: both sort inside
 *   `open.participating.compliance.`); `phase` unchanged; `version + 1`;
 * - one append-only case_history row per case, event DATA_CORRECTION, recording the move.
 * Actor: case_history.actor_id is NOT NULL REFERENCES staff, and the record says who acted, so
 * the row names the staff member (and role) whose no-good-cause determination it completes, the
 * latest DETERMINE_GOOD_CAUSE of the case; a case loaded without that row names its case manager.
 * The payload says it was this migration, not that person, that made the move.
 * The machine's state names and the time zone are written out: migrations never import application code.
 */
export class Pen2NoPenalty1764760000000 implements MigrationInterface {
  name = 'Pen2NoPenalty1764760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH stuck AS (
        -- Ended on the Alaska date of the determination, as the chart's closeWithoutPenalty dates it.
        SELECT c.id, c.version, c.state, c.snapshot,
               COALESCE((SELECT (h.occurred_at AT TIME ZONE 'America/Anchorage')::date::text FROM case_history h
                          WHERE h.case_id = c.id AND h.event = 'DETERMINE_GOOD_CAUSE' ORDER BY h.version DESC LIMIT 1),
                        (now() AT TIME ZONE 'America/Anchorage')::date::text) AS ended_on
          FROM work_case c
         WHERE c.snapshot #>> '{value,open,participating,compliance}' = 'noGoodCause'
           AND c.snapshot #>> '{context,penalty,kind}' = 'MISSING_TIMESHEET'
           FOR UPDATE
      ), moved AS (
        UPDATE work_case c SET
          snapshot = jsonb_set(
            jsonb_set(
              jsonb_set(s.snapshot, '{value,open,participating,compliance}', '"compliant"'),
              '{context,penaltyHistory}',
              COALESCE(s.snapshot #> '{context,penaltyHistory}', '[]'::jsonb)
                || jsonb_build_array((s.snapshot #> '{context,penalty}') || jsonb_build_object('endedOn', s.ended_on, 'endReason', 'NO_PENALTY'))),
            '{context,penalty}', 'null'::jsonb),
          state = replace(s.state, 'open.participating.compliance.noGoodCause', 'open.participating.compliance.compliant'),
          version = c.version + 1,
          updated_at = now()
          FROM stuck s
         WHERE c.id = s.id AND c.version = s.version
        RETURNING c.id, c.version, c.state, c.case_manager_id, s.state AS state_before, s.ended_on,
                  s.snapshot #>> '{context,penalty,kind}' AS kind, s.snapshot #>> '{context,penalty,occurredOn}' AS occurred_on
      )
      INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
      SELECT m.id, m.version, 'DATA_CORRECTION',
             jsonb_build_object(
               'ruleId', 'PEN-2', 'migration', '${this.name}', 'correctsVersion', d.version,
               'description', 'A missing timesheet without good cause never leads to a penalty (PEN-2): the report closes as NO_PENALTY and the case is compliant again',
               'penaltyKind', m.kind, 'penaltyOccurredOn', m.occurred_on, 'penaltyEndedOn', m.ended_on, 'endReason', 'NO_PENALTY'),
             m.state_before, m.state, COALESCE(d.actor_id, m.case_manager_id), COALESCE(d.actor_role, cm.role), now()
        FROM moved m
        JOIN staff cm ON cm.id = m.case_manager_id
        LEFT JOIN LATERAL (
          SELECT h.version, h.actor_id, h.actor_role FROM case_history h
           WHERE h.case_id = m.id AND h.event = 'DETERMINE_GOOD_CAUSE' ORDER BY h.version DESC LIMIT 1
        ) d ON true
    `);
  }

  /**
   * Nothing to undo: moving the cases back would strand them again, and the DATA_CORRECTION rows
   * are part of the append-only history (the database refuses to delete them).
   */
  async down(): Promise<void> {
    // Intentionally empty (see above).
  }
}
