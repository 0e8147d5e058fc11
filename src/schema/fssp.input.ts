import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { FsspSignatureMethod, FsspStepStatus } from '../fssp/fssp-rules';
import { FsspSignatureMethodEnum, FsspStepStatusEnum } from './fssp.type';
import { MutationInput } from './inputs/mutation.input';
import { LocalDate } from './scalars';

const TEXT = 2000;

@InputType({ description: 'A step with its dates and its own review date (FSSP-3)' })
export class FsspStepInput {
  @Field({ description: 'What the client will do' }) @IsString() @Length(1, TEXT) text: string;
  @Field(() => LocalDate, { description: 'When it starts (not before the draft)' }) startsOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'When it ends (not before it starts); omit when open-ended' }) @IsOptional() endsOn?: string | null;
  @Field(() => LocalDate, { description: 'Its own review date, not before it starts (FSSP-3)' }) reviewOn: string;
}

@InputType({ description: 'An intermediate goal under a goal, with its steps (FSSP-3)' })
export class FsspIntermediateGoalInput {
  @Field({ description: 'Specific: what it is' }) @IsString() @Length(1, TEXT) text: string;
  @Field({ description: 'Measurable: how it is measured' }) @IsString() @Length(1, TEXT) measure: string;
  @Field(() => LocalDate, { description: 'When it is to be reached (not after its goal\'s target)' }) targetOn: string;
  @Field(() => [FsspStepInput], { nullable: true, description: 'Its steps' })
  @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FsspStepInput) steps?: FsspStepInput[] | null;
}

@InputType({ description: 'A SMART goal: specific text, measure, target date; its intermediate goals and steps (FSSP-3)' })
export class FsspGoalInput extends FsspIntermediateGoalInput {
  @Field(() => [FsspIntermediateGoalInput], { nullable: true, description: 'Its intermediate goals, each with steps' })
  @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FsspIntermediateGoalInput) intermediateGoals?: FsspIntermediateGoalInput[] | null;
}

@InputType({ description: 'Another agency\'s service plan the FSSP incorporates (EA-4)' })
export class FsspServicePlanInput {
  @Field({ description: 'The agency' }) @IsString() @Length(1, 200) agency: string;
  @Field({ description: 'What its plan provides' }) @IsString() @Length(1, TEXT) summary: string;
}

/** The case's version the client saw, as the lifecycle mutations take it. */
@InputType()
abstract class FsspWriteInput extends MutationInput {
  @Field(() => Int, { description: 'The case version the client saw (Case.version); a stale one is refused with VERSION_CONFLICT' })
  @IsInt() @Min(1) expectedVersion: number;
}

@InputType({ description: 'FSSP-3, EA-4: a version of the plan (the first one, or an update saying what changed)' })
export class DraftFsspVersionInput extends FsspWriteInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day it was drafted (on or after the referral, not after today); today when omitted' }) @IsOptional() draftedOn?: string | null;
  @Field(() => [FsspGoalInput], { description: 'Its goals: at least one, with at least one step in all' })
  @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FsspGoalInput) goals: FsspGoalInput[];
  @Field(() => [FsspServicePlanInput], { nullable: true, description: 'The agencies\' service plans it incorporates (EA-4)' })
  @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => FsspServicePlanInput) servicePlans?: FsspServicePlanInput[] | null;
  @Field(() => String, { nullable: true, description: 'What changed since the version it replaces: required on an update (version 2 on)' })
  @IsOptional() @IsString() @Length(0, TEXT) changeSummary?: string | null;
}

@InputType({ description: 'FSSP-6: the version mailed for signature' })
export class MailFsspVersionInput extends FsspWriteInput {
  @Field(() => ID, { description: 'The version (the newest, unsigned)' }) @IsUUID() versionId: string;
  @Field(() => LocalDate, { description: 'The day it was mailed (not before the draft, not after today)' }) mailedOn: string;
  @Field(() => LocalDate, { description: 'The day it is due back (after mailedOn)' }) dueBackOn: string;
}

@InputType({ description: 'FSSP-5: a field FSSP\'s own facts' })
export class FieldFsspInput {
  @Field(() => LocalDate, { nullable: true, description: 'The plan date' }) @IsOptional() planOn?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The goal date' }) @IsOptional() goalOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The goal' }) @IsOptional() @IsString() @Length(0, TEXT) goal?: string | null;
}

@InputType({ description: 'FSSP-1, FSSP-5, FSSP-6: the client signed the version; it becomes current' })
export class SignFsspVersionInput extends FsspWriteInput {
  @Field(() => ID, { description: 'The version (the newest, unsigned)' }) @IsUUID() versionId: string;
  @Field(() => FsspSignatureMethodEnum, { description: 'In person, by mail (mailed first), or a field FSSP' }) @IsEnum(FsspSignatureMethodEnum) method: FsspSignatureMethod;
  @Field(() => LocalDate, { description: 'The day the client signed (not before the draft nor the mailing, not after today)' }) signedOn: string;
  @Field(() => FieldFsspInput, { nullable: true, description: 'Required for a field FSSP: plan date, goal date, goal (FSSP-5)' })
  @IsOptional() @ValidateNested() @Type(() => FieldFsspInput) field?: FieldFsspInput | null;
}

@InputType({ description: 'FSSP-2: one step\'s progress' })
export class FsspStepProgressInput {
  @Field(() => ID, { description: 'A step of the version reviewed' }) @IsUUID() stepId: string;
  @Field(() => FsspStepStatusEnum, { description: 'Where it stands' }) @IsEnum(FsspStepStatusEnum) status: FsspStepStatus;
  @Field(() => String, { nullable: true, description: 'What was said about it' }) @IsOptional() @IsString() @Length(0, TEXT) comment?: string | null;
}

@InputType({ description: 'FSSP-2, ENG-4: the monthly review of the signed version with the client' })
export class ReviewFsspVersionInput extends FsspWriteInput {
  @Field(() => ID, { description: 'The signed version reviewed' }) @IsUUID() versionId: string;
  @Field(() => LocalDate, { description: 'The day of the review (on or after the signature, not after today)' }) reviewedOn: string;
  @Field(() => [FsspStepProgressInput], { description: 'Progress per step, each step once' })
  @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => FsspStepProgressInput) progress: FsspStepProgressInput[];
}

@InputType({ description: 'FSSP-4: the update appointment, scheduled before the plan expires' })
export class ScheduleFsspUpdateInput extends MutationInput {
  @Field(() => ID, { description: 'The case (its signed version in force is the one updated)' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day of the appointment (not before today; on or before the last step review date to meet FSSP-4)' }) scheduledFor: string;
}
