import { Field, ObjectType } from 'type-graphql';
import { CaseEventEnum, CaseMutationEnum } from './case-event.enum';

@ObjectType('CaseAction', { description: 'An event of the lifecycle chart and whether the current user may send it now' })
export class CaseActionType {
  @Field(() => CaseEventEnum, { description: 'The chart event, e.g. SIGN_FSSP' }) event: CaseEventEnum;
  @Field(() => CaseMutationEnum, { description: 'The mutation that sends it, by its field name (e.g. recordFsspSigned)' }) mutation: CaseMutationEnum;
  @Field({ description: 'The current user may send it now; when false, blockedBy says why' }) allowed: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is not allowed now for this user' }) blockedBy: string | null;
}
