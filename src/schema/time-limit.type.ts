import { Field, Int, ObjectType } from 'type-graphql';
import { DecisionEnum } from './enums';

@ObjectType('TimeLimitPosition', { description: 'The 60-month lifetime clock (TL-1)' })
export class TimeLimitPositionType {
  @Field(() => Int, { description: 'Countable months of assistance used (TL-1; a month counts when any cash is issued)' }) monthsUsed: number;
  @Field(() => Int, { description: 'Months left of the 60 (never below 0); the extension staffing comes at month 58 (TL-2)' }) monthsLeft: number;
  @Field({ description: 'Month 58 reached: the extension review staffing is due (TL-1)' }) extensionStaffingDue: boolean;
  @Field(() => DecisionEnum, { nullable: true, description: 'The supervisor\'s decision on the extension (TL-2); null until decided' }) extensionDecision: 'APPROVED' | 'DENIED' | null;
}
