import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { WAIVER_REASON_CODES, type WaiverReasonCode } from '../obligations/waiver-reasons';
import type { ApprovalKind, ApprovalStatus } from '../approvals/approval-rules';
import { ApprovalKindEnum, ApprovalStatusEnum, ApprovalVerdictEnum } from './approval.type';
import { WaiverReasonEnum } from './enums';
import { MutationInput } from './inputs/mutation.input';

@InputType('ApprovalFilter', { description: 'Which approval requests to list; the fields combine with AND' })
export class ApprovalFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this office\'s requests (within what the reader may see); the reader\'s office when omitted, every office for WSTA' }) @IsOptional() @IsUUID() officeId?: string;
  @Field(() => ApprovalKindEnum, { nullable: true, description: 'Only this kind' }) @IsOptional() @IsEnum(ApprovalKindEnum) kind?: ApprovalKind;
  @Field(() => ApprovalStatusEnum, { nullable: true, description: 'Only this status: PENDING is a supervisor\'s queue' }) @IsOptional() @IsEnum(ApprovalStatusEnum) status?: ApprovalStatus;
  @Field(() => ID, { nullable: true, description: 'Only the requests this staff member asked for' }) @IsOptional() @IsUUID() requestedBy?: string;
}

/** The evidence a person gives with a request (text, and a note of the case). */
@InputType()
abstract class ApprovalAskInput extends MutationInput {
  @Field({ description: 'Why it is asked' }) @IsString() @Length(3, 2000) reason: string;
  @Field(() => String, { nullable: true, description: 'The evidence, in your words' }) @IsOptional() @IsString() @Length(0, 4000) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: 'A client note (CLNO) or case note (CANO) of the case cited as evidence' }) @IsOptional() @IsUUID() evidenceNoteId?: string | null;
}

@InputType({ description: 'A case manager asks a supervisor to waive an obligation (the approval performs the waiver)' })
export class RequestObligationWaiverInput extends ApprovalAskInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field({ description: 'The obligation\'s key (Obligation.key)' }) @IsString() @Matches(/^[A-Z]+-\d+(:.+)?$/, { message: 'key must be an obligation key such as EA-2:v5' }) key: string;
  @Field(() => WaiverReasonEnum, { description: 'The coded reason; it must be one that may waive the obligation\'s rule (WaiverReason)' }) @IsIn(WAIVER_REASON_CODES) reasonCode: WaiverReasonCode;
}

@InputType({ description: 'A supervisor approves or denies a request of the office; never one they asked for' })
export class DecideApprovalInput extends MutationInput {
  @Field(() => ID, { description: 'The approval request (ApprovalRequest.id)' }) @IsUUID() id: string;
  @Field(() => ApprovalVerdictEnum, { description: 'Approve or deny' }) @IsEnum(ApprovalVerdictEnum) decision: ApprovalVerdictEnum;
  @Field({ description: 'Why, in your words (kept with the decision)' }) @IsString() @Length(3, 2000) reason: string;
  @Field(() => Int, { nullable: true, description: 'The request\'s version you saw (ApprovalRequest.version): a stale one is VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) expectedVersion?: number | null;
}

@InputType({ description: 'The requester withdraws a supportive service or waiver request before it is decided' })
export class WithdrawApprovalRequestInput extends MutationInput {
  @Field(() => ID, { description: 'The approval request' }) @IsUUID() id: string;
  @Field({ description: 'Why it is withdrawn' }) @IsString() @Length(3, 2000) reason: string;
  @Field(() => Int, { nullable: true, description: 'The request\'s version you saw: a stale one is VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) expectedVersion?: number | null;
}
