import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  SS2_REASONS, SUPPORTIVE_SERVICE_STATUSES, SUPPORTIVE_SERVICE_TYPE_NAMES, SUPPORTIVE_SERVICE_TYPES,
  type Ss2Reason, type SupportiveServiceStatus, type SupportiveServiceType as ServiceType,
} from '../supportive-services/supportive-service-rules';
import { ApprovalRequestType } from './approval.type';
import { connectionType } from './connection.type';
import { entityPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';
import { enumOf } from './enum-of';


export const SupportiveServiceTypeEnum = enumOf<ServiceType>(SUPPORTIVE_SERVICE_TYPE_NAMES);
registerEnumType(SupportiveServiceTypeEnum, {
  name: 'SupportiveServiceType',
  description: 'What a supportive service pays for (SS-1..3)',
  valuesConfig: Object.fromEntries(SUPPORTIVE_SERVICE_TYPE_NAMES.map((t) => [t, { description: SUPPORTIVE_SERVICE_TYPES[t] }])),
});

export const SupportiveServiceStatusEnum = enumOf<SupportiveServiceStatus>(SUPPORTIVE_SERVICE_STATUSES);
registerEnumType(SupportiveServiceStatusEnum, {
  name: 'SupportiveServiceStatus',
  description: 'Where a supportive service stands, from its approval request and its authorization',
  valuesConfig: {
    DRAFT: { description: 'Drafted; no approval asked (or the request was withdrawn, or lapsed when the case closed)' },
    APPROVAL_PENDING: { description: 'Its approval request waits in the supervisors\' queue (SS-2)' },
    APPROVED: { description: 'Approved by a supervisor; authorize it with the same-day CLNO (SS-1)' },
    APPROVAL_DENIED: { description: 'Its latest approval request was denied' },
    AUTHORIZED: { description: 'Authorized, with its justification CLNO on file (SS-1)' },
  },
});

export const Ss2ReasonEnum = enumOf<Ss2Reason>(SS2_REASONS);
registerEnumType(Ss2ReasonEnum, {
  name: 'SupportiveServiceApprovalReason',
  description: 'Why a supportive service needs a supervisor\'s approval before it is authorized (SS-2)',
  valuesConfig: {
    OVER_1500: { description: 'Over $1,500 (exactly $1,500.00 needs none)' },
    NON_TYPICAL: { description: 'A non-typical, non-routine service (type OTHER always is)' },
  },
});

@ObjectType('SupportiveServiceAuthorization', { description: 'A supportive service authorized (SS-1), once; never changed' })
export class SupportiveServiceAuthorizationType {
  @Field(() => ID, { description: 'The Supportive Service Justification CLNO entered the same day (node(id) reads it)' }) clientNoteId: string;
  @Field(() => ID, { nullable: true, description: 'The approved request it rests on (SS-2); null when none was needed' }) approvalRequestId: string | null;
  @Field(() => LocalDate, { description: 'The Alaska day of the authorization' }) authorizedOn: string;
  @Field(() => ID, { description: 'Who authorized it' }) authorizedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When (server time)' }) authorizedAt: Date;
  caseId: string;
}

@ObjectType('SupportiveService', { implements: NodeInterface, description: 'A supportive service (SS-1..3): what, how much, from whom, when and why; approved when it must be (SS-2), then authorized' })
export class SupportiveServiceType {
  @Field(() => ID, { description: 'The service\'s id (requestSupportiveServiceApproval and authorizeSupportiveService take it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => SupportiveServiceTypeEnum, { description: 'What it pays for' }) type: ServiceType;
  @Field({ description: 'A non-typical, non-routine service (SS-2)' }) nonTypical: boolean;
  @Field(() => Int, { description: 'The amount in cents (180000 is $1,800.00)' }) amountCents: number;
  @Field({ description: 'Who provides it' }) vendor: string;
  @Field(() => LocalDate, { description: 'The first day of service' }) serviceFrom: string;
  @Field(() => LocalDate, { description: 'The last day of service' }) serviceTo: string;
  @Field({ description: 'Why the client needs it, in the CM\'s words' }) justification: string;
  @Field(() => [Ss2ReasonEnum], { description: 'Why it needs a supervisor\'s approval first (SS-2); empty when it needs none' }) approvalReasons: Ss2Reason[];
  @Field(() => SupportiveServiceStatusEnum, { description: 'Where it stands' }) status: SupportiveServiceStatus;
  @Field(() => ApprovalRequestType, { nullable: true, description: 'Its latest approval request; null when none was asked' }) approvalRequest: ApprovalRequestType | null;
  @Field(() => SupportiveServiceAuthorizationType, { nullable: true, description: 'Its authorization; null until authorized' }) authorization: SupportiveServiceAuthorizationType | null;
  @Field(() => ID, { description: 'Who drafted it' }) requestedBy: string;
  @Field(() => GraphQLDateTime, { description: 'When it was drafted (server time)' }) requestedAt: Date;
}

export const SupportiveServiceConnectionType = connectionType('SupportiveService', SupportiveServiceType, 'A page of a case\'s supportive services, oldest first');
export const DraftSupportiveServicePayload = entityPayload('DraftSupportiveServicePayload', 'supportiveService', () => SupportiveServiceType, 'The service drafted');
export const RequestSupportiveServiceApprovalPayload = entityPayload('RequestSupportiveServiceApprovalPayload', 'approvalRequest', () => ApprovalRequestType, 'The approval request, PENDING in the office\'s queue (SS-2)');
export const AuthorizeSupportiveServicePayload = entityPayload('AuthorizeSupportiveServicePayload', 'supportiveService', () => SupportiveServiceType, 'The service, authorized (SS-1)');
