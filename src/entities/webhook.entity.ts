import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ChangeEventEntity } from './change-event.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/** Issue 14 item 3 (migration Webhooks1765320000000): a PARTNER's webhook endpoint. */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_owner_idx', ['ownerId', 'createdAt', 'id'])
@Index('webhook_endpoint_office_idx', ['officeId', 'createdAt', 'id'])
@Index('webhook_endpoint_order_idx', ['createdAt', 'id'])
@Check('webhook_endpoint_topics_check', `cardinality(topics) > 0 AND topics <@ ARRAY['CASE_TRANSITION', 'EXEMPTION', 'PENALTY', 'CLOSURE', 'JOB_START', 'COMPLAINT_RESOLUTION']::text[]`)
@Check('webhook_endpoint_status_check', `status IN ('ACTIVE', 'DISABLED')`)
@Check('webhook_endpoint_disabled_check', `(status = 'DISABLED') = (disabled_at IS NOT NULL AND disabled_cause IN ('BY_OWNER', 'GONE'))`)
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_endpoint_pkey' }) id: string;
  @Column({ name: 'office_id', type: 'uuid' })
  @ForeignKey(() => OfficeEntity, { name: 'webhook_endpoint_office_id_fkey' })
  officeId: string;
  /** The PARTNER who registered it: deliveries follow what this staff member may read in the feed. */
  @Column({ name: 'owner_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'webhook_endpoint_owner_id_fkey' })
  ownerId: string;
  @Column({ type: 'text' }) url: string;
  @Column({ type: 'text', array: true }) topics: string[];
  @Column({ type: 'text' }) status: 'ACTIVE' | 'DISABLED';
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  @Column({ name: 'disabled_cause', type: 'text', nullable: true }) disabledCause: 'BY_OWNER' | 'GONE' | null;
  /** The dispatcher's place in the change feed: every entry up to it has its delivery (or is not this endpoint's). */
  @Column({ name: 'cursor_tx_id', type: 'bigint' }) cursorTxId: string;
  @Column({ name: 'cursor_position', type: 'bigint' }) cursorPosition: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A signing secret of an endpoint: the current one has no expiry; a rotated one signs until it expires. */
@Entity('webhook_secret')
@Index('webhook_secret_endpoint_idx', ['endpointId', 'createdAt'])
@Index('webhook_secret_current_idx', ['endpointId'], { unique: true, where: 'expires_at IS NULL' })
@Check('webhook_secret_format_check', `secret ~ '^whsec_[A-Za-z0-9+/]{32,88}={0,2}$'`)
@Check('webhook_secret_expiry_check', 'expires_at IS NULL OR expires_at >= created_at')
export class WebhookSecretEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_secret_pkey' }) id: string;
  @Column({ name: 'endpoint_id', type: 'uuid' })
  @ForeignKey(() => WebhookEndpointEntity, { name: 'webhook_secret_endpoint_id_fkey' })
  endpointId: string;
  @Column({ type: 'text' }) secret: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
}

/** One feed entry for one endpoint: its webhook-id, body, state and schedule. */
@Entity('webhook_delivery')
@Unique('webhook_delivery_webhook_id_key', ['webhookId'])
@Unique('webhook_delivery_endpoint_id_change_position_key', ['endpointId', 'changePosition'])
@Index('webhook_delivery_due_idx', ['nextAttemptAt'], { where: `status = 'PENDING'` })
@Index('webhook_delivery_feed_idx', ['endpointId', 'changeTxId', 'changePosition'])
@Index('webhook_delivery_change_idx', ['changePosition'])
@Check('webhook_delivery_webhook_id_check', `webhook_id ~ '^msg_[A-Za-z0-9_-]{16,64}$'`)
@Check('webhook_delivery_status_check', `status IN ('PENDING', 'DELIVERED', 'DEAD')`)
@Check('webhook_delivery_next_check', `(status = 'PENDING') = (next_attempt_at IS NOT NULL)`)
@Check('webhook_delivery_trigger_check', `next_trigger IN ('SCHEDULE', 'REPLAY')`)
@Check('webhook_delivery_counts_check', 'attempt_count >= 0 AND retry_step >= 0')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_delivery_pkey' }) id: string;
  @Column({ name: 'webhook_id', type: 'text' }) webhookId: string;
  @Column({ name: 'endpoint_id', type: 'uuid' })
  @ForeignKey(() => WebhookEndpointEntity, { name: 'webhook_delivery_endpoint_id_fkey' })
  endpointId: string;
  @Column({ name: 'change_position', type: 'bigint' })
  @ForeignKey(() => ChangeEventEntity, { name: 'webhook_delivery_change_position_fkey' })
  changePosition: string;
  @Column({ name: 'change_tx_id', type: 'bigint' }) changeTxId: string;
  @Column({ name: 'event_type', type: 'text' }) eventType: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: 'PENDING' | 'DELIVERED' | 'DEAD';
  @Column({ name: 'attempt_count', type: 'integer' }) attemptCount: number;
  /** Failures since it was queued or replayed: the retry schedule's step. */
  @Column({ name: 'retry_step', type: 'integer' }) retryStep: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true }) nextAttemptAt: Date | null;
  @Column({ name: 'next_trigger', type: 'text' }) nextTrigger: 'SCHEDULE' | 'REPLAY';
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ name: 'claim_token', type: 'uuid', nullable: true }) claimToken: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'dead_at', type: 'timestamptz', nullable: true }) deadAt: Date | null;
}

/** One attempt of a delivery. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. No response body. */
@Entity('webhook_attempt')
@Unique('webhook_attempt_delivery_id_number_key', ['deliveryId', 'number'])
@Index('webhook_attempt_endpoint_idx', ['endpointId', 'attemptedAt'])
@Check('webhook_attempt_trigger_check', `trigger IN ('SCHEDULE', 'REPLAY')`)
@Check('webhook_attempt_outcome_check', `outcome IN ('DELIVERED', 'RETRY', 'DEAD', 'ENDPOINT_GONE')`)
@Check('webhook_attempt_result_check', '(http_status IS NULL) <> (error_class IS NULL) AND (http_status IS NULL OR http_status BETWEEN 100 AND 599)')
@Check('webhook_attempt_error_class_check', `error_class IN ('TIMEOUT', 'CONNECTION_FAILED', 'DNS_FAILED', 'TLS_FAILED', 'BLOCKED_ADDRESS', 'HOST_NOT_ALLOWED')`)
@Check('webhook_attempt_latency_check', 'latency_ms >= 0 AND number >= 1')
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'webhook_attempt_pkey' }) id: string;
  @Column({ name: 'delivery_id', type: 'uuid' })
  @ForeignKey(() => WebhookDeliveryEntity, { name: 'webhook_attempt_delivery_id_fkey' })
  deliveryId: string;
  @Column({ name: 'endpoint_id', type: 'uuid' })
  @ForeignKey(() => WebhookEndpointEntity, { name: 'webhook_attempt_endpoint_id_fkey' })
  endpointId: string;
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'text' }) trigger: 'SCHEDULE' | 'REPLAY';
  @Column({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt: Date;
  @Column({ type: 'text' }) outcome: 'DELIVERED' | 'RETRY' | 'DEAD' | 'ENDPOINT_GONE';
  @Column({ name: 'http_status', type: 'integer', nullable: true }) httpStatus: number | null;
  @Column({ name: 'error_class', type: 'text', nullable: true }) errorClass: string | null;
  @Column({ name: 'latency_ms', type: 'integer' }) latencyMs: number;
}
