import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRoleEnum } from './enums';
import { NodeInterface } from './node.type';

@ObjectType('Staff', { implements: NodeInterface, description: 'A staff member or integration client; office is resolved by field' })
export class StaffType {
  @Field(() => ID, { description: 'The staff member\'s id (the token\'s sub; referClient and reassignCaseManager take it as caseManagerId)' }) id: string;
  @Field({ description: 'Full name' }) name: string;
  @Field({ description: 'Work e-mail address (npm run token -- --staff takes it)' }) email: string;
  @Field(() => StaffRoleEnum, { description: 'The role, which decides what the staff member may read and do' }) role: StaffRoleEnum;
  officeId: string;
}
