import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CHANGE_TOPICS, type ChangeTopic } from '../change-feed/change-topics';
import { MAX_URL_LENGTH } from '../webhooks/egress-rules';
import { MAX_PREVIOUS_SECRET_HOURS } from '../webhooks/webhook-rules';
import { ChangeTopicEnum } from './change-event.type';
import { CaseListArgs } from './connections.type';
import { MutationInput } from './inputs/mutation.input';
import { entityPayload, MutationPayload } from './mutation-payload';
import { WebhookDeliveryStatusEnum, WebhookDeliveryType, WebhookEndpointType } from './webhook.type';

@InputType({ description: 'A webhook endpoint to register (Standard Webhooks)' })
export class RegisterWebhookEndpointInput extends MutationInput {
  @Field({ description: 'Where to POST: an https URL whose host is on the webhook allowlist (WEBHOOK_ALLOWED_HOSTS); no user name or password in it' })
  @IsString() @Length(1, MAX_URL_LENGTH) url: string;

  @Field(() => [ChangeTopicEnum], { description: 'The topics to deliver (those your role reads in the change feed: not COMPLAINT_RESOLUTION for PARTNER)' })
  @ArrayMinSize(1) @ArrayMaxSize(CHANGE_TOPICS.length) @IsEnum(ChangeTopicEnum, { each: true }) topics: ChangeTopic[];
}

@InputType({ description: 'A new signing secret for an endpoint' })
export class RotateWebhookSecretInput extends MutationInput {
  @Field(() => ID, { description: 'The endpoint' }) @IsUUID() endpointId: string;

  @Field(() => Int, { nullable: true, description: `How many hours the current secret keeps signing beside the new one (default 24; 0: it stops now, e.g. after a leak; at most ${MAX_PREVIOUS_SECRET_HOURS})` })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_PREVIOUS_SECRET_HOURS) previousSecretValidForHours?: number | null;
}

@InputType({ description: 'An endpoint to disable or enable' })
export class WebhookEndpointInput extends MutationInput {
  @Field(() => ID, { description: 'The endpoint' }) @IsUUID() endpointId: string;
}

@InputType({ description: 'A delivery to send again' })
export class ReplayWebhookDeliveryInput extends MutationInput {
  @Field(() => ID, { description: 'The delivery (WebhookEndpoint.deliveries)' }) @IsUUID() deliveryId: string;
}

@InputType({ description: 'Everything an endpoint was sent, or is to be sent, after a place in the change feed' })
export class ReplayWebhookDeliveriesInput extends MutationInput {
  @Field(() => ID, { description: 'The endpoint' }) @IsUUID() endpointId: string;

  @Field({ description: 'A position in the change feed (a ChangeEvent\'s position, changes\' endCursor or WebhookEndpoint.feedPosition): the entries after it are delivered again' })
  @IsString() @Length(1, 200) after: string;
}

@ObjectType('RegisterWebhookEndpointPayload', { description: 'The result of registerWebhookEndpoint' })
export class RegisterWebhookEndpointPayload extends MutationPayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint registered; null when refused' }) endpoint?: WebhookEndpointType | null;
  @Field(() => String, { nullable: true, description: 'Its signing secret (whsec_...): shown this once (and to a retry with the same clientMutationId); null when refused' }) secret?: string | null;
}

@ObjectType('RotateWebhookSecretPayload', { description: 'The result of rotateWebhookSecret' })
export class RotateWebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint; null when refused' }) endpoint?: WebhookEndpointType | null;
  @Field(() => String, { nullable: true, description: 'The new signing secret (whsec_...): shown this once; null when refused' }) secret?: string | null;
}

@ObjectType('ReplayWebhookDeliveriesPayload', { description: 'The result of replayWebhookDeliveries' })
export class ReplayWebhookDeliveriesPayload extends MutationPayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint; null when refused' }) endpoint?: WebhookEndpointType | null;
  @Field(() => Int, { nullable: true, description: 'Deliveries after the position queued again now (entries with none yet get one from the dispatcher); null when refused' }) requeued?: number | null;
}

export const DisableWebhookEndpointPayload = entityPayload('DisableWebhookEndpointPayload', 'endpoint', () => WebhookEndpointType, 'The endpoint, DISABLED');
export const EnableWebhookEndpointPayload = entityPayload('EnableWebhookEndpointPayload', 'endpoint', () => WebhookEndpointType, 'The endpoint, ACTIVE');
export const ReplayWebhookDeliveryPayload = entityPayload('ReplayWebhookDeliveryPayload', 'delivery', () => WebhookDeliveryType, 'The delivery, due now');

@ArgsType()
export class WebhookDeliveriesArgs extends CaseListArgs {
  @Field(() => WebhookDeliveryStatusEnum, { nullable: true, description: 'Only deliveries in this status (e.g. DEAD)' })
  @IsOptional() @IsEnum(WebhookDeliveryStatusEnum) status?: 'PENDING' | 'DELIVERED' | 'DEAD' | null;
}
