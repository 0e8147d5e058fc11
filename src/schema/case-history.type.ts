import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseHistoryEventEnum } from './case-event.enum';
import { CaseStateType, type CaseStatePath } from './case-state.type';
import { StaffRoleEnum } from './enums';
import { NodeInterface } from './node.type';

@ObjectType('CaseHistoryEntry', { implements: NodeInterface, description: 'One applied lifecycle event; the history is append-only' })
export class CaseHistoryEntryType {
  @Field(() => ID, { description: 'The entry\'s id' }) id: string;
  @Field(() => Int, { description: 'The case version this event produced' }) version: number;
  @Field(() => CaseHistoryEventEnum, { description: 'The event accepted (or a record-keeping entry such as a referral)' }) event: CaseHistoryEventEnum;
  @Field(() => GraphQLJSONObject, { description: 'The event\'s facts as sent (dates, reasons, decisions), a JSON object' }) payload: Record<string, unknown>;
  @Field(() => CaseStateType, { nullable: true, description: 'The state before the event; null for the referral that created the case' }) stateBefore: CaseStatePath | null;
  @Field(() => CaseStateType, { description: 'The state the event left the case in' }) stateAfter: CaseStatePath;
  @Field(() => ID, { description: 'The staff member who sent it' }) actorId: string;
  @Field(() => StaffRoleEnum, { description: 'The sender\'s role at the time' }) actorRole: StaffRoleEnum;
  @Field(() => GraphQLDateTime, { description: 'When the server accepted it; append-only, never updated' }) occurredAt: Date;
}
