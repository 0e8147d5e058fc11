import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { ReleaseScope, ReleaseType } from '../releases/release-rules';
import { ReleaseScopeEnum, ReleaseTypeEnum } from './enums';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';

@ObjectType('PartnerAgency', { implements: NodeInterface, description: 'An agency a client may release information to (ROI-1); PARTNER accounts read for one agency' })
export class PartnerAgencyType {
  @Field(() => ID, { description: 'The agency\'s id (recordRelease takes it in partyAgencyIds)' }) id: string;
  @Field({ description: 'Short code, e.g. DPA_ELIGIBILITY' }) code: string;
  @Field({ description: 'The agency\'s name' }) name: string;
}

@ObjectType('Release', { implements: NodeInterface, description: 'A release of information the client signed (ROI-1): to whom, what, from when to when; what was signed never changes, a revocation is recorded once' })
export class ReleaseOfInformationType {
  @Field(() => ID, { description: 'The release\'s id (revokeRelease takes it)' }) id: string;
  @Field(() => ID, { description: 'The case it was entered on' }) caseId: string;
  @Field(() => ReleaseTypeEnum, { description: 'General, agency-specific, or HIPAA (the only kind that releases medical information)' }) type: ReleaseType;
  @Field(() => [ReleaseScopeEnum], { description: 'What the parties may receive' }) scope: ReleaseScope[];
  @Field(() => [PartnerAgencyType], { description: 'The agencies it releases to' }) parties: PartnerAgencyType[];
  @Field(() => LocalDate, { description: 'The day the client signed it (Alaska date)' }) signedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The first day it no longer holds; null when it does not expire' }) expiresOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The day the client revoked it (it no longer holds from that day); null while not revoked' }) revokedOn: string | null;
  @Field({ description: 'In force today (Alaska date): signed, not expired, not revoked' }) current: boolean;
  @Field(() => ID, { description: 'The Release of Information client note (CLNO) that documents it' }) noteId: string;
  @Field(() => ID, { nullable: true, description: 'The CLNO that documents the revocation; null while not revoked' }) revocationNoteId: string | null;
  @Field(() => ID, { description: 'The staff member who entered it' }) recordedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time)' }) recordedAt: Date;
  partyAgencyIds: string[];
}

@InputType({ description: 'ROI-1: a release the client signed, with the Release of Information CLNO that documents it' })
export class RecordReleaseInput extends MutationInput {
  @Field(() => ID, { description: 'The case it is entered on' }) @IsUUID() caseId: string;
  @Field(() => ReleaseTypeEnum, { description: 'The kind of release; MEDICAL in scope needs HIPAA' }) @IsEnum(ReleaseTypeEnum) type: ReleaseType;
  @Field(() => [ID], { description: 'The agencies it releases to (partnerAgencies lists them); at least one' })
  @ArrayMinSize(1) @ArrayMaxSize(20) @IsUUID('all', { each: true }) partyAgencyIds: string[];
  @Field(() => [ReleaseScopeEnum], { description: 'What the parties may receive; at least one' })
  @ArrayMinSize(1) @ArrayMaxSize(10) @IsEnum(ReleaseScopeEnum, { each: true }) scope: ReleaseScope[];
  @Field(() => LocalDate, { description: 'The day the client signed it: on or after the referral, not after today' }) signedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The first day it no longer holds (after signedOn); omit when it does not expire' }) @IsOptional() expiresOn?: string | null;
  @Field(() => ID, { description: 'The Release of Information client note (addClientNote, subject RELEASE_OF_INFORMATION) of this case, entered on or after signedOn' })
  @IsUUID() noteId: string;
}

@InputType({ description: 'ROI-1: the client revoked a release' })
export class RevokeReleaseInput extends MutationInput {
  @Field(() => ID, { description: 'The release' }) @IsUUID() releaseId: string;
  @Field(() => LocalDate, { description: 'The day the client revoked it: on or after signedOn, not after today' }) revokedOn: string;
  @Field(() => ID, { description: 'The Release of Information client note of the case that documents the revocation, entered on or after revokedOn' })
  @IsUUID() noteId: string;
}

export const RecordReleasePayload = entityPayload('RecordReleasePayload', 'release', () => ReleaseOfInformationType, 'The release recorded (ROI-1)');
export const RevokeReleasePayload = entityPayload('RevokeReleasePayload', 'release', () => ReleaseOfInformationType, 'The release, revoked');

