import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from './scalars';
import { CaseEventEnum } from './case-event.enum';
import { NodeInterface } from './node.type';

@ObjectType('EligibilityNotice', { implements: NodeInterface, description: 'A change Eligibility must learn of: exemptions the same day (EXM-1), other benefit changes (MGT-5)' })
export class EligibilityNoticeType {
  @Field(() => ID, { description: 'The notice\'s id (acknowledgeEligibilityNotice takes it)' }) id: string;
  @Field(() => ID, { description: 'The case the change belongs to' }) caseId: string;
  @Field(() => Int, { description: 'The case version the change produced' }) caseVersion: number;
  @Field(() => CaseEventEnum, { description: 'The lifecycle event that made the change (e.g. START_EXEMPTION, IMPOSE_PENALTY)' }) event: CaseEventEnum;
  @Field({ description: 'The rule that requires telling Eligibility: EXM-1 (exemptions, same day) or MGT-5 (changes that may affect benefits)' }) ruleId: string;
  @Field(() => GraphQLJSONObject, { description: 'The event\'s facts as recorded (e.g. reason, effective date), a JSON object' }) payload: Record<string, unknown>;
  @Field(() => GraphQLDateTime, { description: 'When the change was queued, in the same transaction as the change (server time)' }) createdAt: Date;
  @Field(() => LocalDate, { description: 'Transmit by the end of this Alaska day' }) dueOn: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When Eligibility confirmed it; null while pending' }) acknowledgedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The staff id (PARTNER) that confirmed it; null while pending' }) acknowledgedBy: string | null;
  @Field({ description: 'Not acknowledged and its day has passed' }) overdue: boolean;
}
