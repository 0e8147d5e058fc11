import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { ReferralOutcomeStatus } from '../referrals/referral-rules';
import { connectionType } from './connection.type';
import { ReferralOutcomeStatusEnum } from './casework.enums';
import { MutationInput } from './inputs/mutation.input';
import { NodeInterface } from './node.type';
import { entityPayload } from './mutation-payload';
import { LocalDate } from './scalars';

@ObjectType('ReferralOutcome', { implements: NodeInterface, description: 'What came of a referral, recorded at a follow-up (EA-3); never changed, a later outcome is another one' })
export class ReferralOutcomeType {
  @Field(() => ID, { description: 'The outcome\'s id (an EA-3 obligation\'s MetByRecord names it)' }) id: string;
  @Field(() => LocalDate, { description: 'The day of the follow-up that found it' }) outcomeOn: string;
  @Field(() => ReferralOutcomeStatusEnum, { description: 'Where the referral stands' }) status: ReferralOutcomeStatus;
  @Field({ description: 'What came of it, in the CM\'s words' }) outcome: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('AgencyReferral', { implements: NodeInterface, description: 'EA-3: a referral to an agency for the client or a household member (a child, a parent), with its follow-up date' })
export class AgencyReferralType {
  @Field(() => ID, { description: 'The referral\'s id (recordReferralOutcome takes it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => ID, { nullable: true, description: 'The household member referred (Client.household); null: the client' }) householdMemberId: string | null;
  @Field({ description: 'The agency referred to' }) agency: string;
  @Field({ description: 'Why the family member was referred' }) reason: string;
  @Field(() => LocalDate, { description: 'The day of the referral' }) referredOn: string;
  @Field(() => LocalDate, { description: 'When to follow up: an EA-3 obligation until an outcome is recorded' }) followUpOn: string;
  @Field(() => [ReferralOutcomeType], { description: 'The outcomes recorded, oldest first' }) outcomes: ReferralOutcomeType[];
  @Field(() => ReferralOutcomeType, { nullable: true, description: 'The latest outcome; null while none is recorded (the follow-up is open)' }) latestOutcome: ReferralOutcomeType | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('AssignmentFollowUp', { implements: NodeInterface, description: 'EA-5: a follow-up of a work activity assignment, with the next one planned' })
export class AssignmentFollowUpType {
  @Field(() => ID, { description: 'The follow-up\'s id' }) id: string;
  @Field(() => ID, { description: 'The activity assignment followed up' }) assignmentId: string;
  @Field(() => LocalDate, { description: 'The day of the follow-up' }) followedUpOn: string;
  @Field({ description: 'What the follow-up found' }) summary: string;
  @Field(() => LocalDate, { nullable: true, description: 'The next follow-up planned (an EA-5 obligation); null: none planned' }) nextFollowUpOn: string | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@InputType({ description: 'EA-3: a referral to an agency for the client or a household member' })
export class ReferToAgencyInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => ID, { nullable: true, description: 'The household member referred (a child, a parent); omit for the client' }) @IsOptional() @IsUUID() householdMemberId?: string | null;
  @Field({ description: 'The agency referred to' }) @IsString() @Length(1, 200) agency: string;
  @Field({ description: 'Why' }) @IsString() @Length(1, 2000) reason: string;
  @Field(() => LocalDate, { description: 'The day of the referral: on or after the case\'s referral, not after today' }) referredOn: string;
  @Field(() => LocalDate, { description: 'When to follow up: after referredOn' }) followUpOn: string;
}

@InputType({ description: 'EA-3: what a follow-up of a referral found' })
export class RecordReferralOutcomeInput extends MutationInput {
  @Field(() => ID, { description: 'The referral' }) @IsUUID() referralId: string;
  @Field(() => LocalDate, { description: 'The day of the follow-up: on or after referredOn, not after today' }) outcomeOn: string;
  @Field(() => ReferralOutcomeStatusEnum, { description: 'Where the referral stands' }) @IsEnum(ReferralOutcomeStatusEnum) status: ReferralOutcomeStatus;
  @Field({ description: 'What came of it' }) @IsString() @Length(1, 2000) outcome: string;
}

@InputType({ description: 'EA-5: a follow-up of a work activity assignment' })
export class RecordAssignmentFollowUpInput extends MutationInput {
  @Field(() => ID, { description: 'The activity assignment (Case.activities)' }) @IsUUID() assignmentId: string;
  @Field(() => LocalDate, { description: 'The day of the follow-up: on or after the assignment\'s start, not after today' }) followedUpOn: string;
  @Field({ description: 'What it found' }) @IsString() @Length(1, 2000) summary: string;
  @Field(() => LocalDate, { nullable: true, description: 'The next follow-up planned (after followedUpOn); omit when none' }) @IsOptional() nextFollowUpOn?: string | null;
}

export const ReferToAgencyPayload = entityPayload('ReferToAgencyPayload', 'referral', () => AgencyReferralType, 'The referral recorded (EA-3)');
export const RecordReferralOutcomePayload = entityPayload('RecordReferralOutcomePayload', 'referral', () => AgencyReferralType, 'The referral with its new outcome');
export const RecordAssignmentFollowUpPayload = entityPayload('RecordAssignmentFollowUpPayload', 'followUp', () => AssignmentFollowUpType, 'The follow-up recorded (EA-5)');
export const AgencyReferralConnectionType = connectionType('AgencyReferral', AgencyReferralType, 'A page of a case\'s referrals to agencies, oldest first');
export const AssignmentFollowUpConnectionType = connectionType('AssignmentFollowUp', AssignmentFollowUpType, 'A page of a case\'s assignment follow-ups, oldest first');
