import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { AccessFieldGroup } from '../access-log/field-groups';
import { connectionType } from './connection.type';
import { AccessFieldGroupEnum, StaffRoleEnum } from './enums';

@ObjectType('AccessLogEntry', { description: 'Who viewed whom: one request\'s read of one client\'s record; append-only, kept 6 years (45 CFR 164.316(b)(2)(i))' })
export class AccessLogEntryType {
  /** The row id, for the cursor only: an entry is not refetched (no Node), it is read in its list. */
  id: string;
  @Field(() => GraphQLDateTime, { description: 'When the request read the record (server time)' }) accessedAt: Date;
  @Field(() => ID, { description: 'The staff member (or integration account) who read it' }) staffId: string;
  @Field(() => StaffRoleEnum, { description: 'Their role at the time' }) staffRole: StaffRoleEnum;
  @Field(() => ID, { description: 'The client whose record was read' }) clientId: string;
  @Field(() => [ID], { description: 'The client\'s cases the request read (empty when only the client was read)' }) caseIds: string[];
  @Field(() => [AccessFieldGroupEnum], { description: 'The parts of the record read' }) fieldGroups: AccessFieldGroup[];
  @Field(() => String, { nullable: true, description: 'The GraphQL operation name the request sent; null for an anonymous operation' }) operationName: string | null;
}

export const AccessLogEntryConnectionType = connectionType('AccessLogEntry', AccessLogEntryType, 'A page of the access log, newest first');
