import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TimeLimitPosition', { description: 'The 60-month lifetime clock (TL-1)' })
export class TimeLimitPositionType {
  @Field(() => Int) monthsUsed: number;
  @Field(() => Int) monthsLeft: number;
  @Field({ description: 'Month 58 reached: the extension review staffing is due (TL-1)' }) extensionStaffingDue: boolean;
  @Field(() => String, { nullable: true, description: 'APPROVED or DENIED once a supervisor decided' }) extensionDecision: string | null;
}
