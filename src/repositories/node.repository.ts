import type { EntityManager } from 'typeorm';
import type { UuidNodeType } from '../schema/node.type';
import { selectRows } from './sql';
import { WORKSITE_NODE_TABLES } from '../worksites/worksite-node-tables';
import { TRACK_RECORD_NODE_TABLES } from '../families-first/track-record-node-tables';
import { FSSP_NODE_TABLES } from '../fssp/fssp-node-tables';
import { CASEWORK_NODE_TABLES } from '../contacts/casework-node-tables';
import { FILE_REVIEW_NODE_TABLES } from '../file-reviews/file-review-node-tables';
import { COMPLAINT_NODE_TABLES } from '../complaints/complaint-node-tables';
import { WEBHOOK_NODE_TABLES } from '../webhooks/webhook-node-tables';

/** The UUID-keyed tables and the GraphQL type each row is. */
const UUID_TABLES: ReadonlyArray<[UuidNodeType, string]> = [
  ['Case', 'work_case'], ['Client', 'client'], ['HouseholdMember', 'household_member'], ['Staff', 'staff'], ['Office', 'office'],
  ['ClientNote', 'client_note'], ['CaseNote', 'case_note'], ['ActivityAssignment', 'activity_assignment'], ['HoursEntry', 'hours_entry'],
  ['Release', 'release_of_information'], ['PartnerAgency', 'partner_agency'],
  ...WORKSITE_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
  ...TRACK_RECORD_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
  ...FSSP_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
  ...CASEWORK_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
  ...FILE_REVIEW_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
  ...COMPLAINT_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
  ...WEBHOOK_NODE_TABLES.map(([type, table]): [UuidNodeType, string] => [type, table]),
];

/** Which table a global id names, for `node(id)` / `nodes(ids)`. */
export class NodeRepository {
  constructor(private readonly db: EntityManager) {}

  /** The type of each UUID that names a row, in one statement (primary key lookups), whatever the number of ids. */
  typesOf(ids: readonly string[]): Promise<Array<{ id: string; type: UuidNodeType }>> {
    return selectRows<{ id: string; type: UuidNodeType }>(this.db,
      UUID_TABLES.map(([type, table]) => `SELECT id::text AS id, '${type}' AS type FROM ${table} WHERE id = ANY($1::uuid[])`).join(' UNION ALL '), [ids]);
  }
}
