import { LocalDate } from './scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { HouseholdRelationshipEnum } from './enums';

@ObjectType('HouseholdMember')
export class HouseholdMemberType {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => HouseholdRelationshipEnum) relationship: HouseholdRelationshipEnum;
  @Field(() => LocalDate) dateOfBirth: string;
}
