import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRoleEnum } from './enums';

@ObjectType('Staff', { description: 'A staff member or integration client; office is resolved by field' })
export class StaffType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => StaffRoleEnum) role: StaffRoleEnum;
  officeId: string;
}
