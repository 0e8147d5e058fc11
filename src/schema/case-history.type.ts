import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StaffRoleEnum } from './enums';

@ObjectType('CaseHistoryEntry', { description: 'One applied lifecycle event; the history is append-only' })
export class CaseHistoryEntryType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The case version this event produced' }) version: number;
  @Field() event: string;
  @Field(() => GraphQLJSONObject) payload: Record<string, unknown>;
  @Field(() => String, { nullable: true }) stateBefore: string | null;
  @Field() stateAfter: string;
  @Field(() => ID) actorId: string;
  @Field(() => StaffRoleEnum) actorRole: StaffRoleEnum;
  @Field(() => GraphQLDateTime) occurredAt: Date;
}
