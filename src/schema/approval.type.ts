import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  APPROVAL_KINDS, APPROVAL_OUTCOMES, APPROVAL_STATUSES, type ApprovalKind, type ApprovalOutcome, type ApprovalStatus,
} from '../approvals/approval-rules';
import type { WaiverReasonCode } from '../obligations/waiver-reasons';
import { connectionType } from './connection.type';
import { NoteKindEnum, TrackEnum, WaiverReasonEnum } from './enums';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { enumOf } from './enum-of';


export const ApprovalKindEnum = enumOf<ApprovalKind>(APPROVAL_KINDS);
registerEnumType(ApprovalKindEnum, {
  name: 'ApprovalKind',
  description: 'Which decision policy reserves to a supervisor a request asks for',
  valuesConfig: {
    TRACK_CHANGE: { description: 'TRK-1: a track change asked in a consultation request (requestTrackChange); decided by decideTrackChange or decideApproval' },
    EXTENSION: { description: 'TL-2: an extension, asked when the staffing form is submitted; decided by decideExtension or decideApproval' },
    SUPPORTIVE_SERVICE: { description: 'SS-2: a supportive service over $1,500 or non-typical (requestSupportiveServiceApproval)' },
    OBLIGATION_WAIVER: { description: 'A waiver of an obligation (requestObligationWaiver); its approval performs the waiver' },
  },
});

export const ApprovalStatusEnum = enumOf<ApprovalStatus>(APPROVAL_STATUSES);
registerEnumType(ApprovalStatusEnum, {
  name: 'ApprovalStatus',
  description: 'Where a request stands; it changes once, when it is decided',
  valuesConfig: {
    PENDING: { description: 'Waiting for a supervisor of the office (the queue)' },
    APPROVED: { description: 'Approved by a supervisor who is not the requester' },
    DENIED: { description: 'Denied by a supervisor who is not the requester' },
    WITHDRAWN: { description: 'Withdrawn by the requester before a decision' },
    LAPSED: { description: 'Never decided: TRACK_CHANGE and EXTENSION when TA closed first (CLOSE_TA ends the consultation and the staffing) or the staffing form was submitted again (a new request carries it); any kind when the case closed' },
  },
});

export const ApprovalOutcomeEnum = enumOf<ApprovalOutcome>(APPROVAL_OUTCOMES);
registerEnumType(ApprovalOutcomeEnum, {
  name: 'ApprovalOutcome',
  description: 'What a decision on a request was',
  valuesConfig: {
    APPROVED: { description: 'Approved' },
    DENIED: { description: 'Denied' },
    WITHDRAWN: { description: 'Withdrawn by the requester' },
    LAPSED: { description: 'Lapsed undecided: the case\'s own event ended what it asked about (CLOSE_TA, the case closed), or superseded it (a staffing form submitted again)' },
  },
});

export enum ApprovalVerdictEnum { APPROVE = 'APPROVE', DENY = 'DENY' }
registerEnumType(ApprovalVerdictEnum, {
  name: 'ApprovalVerdict',
  description: 'A supervisor\'s decision on a request',
  valuesConfig: { APPROVE: { description: 'Approve it' }, DENY: { description: 'Deny it' } },
});

@ObjectType('ApprovalDecision', { description: 'The one decision on a request, with its reason; never changed (append-only)' })
export class ApprovalDecisionType {
  @Field(() => ApprovalOutcomeEnum, { description: 'Approved, denied, withdrawn or lapsed' }) outcome: ApprovalOutcome;
  @Field({ description: 'Why, in the decider\'s words' }) reason: string;
  @Field(() => ID, { description: 'Who decided: a supervisor who is not the requester (nor, for a supportive service, its drafter), the requester who withdrew, or the staff member whose event lapsed it (CLOSE_TA, the case closed, a staffing form submitted again)' }) decidedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was decided (server time)' }) decidedAt: Date;
  @Field(() => Int, { nullable: true, description: 'The case history version of the chart event that decided or lapsed it (TRK-1, TL-2); null for the other kinds' }) historyVersion: number | null;
  caseId: string;
}

@ObjectType('ApprovalRequest', { implements: NodeInterface, description: 'A request for a decision policy reserves to a supervisor: who asked, what, why and the evidence, and its decision' })
export class ApprovalRequestType {
  @Field(() => ID, { description: 'The request\'s id (decideApproval and withdrawApprovalRequest take it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => ID, { description: 'The case\'s office, whose supervisors decide' }) officeId: string;
  @Field(() => ApprovalKindEnum, { description: 'What is asked for' }) kind: ApprovalKind;
  @Field({ description: 'The rule it answers to: TRK-1, TL-2, SS-2, or the rule of the obligation a waiver settles (EA-2, EXIT-3)' }) ruleId: string;
  @Field(() => ApprovalStatusEnum, { description: 'Where it stands' }) status: ApprovalStatus;
  @Field(() => Int, { description: 'Its version: send it as expectedVersion to decide on what you saw' }) version: number;
  @Field(() => ID, { nullable: true, description: 'SUPPORTIVE_SERVICE: the service asked for (node(id) reads it)' }) supportiveServiceId: string | null;
  @Field(() => String, { nullable: true, description: 'OBLIGATION_WAIVER: the key of the obligation to waive (Obligation.key)' }) obligationKey: string | null;
  @Field(() => WaiverReasonEnum, { nullable: true, description: 'OBLIGATION_WAIVER: the coded reason' }) waiverReasonCode: WaiverReasonCode | null;
  @Field(() => TrackEnum, { nullable: true, description: 'TRACK_CHANGE: the track asked for' }) toTrack: TrackEnum | null;
  @Field(() => Int, { nullable: true, description: 'TRACK_CHANGE, EXTENSION: the case history version of the chart event that opened it' }) historyVersion: number | null;
  @Field({ description: 'Why it is asked, in the requester\'s words (or the chart event\'s)' }) reason: string;
  @Field(() => String, { nullable: true, description: 'The evidence, in the requester\'s words' }) evidence: string | null;
  @Field(() => ID, { nullable: true, description: 'A note of the case cited as evidence (node(id) reads it)' }) evidenceNoteId: string | null;
  @Field(() => NoteKindEnum, { nullable: true, description: 'Whether evidenceNoteId is a client note (CLNO) or a case note (CANO)' }) evidenceNoteKind: NoteKindEnum | null;
  @Field(() => ID, { description: 'Who asked (never the one who approves it)' }) requestedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was asked (server time); the queue is oldest first' }) requestedAt: Date;
  @Field(() => Int, { description: 'Alaska business days it has waited: to today while PENDING, to its decision once decided (the day asked excluded)' }) ageInBusinessDays: number;
  @Field(() => ApprovalDecisionType, { nullable: true, description: 'The decision; null while PENDING' }) decision: ApprovalDecisionType | null;
}

export const ApprovalRequestConnectionType = connectionType('ApprovalRequest', ApprovalRequestType, 'A page of approval requests, oldest first (the supervisors\' queue)');
export const DecideApprovalPayload = entityPayload('DecideApprovalPayload', 'approvalRequest', () => ApprovalRequestType, 'The request with its decision');
export const WithdrawApprovalRequestPayload = entityPayload('WithdrawApprovalRequestPayload', 'approvalRequest', () => ApprovalRequestType, 'The request, withdrawn');
export const RequestObligationWaiverPayload = entityPayload('RequestObligationWaiverPayload', 'approvalRequest', () => ApprovalRequestType, 'The waiver request, PENDING in the office\'s queue');
