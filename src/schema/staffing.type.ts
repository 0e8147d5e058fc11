import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ExtensionCriterion } from '../machines/case-lifecycle.types';
import { CaseEventInput } from './inputs/case-event.input';
import { ParentExtensionCriteriaInput } from './inputs/time-limit.input';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';
import { ExtensionCriterionEnum } from './time-limit.type';

@ObjectType('CaseReviewStaffing', { implements: NodeInterface, description: 'A case review staffing (TL-3): progression, regression and discrepancies between the client\'s self-report and the CM\'s assessment' })
export class CaseReviewStaffingType {
  @Field(() => ID, { description: 'The staffing\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day it was held' }) heldOn: string;
  @Field({ description: 'What progressed since the last staffing' }) progression: string;
  @Field({ description: 'What regressed since the last staffing' }) regression: string;
  @Field({ description: 'Discrepancies between the client\'s self-report and the CM\'s assessment' }) discrepancies: string;
  @Field(() => LocalDate, { nullable: true, description: 'The next staffing\'s date (an obligation, TL-3); null when none is set' }) nextStaffingOn: string | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('StaffingFormParentCriteria', { description: 'The extension criteria one parent meets, as the staffing form gives them (TL-2)' })
export class StaffingFormParentCriteriaType {
  @Field(() => ID, { nullable: true, description: 'The second parent (SPOUSE or PARTNER household member); null for the client' }) householdMemberId: string | null;
  @Field(() => [ExtensionCriterionEnum], { description: 'The criteria this parent meets' }) criteria: ExtensionCriterion[];
}

@ObjectType('StaffingPartnerInput', { description: 'A partner agency invited to the extension staffing, and its input in advance (TL-2)' })
export class StaffingPartnerInputType {
  @Field({ description: 'The agency' }) agency: string;
  @Field(() => LocalDate, { description: 'The day it was invited or asked for input' }) invitedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day its input arrived; null when none arrived' }) inputReceivedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Its input; null when none arrived' }) input: string | null;
}

@ObjectType('ExtensionStaffingForm', { implements: NodeInterface, description: 'The extension staffing form\'s content (TL-2), submitted to the supervisor with the chart\'s SUBMIT_STAFFING_FORM' })
export class ExtensionStaffingFormType {
  @Field(() => ID, { description: 'The form\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The staffing it is for' }) staffingOn: string;
  @Field(() => LocalDate, { description: 'The day it went to the supervisor (TL-2: at least 1 week before the staffing)' }) submittedOn: string;
  @Field({ description: 'Completed with the client (TL-2)' }) completedWithClient: boolean;
  @Field(() => [StaffingFormParentCriteriaType], { description: 'The criteria per parent, the client first when given so' }) criteria: StaffingFormParentCriteriaType[];
  @Field(() => LocalDate, { nullable: true, description: 'The updated TA10\'s date when it applies; null otherwise' }) ta10On: string | null;
  @Field(() => [StaffingPartnerInputType], { description: 'Partner agencies invited and their input' }) partnerInput: StaffingPartnerInputType[];
  @Field(() => Int, { description: 'The case history entry (Case.history version) of the SUBMIT_STAFFING_FORM sent with it' }) historyVersion: number;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@InputType({ description: 'TL-3: a case review staffing held' })
export class RecordCaseReviewStaffingInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day it was held: on or after the referral and the previous staffing, not after today' }) heldOn: string;
  @Field({ description: 'What progressed ("none" when nothing did)' }) @IsString() @Length(1, 4000) progression: string;
  @Field({ description: 'What regressed ("none" when nothing did)' }) @IsString() @Length(1, 4000) regression: string;
  @Field({ description: 'Discrepancies between the client\'s self-report and the CM\'s assessment ("none" when none)' }) @IsString() @Length(1, 4000) discrepancies: string;
  @Field(() => LocalDate, { nullable: true, description: 'The next staffing\'s date, after heldOn: an obligation on the worklist (TL-3)' }) @IsOptional() nextStaffingOn?: string | null;
}

@InputType('StaffingPartnerInputInput', { description: 'A partner agency invited to the extension staffing (TL-2)' })
export class StaffingPartnerInputInput {
  @Field({ description: 'The agency' }) @IsString() @Length(1, 200) agency: string;
  @Field(() => LocalDate, { description: 'The day it was invited or asked for input: before the form goes in' }) invitedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day its input arrived (between the invitation and the form)' }) @IsOptional() inputReceivedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Its input, with inputReceivedOn' }) @IsOptional() @IsString() @Length(1, 4000) input?: string | null;
}

@InputType({ description: 'TL-2: the extension staffing form, submitted to the supervisor (sends SUBMIT_STAFFING_FORM)' })
export class SubmitExtensionStaffingFormContentInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The scheduled staffing it is for (Case.timeLimit / ScheduleExtensionStaffing)' }) staffingOn: string;
  @Field(() => LocalDate, { description: 'The day it went to the supervisor: not after today nor the staffing (TL-2: at least 1 week before)' }) submittedOn: string;
  @Field({ description: 'Completed with the client (TL-2: required)' }) completedWithClient: boolean;
  @Field(() => [ParentExtensionCriteriaInput], { description: 'The criteria per parent: the client (householdMemberId omitted) and each second parent' })
  @ValidateNested({ each: true }) @Type(() => ParentExtensionCriteriaInput) @ArrayMinSize(1) @ArrayMaxSize(3) criteria: ParentExtensionCriteriaInput[];
  @Field(() => LocalDate, { nullable: true, description: 'The updated TA10\'s date: required with MEDICAL_INABILITY_TA10, within 90 days before the staffing' }) @IsOptional() ta10On?: string | null;
  @Field(() => [StaffingPartnerInputInput], { defaultValue: [], description: 'Partner agencies invited or asked for input in advance (TL-2)' })
  @ValidateNested({ each: true }) @Type(() => StaffingPartnerInputInput) @ArrayMaxSize(20) partnerInput: StaffingPartnerInputInput[];
}

export const RecordCaseReviewStaffingPayload = entityPayload('RecordCaseReviewStaffingPayload', 'staffing', () => CaseReviewStaffingType, 'The staffing recorded (TL-3)');
export const SubmitExtensionStaffingFormContentPayload = entityPayload('SubmitExtensionStaffingFormContentPayload', 'form', () => ExtensionStaffingFormType, 'The form recorded and submitted (TL-2)');
