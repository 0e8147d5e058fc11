import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { READINESS_ITEMS, WORK_SEARCH_PATHS, type ReadinessItem, type WorkSearchPath } from '../work-first/work-first-rules';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';

export const ReadinessItemEnum = Object.fromEntries(READINESS_ITEMS.map((v) => [v, v])) as { [K in ReadinessItem]: K };
registerEnumType(ReadinessItemEnum, {
  name: 'ReadinessItem', description: 'The Work First job readiness items, due within 1 month of referral to the track (TRK-4)',
  valuesConfig: {
    ALEXSYS_REGISTRATION: { description: 'Registered in ALEXsys (Alaska\'s labor exchange)' },
    RESUME: { description: 'A résumé written' },
    GENERAL_APPLICATION: { description: 'A general job application completed' },
    BUDGET: { description: 'A household budget made' },
  },
});
export const WorkSearchPathEnum = Object.fromEntries(WORK_SEARCH_PATHS.map((v) => [v, v])) as { [K in WorkSearchPath]: K };
registerEnumType(WorkSearchPathEnum, {
  name: 'WorkSearchPath', description: 'Where a Work First client goes when no job is readily available (TRK-5)',
  valuesConfig: {
    CWE: { description: 'Placed in community work experience' },
    BWE: { description: 'Placed in business work experience' },
    DAILY_CHECK_IN: { description: 'No job club in the office: the client reports to the CM daily' },
  },
});

@ObjectType('WorkFirstReadinessItem', { implements: NodeInterface, description: 'One Work First job readiness item completed (TRK-4)' })
export class WorkFirstReadinessItemType {
  @Field(() => ID, { description: 'The record\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => ReadinessItemEnum, { description: 'Which item' }) item: ReadinessItem;
  @Field(() => LocalDate, { description: 'The day it was completed' }) completedOn: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('ReadinessItemStatus', { description: 'One TRK-4 item in the case\'s current Work First stint: done or still to do' })
export class ReadinessItemStatusType {
  @Field(() => ReadinessItemEnum, { description: 'The item' }) item: ReadinessItem;
  @Field(() => LocalDate, { nullable: true, description: 'The day it was completed in the current stint; null while still to do' }) completedOn: string | null;
}

@ObjectType('WorkSearchFinding', { implements: NodeInterface, description: '"No job readily available" and the path chosen (TRK-5)' })
export class WorkSearchFindingType {
  @Field(() => ID, { description: 'The finding\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day it was found' }) foundOn: string;
  @Field(() => WorkSearchPathEnum, { description: 'CWE, BWE or daily check-in with the CM' }) path: WorkSearchPath;
  @Field({ description: 'Why no job is readily available' }) reason: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('DailyCheckIn', { implements: NodeInterface, description: 'The client reported to the CM (TRK-5, where the office has no job club)' })
export class DailyCheckInType {
  @Field(() => ID, { description: 'The check-in\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day of the check-in' }) checkedInOn: string;
  @Field(() => String, { nullable: true, description: 'What the client reported; null when not given' }) summary: string | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@InputType({ description: 'TRK-4: a job readiness item completed (once per Work First stint)' })
export class RecordWorkFirstReadinessItemInput extends MutationInput {
  @Field(() => ID, { description: 'The case (on Work First)' }) @IsUUID() caseId: string;
  @Field(() => ReadinessItemEnum, { description: 'Which item' }) @IsEnum(ReadinessItemEnum) item: ReadinessItem;
  @Field(() => LocalDate, { description: 'The day it was completed: on or after the referral to the track, not after today' }) completedOn: string;
}

@InputType({ description: 'TRK-5: no job readily available, and the path chosen' })
export class RecordWorkSearchFindingInput extends MutationInput {
  @Field(() => ID, { description: 'The case (on Work First)' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day of the finding: on or after the referral, not after today' }) foundOn: string;
  @Field(() => WorkSearchPathEnum, { description: 'CWE, BWE, or DAILY_CHECK_IN where the office has no job club' }) @IsEnum(WorkSearchPathEnum) path: WorkSearchPath;
  @Field({ description: 'Why no job is readily available' }) @IsString() @Length(1, 2000) reason: string;
}

@InputType({ description: 'TRK-5: the client reported to the CM' })
export class RecordDailyCheckInInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day: after a DAILY_CHECK_IN finding, not after today, once a day' }) checkedInOn: string;
  @Field(() => String, { nullable: true, description: 'What the client reported' }) @IsOptional() @IsString() @Length(1, 2000) summary?: string | null;
}

export const RecordWorkFirstReadinessItemPayload = entityPayload('RecordWorkFirstReadinessItemPayload', 'item', () => WorkFirstReadinessItemType, 'The item recorded (TRK-4)');
export const RecordWorkSearchFindingPayload = entityPayload('RecordWorkSearchFindingPayload', 'finding', () => WorkSearchFindingType, 'The finding recorded (TRK-5)');
export const RecordDailyCheckInPayload = entityPayload('RecordDailyCheckInPayload', 'checkIn', () => DailyCheckInType, 'The check-in recorded (TRK-5)');
