import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from './scalars';

@ObjectType('PlanPosition', { description: 'The case\'s Family Self-Sufficiency Plan as it stands today (FSSP-1, FSSP-3)' })
export class PlanPositionType {
  @Field({ description: 'Signed and current today (Alaska date): it expires after its last step review date, whether or not expireFssp was sent (FSSP-1, FSSP-3)' }) current: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'The review date of the plan\'s last step; the plan expires after it (FSSP-3). Null before a plan is drafted' }) lastStepReviewDate: string | null;
}
