import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CaseFilter.state matches cases in ALL the given leaf state nodes exactly: work_case.state holds
 * the active leaf paths joined by ", ", and the caseload query asks
 * `string_to_array(state, ', ') @> $nodes`. This GIN index on that array serves the containment,
 * so a filter on a rare state (penalized, exempt) does not scan every case of the office.
 */
export class CaseStateNodes1764640000000 implements MigrationInterface {
  name = 'CaseStateNodes1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX work_case_state_nodes_idx ON work_case USING gin (string_to_array(state, ', '))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX work_case_state_nodes_idx');
  }
}
