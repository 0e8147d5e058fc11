import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AssessmentChartEvent, BarrierCategory } from '../assessment/assessment-rules';
import { CaseType } from './case.type';
import { connectionType } from './connection.type';
import { AssessmentChartEventEnum, BarrierCategoryEnum } from './casework.enums';
import { MutationInput } from './inputs/mutation.input';
import { NodeInterface } from './node.type';
import { MutationPayload } from './mutation-payload';
import { LocalDate } from './scalars';

@ObjectType('EpiItem', { description: 'One item of the Employability Plan Inventory (EPI, ENG-3): the question and the client\'s answer or rating' })
export class EpiItemType {
  @Field({ description: 'The inventory item, e.g. "Reliable transportation to work"' }) item: string;
  @Field({ description: 'The client\'s answer or rating' }) answer: string;
}

@ObjectType('Barrier', { description: 'A barrier to work the EA found (EA-1), by category' })
export class BarrierType {
  @Field(() => BarrierCategoryEnum, { description: 'The kind of barrier' }) category: BarrierCategory;
  @Field({ description: 'The barrier, in the CM\'s words' }) description: string;
}

@ObjectType('AssessmentDiscrepancy', { description: 'EA-2: where the client\'s self-report and the CM\'s assessment differ, and the explanation' })
export class DiscrepancyType {
  @Field({ description: 'What the client reported' }) selfReport: string;
  @Field({ description: 'What the CM assessed' }) assessment: string;
  @Field({ description: 'Why they differ (EA-2: discrepancies are explained)' }) explanation: string;
}

@ObjectType('EmployabilityAssessment', { implements: NodeInterface, description: 'An Employability Assessment (EA-1, EA-2) as recorded; never changed: a later EA is a new one with the next number' })
export class EmployabilityAssessmentType {
  @Field(() => ID, { description: 'The EA\'s id' }) id: string;
  @Field(() => ID, { description: 'The case it was recorded on' }) caseId: string;
  @Field(() => Int, { description: 'Its number on the case: 1 for the first EA, then 2, 3, ...' }) number: number;
  @Field(() => LocalDate, { description: 'The day the EA was completed with the client (Alaska date)' }) completedOn: string;
  @Field(() => [EpiItemType], { description: 'The Employability Plan Inventory' }) epiItems: EpiItemType[];
  @Field(() => [String], { description: 'The client\'s strengths' }) strengths: string[];
  @Field(() => [BarrierType], { description: 'The barriers found, by category' }) barriers: BarrierType[];
  @Field(() => [String], { description: 'The client\'s own goals' }) clientGoals: string[];
  @Field(() => [DiscrepancyType], { description: 'Discrepancies between self-report and assessment, each explained (EA-2)' }) discrepancies: DiscrepancyType[];
  @Field(() => AssessmentChartEventEnum, { nullable: true, description: 'The chart event it sent (COMPLETE_EA, or COMPLETE_REASSESSMENT after a change of case manager or track, ENG-3); null for a later EA that changed nothing in the lifecycle' })
  chartEvent: AssessmentChartEvent | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@InputType('EpiItemInput', { description: 'One EPI item and the client\'s answer' })
export class EpiItemInput {
  @Field({ description: 'The inventory item' }) @IsString() @Length(1, 500) item: string;
  @Field({ description: 'The client\'s answer or rating' }) @IsString() @Length(1, 2000) answer: string;
}

@InputType('BarrierInput', { description: 'A barrier found, by category' })
export class BarrierInput {
  @Field(() => BarrierCategoryEnum, { description: 'The kind of barrier' }) @IsEnum(BarrierCategoryEnum) category: BarrierCategory;
  @Field({ description: 'The barrier, in the CM\'s words' }) @IsString() @Length(1, 2000) description: string;
}

@InputType('DiscrepancyInput', { description: 'EA-2: a discrepancy and its explanation' })
export class DiscrepancyInput {
  @Field({ description: 'What the client reported' }) @IsString() @Length(1, 2000) selfReport: string;
  @Field({ description: 'What the CM assessed' }) @IsString() @Length(1, 2000) assessment: string;
  @Field({ description: 'Why they differ (required, EA-2)' }) @IsString() @Length(1, 2000) explanation: string;
}

@InputType({ description: 'EA-1, EA-2: the Employability Assessment completed with the client' })
export class RecordEmployabilityAssessmentInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => Int, { description: 'The case version you read (Case.version); a stale one is VERSION_CONFLICT' }) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => LocalDate, { description: 'The day it was completed: on or after the referral (and after the change that asks for it), not after today' }) completedOn: string;
  @Field(() => [EpiItemInput], { description: 'The Employability Plan Inventory: at least one item' })
  @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => EpiItemInput) epiItems: EpiItemInput[];
  @Field(() => [String], { description: 'The client\'s strengths' }) @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 1000, { each: true }) strengths: string[];
  @Field(() => [BarrierInput], { description: 'The barriers found, by category' })
  @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => BarrierInput) barriers: BarrierInput[];
  @Field(() => [String], { description: 'The client\'s own goals: at least one' }) @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 1000, { each: true }) clientGoals: string[];
  @Field(() => [DiscrepancyInput], { description: 'Discrepancies between self-report and assessment, each explained (EA-2)' })
  @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DiscrepancyInput) discrepancies: DiscrepancyInput[];
}

@ObjectType('RecordEmployabilityAssessmentPayload', { description: 'The result of recordEmployabilityAssessment' })
export class RecordEmployabilityAssessmentPayload extends MutationPayload {
  @Field(() => EmployabilityAssessmentType, { nullable: true, description: 'The EA recorded; null when refused' }) assessment?: EmployabilityAssessmentType | null;
  @Field(() => CaseType, { nullable: true, description: 'The case after the EA (its version moved on when the EA sent a chart event); null when refused' }) case?: CaseType | null;
}

export const EmployabilityAssessmentConnectionType = connectionType('EmployabilityAssessment', EmployabilityAssessmentType, 'A page of a case\'s Employability Assessments, newest first');
