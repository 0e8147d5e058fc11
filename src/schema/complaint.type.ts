import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ComplaintDeadlineKind, ComplaintDeadlineStatus } from '../complaints/complaint-deadlines';
import type { ContactChannel } from '../contacts/contact-rules';
import type { ComplaintHistoryEvent, ComplaintResolutionKind, ComplaintSource, ComplaintStatus } from '../machines/complaint.types';
import { ContactChannelEnum } from './casework.enums';
import {
  ComplaintDeadlineKindEnum, ComplaintDeadlineStatusEnum, ComplaintEventEnum, ComplaintResolutionKindEnum, ComplaintSourceEnum, ComplaintStatusEnum,
} from './complaint.enums';
import { connectionType } from './connection.type';
import { StaffRoleEnum } from './enums';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';
import { UserError } from './user-error.type';

@ObjectType('ComplaintCallReturn', { description: 'MGT-4: the client\'s call returned' })
export class ComplaintCallReturnType {
  @Field(() => GraphQLDateTime, { description: 'When the call was returned' }) returnedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How the client was answered' }) channel: ContactChannel;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
}

@ObjectType('ComplaintForwarding', { description: 'MGT-4: a complaint unresolved by the provider\'s process, forwarded to WSTA' })
export class ComplaintForwardingType {
  @Field(() => GraphQLDateTime, { description: 'When it was forwarded' }) forwardedAt: Date;
  @Field({ description: 'Why it could not be resolved locally' }) reason: string;
  @Field(() => ID, { description: 'The staff member who forwarded it' }) recordedBy: string;
}

@ObjectType('ComplaintCaseReview', { description: 'MGT-4: WSTA\'s case review of a complaint it brought, with its recommendations' })
export class ComplaintCaseReviewType {
  @Field(() => GraphQLDateTime, { description: 'When the provider received the recommendations: the 24 hours run from here' }) recommendationsReceivedAt: Date;
  @Field({ description: 'WSTA\'s recommendations for settling the concern' }) recommendations: string;
  @Field(() => GraphQLDateTime, { description: 'The instant they are to be implemented by (receipt + 24 hours)' }) recommendationsDueAt: Date;
  @Field(() => ID, { description: 'Who recorded it (WSTA, or the office that received it)' }) recordedBy: string;
}

@ObjectType('ComplaintResolution', { description: 'MGT-4: how a complaint was resolved' })
export class ComplaintResolutionType {
  @Field(() => ComplaintResolutionKindEnum, { description: 'Locally, by WSTA\'s recommendations, or by WSTA' }) kind: ComplaintResolutionKind;
  @Field(() => GraphQLDateTime, { description: 'When it was resolved (or the recommendations implemented)' }) resolvedAt: Date;
  @Field({ description: 'The summary of the issue and the resolution' }) summary: string;
  @Field(() => ID, { nullable: true, description: 'The CLNO documenting it (a ClientNote); null for WSTA\'s own resolution' }) noteId: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The Alaska date the CLNO was entered (reported to WSTA)' }) noteEnteredOn: string | null;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
}

@ObjectType('ComplaintWstaNotice', { description: 'MGT-4: WSTA told of a resolution, with the client number and the CLNO date' })
export class ComplaintWstaNoticeType {
  @Field(() => GraphQLDateTime, { description: 'When WSTA was told' }) notifiedAt: Date;
  @Field(() => ContactChannelEnum, { description: 'How (policy: an e-mail to WSTA@alaska.gov)' }) method: ContactChannel;
  @Field(() => ID, { description: 'The client number reported: the client\'s id in this system' }) clientId: string;
  @Field(() => LocalDate, { description: 'The date of the CLNO reported' }) noteDate: string;
  @Field(() => ID, { description: 'The staff member who recorded it' }) recordedBy: string;
}

@ObjectType('ComplaintDeadline', { description: 'A deadline of a complaint (MGT-4), to the instant; also an MGT-4 obligation on the worklist, keyed obligationKey' })
export class ComplaintDeadlineType {
  @Field(() => ComplaintDeadlineKindEnum, { description: 'Which deadline' }) kind: ComplaintDeadlineKind;
  @Field({ description: 'The key of its obligation (Case.obligations, the worklist)' }) obligationKey: string;
  @Field(() => LocalDate, { description: 'The Alaska day it is due: its obligation is OVERDUE the day after' }) dueOn: string;
  @Field(() => GraphQLDateTime, { description: 'The instant it is due: the end of dueOn in Alaska, or receipt + 24 hours for the recommendations' }) dueAt: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the step that meets it happened; null while it has not' }) metAt: Date | null;
  @Field(() => ComplaintDeadlineStatusEnum, { description: 'Met, met late, missed or open, by the server\'s clock' }) status: ComplaintDeadlineStatus;
}

@ObjectType('ComplaintHistoryEntry', { description: 'One event of a complaint, append-only' })
export class ComplaintHistoryEntryType {
  @Field(() => Int, { description: 'The complaint version it produced (1: the receipt)' }) version: number;
  @Field(() => ComplaintEventEnum, { description: 'The event' }) event: ComplaintHistoryEvent;
  @Field(() => ComplaintStatusEnum, { nullable: true, description: 'The status before; null for the receipt' }) statusBefore: ComplaintStatus | null;
  @Field(() => ComplaintStatusEnum, { description: 'The status after' }) statusAfter: ComplaintStatus;
  @Field(() => ID, { description: 'Who sent it' }) actorId: string;
  @Field(() => StaffRoleEnum, { description: 'Their role then' }) actorRole: string;
  @Field(() => GraphQLDateTime, { description: 'When the server accepted it' }) occurredAt: Date;
}

@ObjectType('Complaint', { implements: NodeInterface, description: 'MGT-4: a client complaint with its own chart: returned call, resolution at the lowest level, WSTA told; or forwarded to WSTA; or brought by WSTA, reviewed and its recommendations implemented' })
export class ComplaintType {
  @Field(() => ID, { description: 'The complaint\'s id (the complaint mutations take it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => ID, { description: 'The case\'s office' }) officeId: string;
  @Field(() => ComplaintSourceEnum, { description: 'The client, or WSTA' }) source: ComplaintSource;
  @Field(() => ComplaintStatusEnum, { description: 'Where it is in its chart' }) status: ComplaintStatus;
  @Field(() => Int, { description: 'Its version: pass it as expectedVersion; a stale one is refused with VERSION_CONFLICT' }) version: number;
  @Field(() => GraphQLDateTime, { description: 'When it was received' }) receivedAt: Date;
  @Field(() => ID, { description: 'The staff member who recorded its receipt' }) receivedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it last changed (server time)' }) updatedAt: Date;
}

@ObjectType({ implements: UserError, description: 'TRANSITION_NOT_ALLOWED: the complaint\'s chart refuses the event now; nothing was written' })
export class ComplaintTransitionNotAllowedError extends UserError {
  @Field(() => ComplaintEventEnum, { description: 'The complaint event refused' }) event: string;
  @Field(() => ComplaintStatusEnum, { description: 'The status it was refused in (from)' }) state: string;
  @Field(() => ComplaintStatusEnum, { description: 'The status the event leads to where the chart allows it (to)' }) targetStatus: string;
  @Field({ description: 'Why, in words a caseworker understands, citing the rule' }) blockedBy: string;
  @Field(() => [ComplaintEventEnum], { description: 'The events the user could send in this status instead' }) allowedEvents: string[];
}

export const ComplaintConnectionType = connectionType('Complaint', ComplaintType, 'A page of complaints, oldest received first');
export const ReceiveComplaintPayload = entityPayload('ReceiveComplaintPayload', 'complaint', () => ComplaintType, 'The complaint received (MGT-4)');
export const RecordComplaintCallReturnedPayload = entityPayload('RecordComplaintCallReturnedPayload', 'complaint', () => ComplaintType, 'The complaint with its call returned');
export const ResolveComplaintPayload = entityPayload('ResolveComplaintPayload', 'complaint', () => ComplaintType, 'The complaint, resolved');
export const NotifyWstaOfComplaintResolutionPayload = entityPayload('NotifyWstaOfComplaintResolutionPayload', 'complaint', () => ComplaintType, 'The complaint, closed once WSTA was told');
export const ForwardComplaintToWstaPayload = entityPayload('ForwardComplaintToWstaPayload', 'complaint', () => ComplaintType, 'The complaint, forwarded to WSTA');
export const ResolveForwardedComplaintPayload = entityPayload('ResolveForwardedComplaintPayload', 'complaint', () => ComplaintType, 'The complaint, resolved by WSTA');
export const RecordWstaCaseReviewPayload = entityPayload('RecordWstaCaseReviewPayload', 'complaint', () => ComplaintType, 'The complaint with WSTA\'s case review');
export const RecordWstaRecommendationsImplementedPayload = entityPayload('RecordWstaRecommendationsImplementedPayload', 'complaint', () => ComplaintType, 'The complaint, resolved by the recommendations');
