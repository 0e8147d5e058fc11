import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 (ENG-5, FSSP-1): compliance, exemption and the time limit used to run only while a case
 * participated, so a client who never engaged after a J016, would not sign a mailed FSSP, or needed
 * an exemption before signing could be neither reported nor exempted. Machine version 2 makes
 * `open` parallel: the casework phase (`open.phase.referral...participating`) beside
 * `open.compliance`, `open.exemption` and `open.timeLimit` for the whole open case. This moves
 * stored cases of version 1 to that shape and changes no fact:
 * - snapshot value: `{open: {participating: {plan, track, compliance, exemption, timeLimit}}}` ->
 *   `{open: {phase: {participating: {plan, track}}, compliance, exemption, timeLimit}}`; an open case
 *   before participation `{open: {referral: x}}` -> `{open: {phase: {referral: x}, compliance:
 *   'compliant', exemption: 'notExempt', timeLimit: 'withinLimit'}}` (version 1 had no other
 *   value there: a case could not be reported, exempted or staffed before it participated);
 * - `state`: the same leaf paths, renamed, sorted in code-point order as stateString sorts them;
 * - `machine_version` 1 -> 2. `version` stays: no event happened, and a client's expectedVersion
 *   remains right. No history row: case_history is append-only and keeps the text it was written
 *   with; readers translate version-1 paths (currentLeafPath in src/machines/case-state.ts).
 * Exit, Post-TA and closed cases have the same value in both versions; only their version moves.
 * State names are written out: migrations never import application code.
 */
export class OpenCaseRegions1764790000000 implements MigrationInterface {
  name = 'OpenCaseRegions1764790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE work_case c SET
        snapshot = jsonb_set(c.snapshot, '{value}', CASE
          WHEN c.snapshot #> '{value,open,participating}' IS NOT NULL THEN jsonb_build_object('open', jsonb_build_object(
            'phase', jsonb_build_object('participating', (c.snapshot #> '{value,open,participating}') - 'compliance' - 'exemption' - 'timeLimit'),
            'compliance', c.snapshot #> '{value,open,participating,compliance}',
            'exemption', c.snapshot #> '{value,open,participating,exemption}',
            'timeLimit', c.snapshot #> '{value,open,participating,timeLimit}'))
          ELSE jsonb_build_object('open', jsonb_build_object(
            'phase', c.snapshot #> '{value,open}',
            'compliance', 'compliant', 'exemption', 'notExempt', 'timeLimit', 'withinLimit'))
        END),
        state = (
          SELECT string_agg(p, ', ' ORDER BY p COLLATE "C") FROM (
            SELECT regexp_replace(regexp_replace(x, '^open\\.participating\\.(compliance|exemption|timeLimit)\\.', 'open.\\1.'),
                                  '^open\\.(referral|assessment|planning|participating)\\.', 'open.phase.\\1.') AS p
              FROM unnest(string_to_array(c.state, ', ')) AS x
            UNION ALL
            SELECT unnest(ARRAY['open.compliance.compliant', 'open.exemption.notExempt', 'open.timeLimit.withinLimit'])
             WHERE c.snapshot #> '{value,open,participating}' IS NULL
          ) AS renamed),
        machine_version = 2
      WHERE c.machine_version = 1 AND c.snapshot #> '{value,open}' IS NOT NULL`);
    await q.query(`UPDATE work_case SET machine_version = 2 WHERE machine_version = 1`);
  }

  down(): Promise<void> {
    // Version 2 holds what version 1 cannot: a penalty, an exemption or a staffing before participation.
    return Promise.reject(new Error('OpenCaseRegions1764790000000 cannot be undone: version-2 cases may be reported, exempt or staffed before they participate'));
  }
}
