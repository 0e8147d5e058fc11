import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Office')
export class OfficeType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
}
