import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from './scalars';

@ObjectType('EligibilityNotice', { description: 'A change Eligibility must learn of: exemptions the same day (EXM-1), other benefit changes (MGT-5)' })
export class EligibilityNoticeType {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => Int, { description: 'The case version the change produced' }) caseVersion: number;
  @Field() event: string;
  @Field() ruleId: string;
  @Field(() => GraphQLJSONObject) payload: Record<string, unknown>;
  @Field(() => GraphQLDateTime) createdAt: Date;
  @Field(() => LocalDate, { description: 'Transmit by the end of this Alaska day' }) dueOn: string;
  @Field(() => GraphQLDateTime, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => ID, { nullable: true }) acknowledgedBy: string | null;
  @Field({ description: 'Not acknowledged and its day has passed' }) overdue: boolean;
}
