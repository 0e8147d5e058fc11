import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { SupportiveServiceType } from '../supportive-services/supportive-service-rules';
import { MutationInput } from './inputs/mutation.input';
import { LocalDate } from './scalars';
import { SupportiveServiceTypeEnum } from './supportive-service.type';

@InputType({ description: 'SS-1: a supportive service as the CM drafts it, before approval (SS-2) and authorization' })
export class DraftSupportiveServiceInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field(() => SupportiveServiceTypeEnum, { description: 'What it pays for' }) @IsEnum(SupportiveServiceTypeEnum) type: SupportiveServiceType;
  @Field(() => Boolean, { nullable: true, description: 'A non-typical, non-routine service (SS-2: needs approval); true for OTHER, false otherwise when omitted' }) @IsOptional() @IsBoolean() nonTypical?: boolean | null;
  @Field(() => Int, { description: 'The amount in whole cents, above zero (180000 is $1,800.00); over 150000 needs a supervisor\'s approval (SS-2)' })
  @IsInt() @Min(1) @Max(100_000_000) amountCents: number;
  @Field({ description: 'Who provides it' }) @IsString() @Length(1, 200) vendor: string;
  @Field(() => LocalDate, { description: 'The first day of service: on or after the case\'s referral, at most a year ahead' }) serviceFrom: string;
  @Field(() => LocalDate, { description: 'The last day of service: on or after serviceFrom, at most a year later' }) serviceTo: string;
  @Field({ description: 'Why the client needs it (SS-1: the full justification also goes in the same-day CLNO)' }) @IsString() @Length(3, 4000) justification: string;
}

@InputType({ description: 'SS-2: the CM asks a supervisor to approve a service over $1,500 or non-typical' })
export class RequestSupportiveServiceApprovalInput extends MutationInput {
  @Field(() => ID, { description: 'The supportive service' }) @IsUUID() supportiveServiceId: string;
  @Field({ description: 'Why it is asked' }) @IsString() @Length(3, 2000) reason: string;
  @Field(() => String, { nullable: true, description: 'The evidence, in your words (quotes compared, the need)' }) @IsOptional() @IsString() @Length(0, 4000) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: 'A client note (CLNO) or case note (CANO) of the case cited as evidence' }) @IsOptional() @IsUUID() evidenceNoteId?: string | null;
}

@InputType({ description: 'SS-1: authorize a supportive service, naming its same-day justification CLNO' })
export class AuthorizeSupportiveServiceInput extends MutationInput {
  @Field(() => ID, { description: 'The supportive service' }) @IsUUID() supportiveServiceId: string;
  @Field(() => ID, { description: 'The Supportive Service Justification CLNO of the case entered today (SS-1), its Approval heading filled in when SS-2 applies' }) @IsUUID() clientNoteId: string;
}
