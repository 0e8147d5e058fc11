import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChangeTopic } from '../change-feed/change-topics';
import {
  WEBHOOK_ATTEMPT_OUTCOMES, WEBHOOK_ERROR_CLASSES, type WebhookAttemptOutcome, type WebhookErrorClass,
} from '../webhooks/retry-schedule';
import { ChangeEventType, ChangeTopicEnum } from './change-event.type';
import { connectionType } from './connection.type';
import { enumOf } from './enum-of';
import { NodeInterface } from './node.type';

export const WebhookEndpointStatusEnum = enumOf(['ACTIVE', 'DISABLED'] as const);
registerEnumType(WebhookEndpointStatusEnum, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint is sent its deliveries',
  valuesConfig: {
    ACTIVE: { description: 'New changes are dispatched to it and its deliveries are sent' },
    DISABLED: { description: 'Nothing is sent; its deliveries wait, and the changes made meanwhile are delivered once it is enabled again' },
  },
});

export const WebhookDisabledCauseEnum = enumOf(['BY_OWNER', 'GONE'] as const);
registerEnumType(WebhookDisabledCauseEnum, {
  name: 'WebhookDisabledCause',
  description: 'Why an endpoint is disabled',
  valuesConfig: {
    BY_OWNER: { description: 'Its partner disabled it (disableWebhookEndpoint)' },
    GONE: { description: 'The receiver answered 410 Gone (the attempt is in the delivery\'s log)' },
  },
});

export const WebhookDeliveryStatusEnum = enumOf(['PENDING', 'DELIVERED', 'DEAD'] as const);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands',
  valuesConfig: {
    PENDING: { description: 'To be sent at nextAttemptAt (the first attempt, or a retry)' },
    DELIVERED: { description: 'A 2xx was received' },
    DEAD: { description: 'Every attempt of the retry schedule (about 3 days) failed; replayWebhookDelivery sends it again' },
  },
});

export const WebhookAttemptTriggerEnum = enumOf(['SCHEDULE', 'REPLAY'] as const);
registerEnumType(WebhookAttemptTriggerEnum, {
  name: 'WebhookAttemptTrigger',
  description: 'What made an attempt',
  valuesConfig: {
    SCHEDULE: { description: 'The first attempt or a retry of the schedule' },
    REPLAY: { description: 'A replay the partner asked for (replayWebhookDelivery, replayWebhookDeliveries)' },
  },
});

export const WebhookAttemptOutcomeEnum = enumOf<WebhookAttemptOutcome>(WEBHOOK_ATTEMPT_OUTCOMES);
registerEnumType(WebhookAttemptOutcomeEnum, {
  name: 'WebhookAttemptOutcome',
  description: 'What an attempt led to',
  valuesConfig: {
    DELIVERED: { description: 'A 2xx: delivered' },
    RETRY: { description: 'Failed (not 2xx, no answer in 15 s, or no connection): retried later' },
    DEAD: { description: 'Failed, and the retry schedule is spent' },
    ENDPOINT_GONE: { description: '410 Gone: the endpoint was disabled' },
  },
});

export const WebhookErrorClassEnum = enumOf<WebhookErrorClass>(WEBHOOK_ERROR_CLASSES);
registerEnumType(WebhookErrorClassEnum, {
  name: 'WebhookErrorClass',
  description: 'Why an attempt got no HTTP response',
  valuesConfig: {
    TIMEOUT: { description: 'No response within 15 seconds' },
    CONNECTION_FAILED: { description: 'The connection was refused, reset or closed' },
    DNS_FAILED: { description: 'The host name did not resolve' },
    TLS_FAILED: { description: 'The TLS handshake failed (certificate not valid for the host, expired, untrusted)' },
    BLOCKED_ADDRESS: { description: 'The host is, or resolved to, a private, loopback or link-local address' },
    HOST_NOT_ALLOWED: { description: 'The host is no longer on the webhook allowlist (or the URL no longer passes the https rule)' },
  },
});

@ObjectType('WebhookSecret', { description: 'A signing secret of an endpoint, without its value (shown only once, when it is made)' })
export class WebhookSecretType {
  @Field(() => GraphQLDateTime, { description: 'When it was made' }) createdAt: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it stops signing; null for the current secret' }) expiresAt: Date | null;
}

@ObjectType('WebhookAttempt', { description: 'One attempt of a delivery: when, the HTTP status or why there was none, how long it took. Never the response body' })
export class WebhookAttemptType {
  @Field(() => Int, { description: 'Its place among the delivery\'s attempts, from 1' }) number: number;
  @Field(() => GraphQLDateTime, { description: 'When it was made (its webhook-timestamp)' }) attemptedAt: Date;
  @Field(() => WebhookAttemptTriggerEnum, { description: 'The schedule or a replay' }) trigger: 'SCHEDULE' | 'REPLAY';
  @Field(() => WebhookAttemptOutcomeEnum, { description: 'What it led to' }) outcome: WebhookAttemptOutcome;
  @Field(() => Int, { nullable: true, description: 'The receiver\'s HTTP status; null when there was no response (errorClass says why)' }) httpStatus: number | null;
  @Field(() => WebhookErrorClassEnum, { nullable: true, description: 'Why there was no response; null when there was one' }) errorClass: WebhookErrorClass | null;
  @Field(() => Int, { description: 'Milliseconds from the request to the response headers (or the failure)' }) latencyMs: number;
}

export const WebhookAttemptConnectionType = connectionType('WebhookAttempt', WebhookAttemptType, 'A page of a delivery\'s attempts, oldest first');

@ObjectType('WebhookDelivery', { implements: NodeInterface, description: 'One change-feed entry for one endpoint (Standard Webhooks): its webhook-id, the same on every attempt, is the receiver\'s idempotency key; its body\'s type is case.transition for a Case change, complaint.resolution for a Complaint' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'The delivery\'s id (replayWebhookDelivery takes it)' }) id: string;
  @Field({ description: 'The webhook-id header (msg_...): the same on every attempt and replay; dedupe by it' }) webhookId: string;
  @Field(() => ID, { description: 'The endpoint' }) endpointId: string;
  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where it stands' }) status: 'PENDING' | 'DELIVERED' | 'DEAD';
  @Field(() => Int, { description: 'Attempts made, replays included' }) attemptCount: number;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is sent next (PENDING); null otherwise' }) nextAttemptAt: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When a 2xx was last received' }) deliveredAt: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When its retry schedule was spent (DEAD)' }) deadAt: Date | null;
  @Field(() => GraphQLDateTime, { description: 'When the dispatcher created it' }) createdAt: Date;
  @Field(() => ChangeEventType, { description: 'The change it delivers: the body\'s data, as the change feed shows it (thin: no client data)' }) change: ChangeEventType;
  changePosition: string;
  changeTxId: string;
}

export const WebhookDeliveryConnectionType = connectionType('WebhookDelivery', WebhookDeliveryType, 'A page of an endpoint\'s deliveries, in feed order');

@ObjectType('WebhookEndpoint', { implements: NodeInterface, description: 'A partner\'s webhook endpoint (Standard Webhooks): where the changes of its topics are POSTed, signed' })
export class WebhookEndpointType {
  @Field(() => ID, { description: 'The endpoint\'s id' }) id: string;
  @Field({ description: 'Where deliveries are POSTed (https; its host on the allowlist)' }) url: string;
  @Field(() => [ChangeTopicEnum], { description: 'The topics delivered to it (as far as its partner reads them in the change feed)' }) topics: ChangeTopic[];
  @Field(() => WebhookEndpointStatusEnum, { description: 'Whether it is sent its deliveries' }) status: 'ACTIVE' | 'DISABLED';
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was disabled; null while ACTIVE' }) disabledAt: Date | null;
  @Field(() => WebhookDisabledCauseEnum, { nullable: true, description: 'Why it was disabled; null while ACTIVE' }) disabledCause: 'BY_OWNER' | 'GONE' | null;
  @Field(() => ID, { description: 'The office whose changes it is sent (its partner\'s)' }) officeId: string;
  @Field(() => ID, { description: 'The PARTNER who registered it (the only one who changes it)' }) ownerId: string;
  @Field(() => GraphQLDateTime, { description: 'When it was registered' }) createdAt: Date;
  @Field(() => GraphQLDateTime, { description: 'When it was last changed' }) updatedAt: Date;
  @Field({ description: 'How far the dispatcher has gone in the change feed: a ChangeEvent position (changes(after:) takes it)' }) feedPosition: string;
  cursorTxId: string;
  cursorPosition: string;
}

export const WebhookEndpointConnectionType = connectionType('WebhookEndpoint', WebhookEndpointType, 'A page of webhook endpoints, oldest first');
