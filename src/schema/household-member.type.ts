import { LocalDate } from './scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { HouseholdRelationshipEnum } from './enums';
import { NodeInterface } from './node.type';

@ObjectType('HouseholdMember', { implements: NodeInterface, description: 'A person in the client\'s household (the client is not listed); a SPOUSE or PARTNER makes the family two-parent for the federal rate' })
export class HouseholdMemberType {
  @Field(() => ID, { description: 'The member\'s id (assignActivity takes it as householdMemberId for a second parent)' }) id: string;
  @Field({ description: 'Given name' }) firstName: string;
  @Field({ description: 'Family name' }) lastName: string;
  @Field(() => HouseholdRelationshipEnum, { description: 'Relationship to the client' }) relationship: HouseholdRelationshipEnum;
  @Field(() => LocalDate, { description: 'Date of birth (the youngest child\'s age sets the weekly requirement)' }) dateOfBirth: string;
}
