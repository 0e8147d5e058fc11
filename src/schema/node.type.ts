import { Field, ID, InterfaceType } from 'type-graphql';
import { TRACK_RECORD_NODE_TABLES } from '../families-first/track-record-node-tables';
import { FSSP_NODE_TABLES } from '../fssp/fssp-node-tables';
import { CASEWORK_NODE_TABLES } from '../contacts/casework-node-tables';
import { FILE_REVIEW_NODE_TABLES } from '../file-reviews/file-review-node-tables';
import { COMPLAINT_NODE_TABLES } from '../complaints/complaint-node-tables';
import { WEBHOOK_NODE_TABLES } from '../webhooks/webhook-node-tables';

/** The GraphQL type an object fetched by `node(id)` is, set by the node resolver (objects are plain rows). */
export const NODE_TYPE = Symbol('nodeType');

/** The object types whose table keys are bigint sequences: their ids are opaque (see src/schema/node.id.ts). */
export const SEQUENCE_NODE_TYPES = ['Obligation', 'EligibilityNotice', 'CaseAlert', 'CaseHistoryEntry'] as const;
export type SequenceNodeType = (typeof SEQUENCE_NODE_TYPES)[number];

/** The object types whose ids are their table's UUID. */
export const UUID_NODE_TYPES = ['Case', 'Client', 'HouseholdMember', 'Staff', 'Office', 'ClientNote', 'CaseNote', 'ActivityAssignment', 'HoursEntry', 'Release', 'PartnerAgency',
  'Employer', 'Worksite', 'WorksitePosition', 'SiteAgreement', 'WorksitePlacement', 'PlacementProgressNote', 'EmployerContract', 'EmployerReimbursement', 'EmployerOutreach',
  ...TRACK_RECORD_NODE_TABLES.map(([type]) => type), ...FSSP_NODE_TABLES.map(([type]) => type),
  ...CASEWORK_NODE_TABLES.map(([type]) => type),
  ...FILE_REVIEW_NODE_TABLES.map(([type]) => type),
  ...COMPLAINT_NODE_TABLES.map(([type]) => type),
  ...WEBHOOK_NODE_TABLES.map(([type]) => type)] as const;
export type UuidNodeType = (typeof UUID_NODE_TYPES)[number];

export type NodeTypeName = SequenceNodeType | UuidNodeType;

@InterfaceType('Node', {
  description: 'An object with a globally unique id: refetch it with node(id) (Relay Global Object Identification)',
  resolveType: (value: { [NODE_TYPE]?: NodeTypeName }) => value[NODE_TYPE],
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Globally unique and stable: a UUID, or an opaque id for a few record kinds (README "Relay")' })
  id: string;
}
