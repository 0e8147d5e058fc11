import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  FAMILIES_FIRST_DOCUMENT_KINDS, READINESS_DECISIONS, VERIFIERS, WEEKDAYS,
  type FamiliesFirstDocumentKind, type ReadinessDecision, type Verifier, type Weekday,
} from '../families-first/families-first-rules';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';
import { enumOf } from './enum-of';

export const FamiliesFirstDocumentKindEnum = enumOf(FAMILIES_FIRST_DOCUMENT_KINDS);
registerEnumType(FamiliesFirstDocumentKindEnum, {
  name: 'FamiliesFirstDocumentKind', description: 'The three Families First documents due within 60 days of referral to the track (TRK-3)',
  valuesConfig: {
    FAMILY_NETWORK: { description: 'The Family Network: the people who support the family, their relationship and what they do' },
    SUPPORT_TEAM: { description: 'The Family Support Team: its members and the agencies they come from' },
    WEEKLY_CALENDAR: { description: 'The Weekly Calendar of Routines: what the family does, per weekday and time' },
  },
});
export const WeekdayEnum = enumOf(WEEKDAYS);
registerEnumType(WeekdayEnum, {
  name: 'Weekday', description: 'A day of the week (the Weekly Calendar of Routines, TRK-3)',
  valuesConfig: Object.fromEntries(WEEKDAYS.map((d) => [d, { description: `${d.charAt(0)}${d.slice(1).toLowerCase()}` }])),
});
export const DisabilityVerifierEnum = enumOf(VERIFIERS);
registerEnumType(DisabilityVerifierEnum, {
  name: 'DisabilityVerifier', description: 'How long-term incapacity was verified medically (TRK-7)',
  valuesConfig: { TA10: { description: 'A TA10 medical statement' }, PHYSICIAN: { description: 'A physician\'s statement' } },
});
export const ReadinessDecisionEnum = enumOf(READINESS_DECISIONS);
registerEnumType(ReadinessDecisionEnum, {
  name: 'ReadinessDecision', description: 'The monthly Families First readiness review\'s decision (TRK-2)',
  valuesConfig: {
    READY_FOR_WORK_FIRST: { description: 'Ready to move to Work First: request the track change (TRK-1); the review itself does not change the track' },
    NOT_READY: { description: 'Stays on Families First this month' },
  },
});

@ObjectType('FamilyNetworkMember', { description: 'One person of the Family Network (TRK-3)' })
export class FamilyNetworkMemberType {
  @Field({ description: 'The person\'s name' }) name: string;
  @Field({ description: 'Their relationship to the family, e.g. grandmother, neighbour' }) relationshipToFamily: string;
  @Field({ description: 'How they support the family, e.g. child care on Tuesdays' }) supportProvided: string;
  @Field(() => String, { nullable: true, description: 'How to reach them; null when not given' }) contact: string | null;
}

@ObjectType('FamilySupportTeamMember', { description: 'One member of the Family Support Team and their agency (TRK-3)' })
export class SupportTeamMemberType {
  @Field({ description: 'The member\'s name' }) name: string;
  @Field(() => String, { nullable: true, description: 'The agency they come from; null for a member from the family\'s own network' }) agency: string | null;
  @Field({ description: 'Their role on the team' }) roleOnTeam: string;
  @Field(() => String, { nullable: true, description: 'How to reach them (TRK-6: contacted in an emergency); null when not given' }) contact: string | null;
}

@ObjectType('RoutineEntry', { description: 'One routine of the Weekly Calendar of Routines (TRK-3)' })
export class RoutineEntryType {
  @Field(() => WeekdayEnum, { description: 'The weekday' }) weekday: Weekday;
  @Field({ description: 'The time, HH:MM (24 hours)' }) time: string;
  @Field({ description: 'What happens then, e.g. school drop-off' }) routine: string;
}

@ObjectType('FamiliesFirstDocument', { implements: NodeInterface, description: 'One version of a Families First document (TRK-3); an update is the next version, and every version stays' })
export class FamiliesFirstDocumentType {
  @Field(() => ID, { description: 'The version\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => FamiliesFirstDocumentKindEnum, { description: 'Which document' }) kind: FamiliesFirstDocumentKind;
  @Field(() => Int, { description: 'The version number, 1 for the first' }) version: number;
  @Field(() => LocalDate, { description: 'The day this version took effect' }) effectiveOn: string;
  @Field(() => String, { nullable: true, description: 'What changed from the previous version; null for version 1' }) changeSummary: string | null;
  @Field(() => [FamilyNetworkMemberType], { description: 'FAMILY_NETWORK: its members; empty for the other kinds' }) networkMembers: FamilyNetworkMemberType[];
  @Field(() => [SupportTeamMemberType], { description: 'SUPPORT_TEAM: its members; empty for the other kinds' }) supportTeamMembers: SupportTeamMemberType[];
  @Field(() => [RoutineEntryType], { description: 'WEEKLY_CALENDAR: its routines, by weekday; empty for the other kinds' }) routines: RoutineEntryType[];
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('FamilySupportTeamMeeting', { implements: NodeInterface, description: 'A Family Support Team meeting (TRK-6)' })
export class FamilySupportTeamMeetingType {
  @Field(() => ID, { description: 'The meeting\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day it was held' }) heldOn: string;
  @Field(() => [String], { description: 'Who attended' }) attendees: string[];
  @Field({ description: 'The client attended (TRK-6: the client is encouraged to join)' }) clientAttended: boolean;
  @Field({ description: 'Called for an emergency (TRK-6: the members are contacted)' }) emergency: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'In an emergency, the day the members were contacted; null otherwise' }) membersContactedOn: string | null;
  @Field(() => String, { nullable: true, description: 'What was discussed; null when not given' }) summary: string | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('DisabilityVerification', { implements: NodeInterface, description: 'Long-term incapacity verified medically, and the referrals that followed (TRK-7)' })
export class DisabilityVerificationType {
  @Field(() => ID, { description: 'The verification\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day it was verified' }) verifiedOn: string;
  @Field(() => DisabilityVerifierEnum, { description: 'By a TA10 or a physician\'s statement' }) verifiedBy: Verifier;
  @Field(() => LocalDate, { nullable: true, description: 'Referred to a specialist on; null when not referred' }) specialistReferralOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Referred to a disability advocate on; null when not referred' }) advocateReferralOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The SSI application was made on; null when none' }) ssiApplicationOn: string | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@ObjectType('TrackReadinessReview', { implements: NodeInterface, description: 'The monthly review of a Families First case for readiness to move to Work First, as a decision (TRK-2)' })
export class TrackReadinessReviewType {
  @Field(() => ID, { description: 'The review\'s id' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => LocalDate, { description: 'The day of the review' }) reviewedOn: string;
  @Field(() => ReadinessDecisionEnum, { description: 'The decision; READY_FOR_WORK_FIRST leads to a track consultation (TRK-1), it does not change the track itself' }) decision: ReadinessDecision;
  @Field({ description: 'The decision\'s grounds' }) reason: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was recorded (server time)' }) recordedAt: Date;
}

@InputType('FamilyNetworkMemberInput', { description: 'One person of the Family Network' })
export class FamilyNetworkMemberInput {
  @Field({ description: 'The person\'s name' }) @IsString() @Length(1, 200) name: string;
  @Field({ description: 'Their relationship to the family' }) @IsString() @Length(1, 200) relationshipToFamily: string;
  @Field({ description: 'How they support the family' }) @IsString() @Length(1, 500) supportProvided: string;
  @Field(() => String, { nullable: true, description: 'How to reach them' }) @IsOptional() @IsString() @Length(1, 200) contact?: string | null;
}

@InputType('FamilySupportTeamMemberInput', { description: 'One member of the Family Support Team' })
export class SupportTeamMemberInput {
  @Field({ description: 'The member\'s name' }) @IsString() @Length(1, 200) name: string;
  @Field(() => String, { nullable: true, description: 'The agency they come from; omit for a member from the family\'s network' }) @IsOptional() @IsString() @Length(1, 200) agency?: string | null;
  @Field({ description: 'Their role on the team' }) @IsString() @Length(1, 500) roleOnTeam: string;
  @Field(() => String, { nullable: true, description: 'How to reach them' }) @IsOptional() @IsString() @Length(1, 200) contact?: string | null;
}

@InputType('RoutineEntryInput', { description: 'One routine of the Weekly Calendar of Routines' })
export class RoutineEntryInput {
  @Field(() => WeekdayEnum, { description: 'The weekday' }) @IsEnum(WeekdayEnum) weekday: Weekday;
  @Field({ description: 'The time, HH:MM (24 hours)' }) @IsString() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) time: string;
  @Field({ description: 'What happens then' }) @IsString() @Length(1, 500) routine: string;
}

/** TRK-3: a Families First document's version: the first, or an update with what changed. */
@InputType()
abstract class FamiliesFirstDocumentInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day this version takes effect: on or after the referral and the version it updates, not after today' }) effectiveOn: string;
  @Field(() => String, { nullable: true, description: 'What changed: required for an update (version 2 on), ignored for the first' })
  @IsOptional() @IsString() @Length(1, 2000) changeSummary?: string | null;
}

@InputType({ description: 'TRK-3: the Family Network (a new version of it)' })
export class RecordFamilyNetworkInput extends FamiliesFirstDocumentInput {
  @Field(() => [FamilyNetworkMemberInput], { description: 'Its members, at least one' })
  @ValidateNested({ each: true }) @Type(() => FamilyNetworkMemberInput) @ArrayMinSize(1) @ArrayMaxSize(100) members: FamilyNetworkMemberInput[];
}

@InputType({ description: 'TRK-3: the Family Support Team (a new version of it)' })
export class RecordFamilySupportTeamInput extends FamiliesFirstDocumentInput {
  @Field(() => [SupportTeamMemberInput], { description: 'Its members and their agencies, at least one' })
  @ValidateNested({ each: true }) @Type(() => SupportTeamMemberInput) @ArrayMinSize(1) @ArrayMaxSize(100) members: SupportTeamMemberInput[];
}

@InputType({ description: 'TRK-3: the Weekly Calendar of Routines (a new version of it)' })
export class RecordWeeklyCalendarInput extends FamiliesFirstDocumentInput {
  @Field(() => [RoutineEntryInput], { description: 'Its routines, at least one' })
  @ValidateNested({ each: true }) @Type(() => RoutineEntryInput) @ArrayMinSize(1) @ArrayMaxSize(200) routines: RoutineEntryInput[];
}

@InputType({ description: 'TRK-6: a Family Support Team meeting held' })
export class RecordFamilySupportTeamMeetingInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day it was held: on or after the referral, not after today' }) heldOn: string;
  @Field(() => [String], { description: 'Who attended, at least one' }) @IsString({ each: true }) @Length(1, 200, { each: true }) @ArrayMinSize(1) @ArrayMaxSize(50) attendees: string[];
  @Field({ description: 'The client attended' }) clientAttended: boolean;
  @Field({ description: 'Called for an emergency: then membersContactedOn is required (TRK-6)' }) emergency: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'In an emergency, the day the members were contacted: on or before heldOn, not before the referral (TRK-6)' }) @IsOptional() membersContactedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'What was discussed' }) @IsOptional() @IsString() @Length(1, 4000) summary?: string | null;
}

@InputType({ description: 'TRK-7: long-term incapacity verified medically, and the referrals made' })
export class RecordDisabilityVerificationInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day it was verified: on or after the referral, not after today' }) verifiedOn: string;
  @Field(() => DisabilityVerifierEnum, { description: 'By a TA10 or a physician\'s statement' }) @IsEnum(DisabilityVerifierEnum) verifiedBy: Verifier;
  @Field(() => LocalDate, { nullable: true, description: 'Referred to a specialist on (on or after verifiedOn)' }) @IsOptional() specialistReferralOn?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Referred to a disability advocate on (on or after verifiedOn)' }) @IsOptional() advocateReferralOn?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The SSI application was made on (on or after verifiedOn)' }) @IsOptional() ssiApplicationOn?: string | null;
}

@InputType({ description: 'TRK-2: the monthly readiness review of a Families First case, as a decision' })
export class RecordTrackReadinessReviewInput extends MutationInput {
  @Field(() => ID, { description: 'The case (on Families First)' }) @IsUUID() caseId: string;
  @Field(() => LocalDate, { description: 'The day of the review: on or after the referral, not after today' }) reviewedOn: string;
  @Field(() => ReadinessDecisionEnum, { description: 'The decision' }) @IsEnum(ReadinessDecisionEnum) decision: ReadinessDecision;
  @Field({ description: 'The decision\'s grounds' }) @IsString() @Length(1, 4000) reason: string;
}

export const RecordFamiliesFirstDocumentPayload = (name: string) => entityPayload(name, 'document', () => FamiliesFirstDocumentType, 'The document\'s new version (TRK-3)');
export const RecordFamilyNetworkPayload = RecordFamiliesFirstDocumentPayload('RecordFamilyNetworkPayload');
export const RecordFamilySupportTeamPayload = RecordFamiliesFirstDocumentPayload('RecordFamilySupportTeamPayload');
export const RecordWeeklyCalendarPayload = RecordFamiliesFirstDocumentPayload('RecordWeeklyCalendarPayload');
export const RecordFamilySupportTeamMeetingPayload = entityPayload('RecordFamilySupportTeamMeetingPayload', 'meeting', () => FamilySupportTeamMeetingType, 'The meeting recorded (TRK-6)');
export const RecordDisabilityVerificationPayload = entityPayload('RecordDisabilityVerificationPayload', 'verification', () => DisabilityVerificationType, 'The verification recorded (TRK-7)');
export const RecordTrackReadinessReviewPayload = entityPayload('RecordTrackReadinessReviewPayload', 'review', () => TrackReadinessReviewType, 'The review recorded (TRK-2)');
