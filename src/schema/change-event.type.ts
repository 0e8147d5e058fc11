import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_TOPICS, type ChangeTopic } from '../change-feed/change-topics';
import { CaseListArgs } from './connections.type';
import { connectionType } from './connection.type';
import { CaseStateType, type CaseStatePath } from './case-state.type';
import { PenaltyPositionType } from './penalty.type';
import { CaseHistoryEventEnum } from './case-event.enum';
import { ComplaintEventEnum } from './complaint.enums';
import { enumOf } from './enum-of';

export const ChangeTopicEnum = enumOf<ChangeTopic>(CHANGE_TOPICS);
registerEnumType(ChangeTopicEnum, {
  name: 'ChangeTopic',
  description: 'What a change is about, as partners filter the feed and their webhooks',
  valuesConfig: {
    CASE_TRANSITION: { description: 'Any lifecycle event of a case (every other case topic comes with this one)' },
    EXEMPTION: { description: 'An exemption started or ended (EXM-1: Eligibility learns of it the same day)' },
    PENALTY: { description: 'A penalty requested, imposed, raised, cured or removed, with its stage (MGT-5, PEN-5)' },
    CLOSURE: { description: 'TA closed, or the 12 months of Post-TA completed' },
    JOB_START: { description: 'TA closed with work (a job start)' },
    COMPLAINT_RESOLUTION: { description: 'A complaint resolved (MGT-4: WSTA hears of every resolution); not for PARTNER' },
  },
});

export const ChangeSubjectTypeEnum = enumOf(['Case', 'Complaint'] as const);
registerEnumType(ChangeSubjectTypeEnum, {
  name: 'ChangeSubjectType',
  description: 'Which record changed; fetch it with node(subjectId)',
  valuesConfig: { Case: { description: 'A case (subjectId is the case id)' }, Complaint: { description: 'A complaint of a case (MGT-4)' } },
});

/** One entry of the change feed: thin on purpose (no client data); details come from the API, where reads are audited. */
@ObjectType('ChangeEvent', { description: 'A partner-relevant change, in feed order: ids, the event, the new version, the rule. Fetch the record itself with node(subjectId)' })
export class ChangeEventType {
  @Field({ description: 'Its place in the feed: opaque, increasing in feed order; the same value as the edge\'s cursor, so a consumer resumes after it' }) position: string;
  @Field(() => GraphQLDateTime, { description: 'When the change was made (server time)' }) occurredAt: Date;
  @Field(() => [ChangeTopicEnum], { description: 'Its topics (a case event is always CASE_TRANSITION, and EXEMPTION, PENALTY, CLOSURE or JOB_START when it is one)' }) topics: ChangeTopic[];
  @Field(() => CaseHistoryEventEnum, { nullable: true, description: 'A case\'s change: its event (REFERRED, or a lifecycle event such as START_EXEMPTION)' }) caseEvent: CaseHistoryEventEnum | null;
  @Field(() => ComplaintEventEnum, { nullable: true, description: 'A complaint\'s change: its event (RESOLVE, RESOLVE_FORWARDED or IMPLEMENT_RECOMMENDATIONS, MGT-4)' }) complaintEvent: string | null;
  @Field(() => ChangeSubjectTypeEnum, { description: 'Which record changed' }) subjectType: 'Case' | 'Complaint';
  @Field(() => ID, { description: 'The record that changed (node(subjectId) reads it)' }) subjectId: string;
  @Field(() => ID, { description: 'The office of the case' }) officeId: string;
  @Field(() => ID, { nullable: true, description: 'The case it belongs to' }) caseId: string | null;
  @Field(() => Int, { nullable: true, description: 'The case\'s version after a case event (compare with Case.version before fetching again)' }) caseVersion: number | null;
  @Field(() => String, { nullable: true, description: 'The rule it answers, when one says the partner must learn of it (EXM-1, MGT-5, MGT-4)' }) ruleId: string | null;
  @Field(() => CaseStateType, { nullable: true, description: 'A case event: the state after it' }) state: CaseStatePath | null;
  @Field(() => PenaltyPositionType, { nullable: true, description: 'A PENALTY event: the stage and reduction in force after it (PEN-5)' }) penalty: unknown;
}

export const ChangeEventConnectionType = connectionType('ChangeEvent', ChangeEventType, 'A page of the change feed, in feed order; pageInfo.endCursor is where to resume (the after you gave when the page is empty)');

@InputType('ChangeFilter', { description: 'Which changes to read' })
export class ChangeFilterInput {
  @Field(() => [ChangeTopicEnum], { nullable: true, description: 'Only changes with one of these topics (default: every topic your role reads)' })
  @IsOptional() @ArrayMaxSize(CHANGE_TOPICS.length) @IsEnum(ChangeTopicEnum, { each: true }) topics?: ChangeTopic[] | null;
}

@ArgsType()
export class ChangesArgs extends CaseListArgs {
  @Field(() => ChangeFilterInput, { nullable: true, description: 'Which topics' }) filter?: ChangeFilterInput | null;
}
