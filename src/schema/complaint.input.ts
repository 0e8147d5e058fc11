import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { ContactChannel } from '../contacts/contact-rules';
import type { ComplaintSource, ComplaintStatus } from '../machines/complaint.types';
import { ContactChannelEnum } from './casework.enums';
import { ComplaintSourceEnum, ComplaintStatusEnum } from './complaint.enums';
import { MutationInput } from './inputs/mutation.input';

@InputType({ description: 'MGT-4: a complaint received from the client, or brought by WSTA' })
export class ReceiveComplaintInput extends MutationInput {
  @Field(() => ID, { description: 'The client\'s case' }) @IsUUID() caseId: string;
  @Field(() => ComplaintSourceEnum, { description: 'Who brought it: CLIENT, or WSTA (a WSTA user enters only WSTA\'s)' }) @IsEnum(ComplaintSourceEnum) source: ComplaintSource;
  @Field(() => GraphQLDateTime, { description: 'When it was received: on or after the case\'s referral, not in the future' }) receivedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How it came' }) @IsEnum(ContactChannelEnum) channel: ContactChannel;
  @Field({ description: 'The complaint, in the client\'s (or WSTA\'s) words' }) @IsString() @Length(1, 4000) summary: string;
}

/** Every step names its complaint and the version the client saw. */
@InputType({ description: 'A complaint and the version the client saw' })
export abstract class ComplaintStepInput extends MutationInput {
  @Field(() => ID, { description: 'The complaint' }) @IsUUID() complaintId: string;
  @Field(() => Int, { description: 'The complaint version the client saw (Complaint.version); a stale one is refused with VERSION_CONFLICT' })
  @IsInt() @Min(1) expectedVersion: number;
}

@InputType({ description: 'MGT-4: the client\'s call returned' })
export class RecordComplaintCallReturnedInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When: not before the complaint was received, not in the future' }) returnedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How the client was answered' }) @IsEnum(ContactChannelEnum) channel: ContactChannel;
}

@InputType({ description: 'MGT-4: resolved at the lowest level, documented in a CLNO' })
export class ResolveComplaintInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When: not before the call was returned, not in the future' }) resolvedAt: Date;
  @Field(() => ID, { description: 'The COMPLAINT CLNO of the case with the summary of the issue and resolution (addClientNote), entered since the complaint was received' }) @IsUUID() noteId: string;
  @Field({ description: 'The summary of the issue and the resolution' }) @IsString() @Length(1, 4000) summary: string;
}

@InputType({ description: 'MGT-4: WSTA told of the resolution (the client number and the CLNO date come from the record)' })
export class NotifyWstaOfComplaintResolutionInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When: not before the resolution, not in the future' }) notifiedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How (policy: EMAIL to WSTA@alaska.gov)' }) @IsEnum(ContactChannelEnum) method: ContactChannel;
}

@InputType({ description: 'MGT-4: a complaint unresolved locally, forwarded to WSTA' })
export class ForwardComplaintToWstaInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When: not before the receipt (or the returned call), not in the future' }) forwardedAt: Date;
  @Field({ description: 'Why it could not be resolved locally' }) @IsString() @Length(1, 4000) reason: string;
}

@InputType({ description: 'MGT-4: WSTA\'s resolution of a forwarded complaint' })
export class ResolveForwardedComplaintInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When: not before it was forwarded, not in the future' }) resolvedAt: Date;
  @Field({ description: 'The summary of the issue and the resolution' }) @IsString() @Length(1, 4000) summary: string;
}

@InputType({ description: 'MGT-4: WSTA\'s case review of a complaint it brought' })
export class RecordWstaCaseReviewInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When the provider received the recommendations (the 24 hours start): not before the complaint, not in the future' })
  recommendationsReceivedAt: Date;
  @Field({ description: 'WSTA\'s recommendations' }) @IsString() @Length(1, 4000) recommendations: string;
}

@InputType({ description: 'MGT-4: WSTA\'s recommendations implemented, documented in a CLNO' })
export class RecordWstaRecommendationsImplementedInput extends ComplaintStepInput {
  @Field(() => GraphQLDateTime, { description: 'When: not before the recommendations were received, not in the future' }) implementedAt: Date;
  @Field(() => ID, { description: 'The COMPLAINT CLNO of the case with the summary of the issue and resolution' }) @IsUUID() noteId: string;
  @Field({ description: 'What was implemented' }) @IsString() @Length(1, 4000) summary: string;
}

@InputType('ComplaintFilter', { description: 'Which complaints to list; every filter given must hold' })
export class ComplaintFilterInput {
  @Field(() => ID, { nullable: true, description: 'One office (WSTA: any; others only their own, the default)' }) @IsOptional() @IsUUID() officeId?: string | null;
  @Field(() => ComplaintStatusEnum, { nullable: true, description: 'Only complaints in this status' }) @IsOptional() @IsEnum(ComplaintStatusEnum) status?: ComplaintStatus | null;
  @Field(() => ComplaintSourceEnum, { nullable: true, description: 'Only complaints from this source' }) @IsOptional() @IsEnum(ComplaintSourceEnum) source?: ComplaintSource | null;
}

@ArgsType()
export class ComplaintListArgs {
  @Field(() => ComplaintFilterInput, { nullable: true, description: 'Office, status and source; your office\'s complaints (every office\'s for WSTA) when omitted' }) @IsOptional() @ValidateNested() @Type(() => ComplaintFilterInput) filter?: ComplaintFilterInput | null;
  @Field(() => Int, { defaultValue: 100, description: 'At most this many complaints (1-500)' }) @Min(1) @Max(500) first: number;
  @Field(() => String, { nullable: true, description: 'An endCursor of this list: the complaints after it' }) @IsOptional() after?: string | null;
}
