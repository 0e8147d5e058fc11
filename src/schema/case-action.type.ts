import { Field, ObjectType } from 'type-graphql';

@ObjectType('CaseAction', { description: 'An event of the lifecycle chart and whether the current user may send it now' })
export class CaseActionType {
  @Field({ description: 'The chart event, e.g. SIGN_FSSP' }) event: string;
  @Field({ description: 'The mutation that sends it' }) mutation: string;
  @Field() allowed: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is not allowed now for this user' }) blockedBy: string | null;
}
