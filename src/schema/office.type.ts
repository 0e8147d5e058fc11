import { Field, ID, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';

@ObjectType('Office', { implements: NodeInterface, description: 'A Work Services office; staff, cases and what a user may read are scoped by it' })
export class OfficeType {
  @Field(() => ID, { description: 'The office\'s id (filters take it as office)' }) id: string;
  @Field({ description: 'Short office code (e.g. ANC)' }) code: string;
  @Field({ description: 'Office name' }) name: string;
}
