import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 item 3: webhooks per the Standard Webhooks spec.
 * - `webhook_endpoint`: a PARTNER's endpoint (URL, topics), ACTIVE or DISABLED (by its owner, or
 *   GONE: the receiver answered 410), with the dispatcher's place in the change feed
 *   (cursor_tx_id, cursor_position: the feed's order, migration ChangeFeed1765310000000).
 * - `webhook_secret`: its signing secrets; one current (expires_at NULL) and, after a rotation,
 *   the previous one until its expiry, so two sign at once.
 * - `webhook_delivery`: one per (endpoint, feed entry), UNIQUE, so a second dispatcher (another
 *   replica) creates nothing twice; its webhook_id (msg_...) is the receivers' idempotency key,
 *   the same on every attempt; the body is stored so every attempt signs the same bytes. A sender
 *   claims a due delivery (FOR UPDATE SKIP LOCKED) with a lease (claimed_until, claim_token); a
 *   killed sender's delivery is claimed again once the lease has passed.
 * - `webhook_attempt`: append-only (refuse_history_rewrite()), one row per attempt: when, the
 *   HTTP status or the error class, the latency; never the response body.
 */
export class Webhooks1765320000000 implements MigrationInterface {
  name = 'Webhooks1765320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES office(id),
        owner_id uuid NOT NULL REFERENCES staff(id),
        url text NOT NULL,
        topics text[] NOT NULL,
        status text NOT NULL,
        disabled_at timestamptz,
        disabled_cause text,
        cursor_tx_id bigint NOT NULL,
        cursor_position bigint NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT webhook_endpoint_topics_check CHECK (cardinality(topics) > 0 AND topics <@ ARRAY['CASE_TRANSITION', 'EXEMPTION', 'PENALTY', 'CLOSURE', 'JOB_START', 'COMPLAINT_RESOLUTION']::text[]),
        CONSTRAINT webhook_endpoint_status_check CHECK (status IN ('ACTIVE', 'DISABLED')),
        CONSTRAINT webhook_endpoint_disabled_check CHECK ((status = 'DISABLED') = (disabled_at IS NOT NULL AND disabled_cause IN ('BY_OWNER', 'GONE')))
      );
      CREATE INDEX webhook_endpoint_owner_idx ON webhook_endpoint (owner_id, created_at, id);
      CREATE INDEX webhook_endpoint_office_idx ON webhook_endpoint (office_id, created_at, id);
      CREATE INDEX webhook_endpoint_order_idx ON webhook_endpoint (created_at, id);

      CREATE TABLE webhook_secret (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id),
        secret text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz,
        CONSTRAINT webhook_secret_format_check CHECK (secret ~ '^whsec_[A-Za-z0-9+/]{32,88}={0,2}$'),
        CONSTRAINT webhook_secret_expiry_check CHECK (expires_at IS NULL OR expires_at >= created_at)
      );
      CREATE INDEX webhook_secret_endpoint_idx ON webhook_secret (endpoint_id, created_at);
      CREATE UNIQUE INDEX webhook_secret_current_idx ON webhook_secret (endpoint_id) WHERE expires_at IS NULL;

      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id text NOT NULL,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id),
        change_position bigint NOT NULL REFERENCES change_event(position),
        change_tx_id bigint NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        attempt_count integer NOT NULL,
        retry_step integer NOT NULL,
        next_attempt_at timestamptz,
        next_trigger text NOT NULL,
        claimed_until timestamptz,
        claim_token uuid,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        dead_at timestamptz,
        CONSTRAINT webhook_delivery_webhook_id_key UNIQUE (webhook_id),
        CONSTRAINT webhook_delivery_endpoint_id_change_position_key UNIQUE (endpoint_id, change_position),
        CONSTRAINT webhook_delivery_webhook_id_check CHECK (webhook_id ~ '^msg_[A-Za-z0-9_-]{16,64}$'),
        CONSTRAINT webhook_delivery_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
        CONSTRAINT webhook_delivery_next_check CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
        CONSTRAINT webhook_delivery_trigger_check CHECK (next_trigger IN ('SCHEDULE', 'REPLAY')),
        CONSTRAINT webhook_delivery_counts_check CHECK (attempt_count >= 0 AND retry_step >= 0)
      );
      CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
      CREATE INDEX webhook_delivery_feed_idx ON webhook_delivery (endpoint_id, change_tx_id, change_position);
      CREATE INDEX webhook_delivery_change_idx ON webhook_delivery (change_position);

      CREATE TABLE webhook_attempt (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id),
        number integer NOT NULL,
        trigger text NOT NULL,
        attempted_at timestamptz NOT NULL,
        outcome text NOT NULL,
        http_status integer,
        error_class text,
        latency_ms integer NOT NULL,
        CONSTRAINT webhook_attempt_delivery_id_number_key UNIQUE (delivery_id, number),
        CONSTRAINT webhook_attempt_trigger_check CHECK (trigger IN ('SCHEDULE', 'REPLAY')),
        CONSTRAINT webhook_attempt_outcome_check CHECK (outcome IN ('DELIVERED', 'RETRY', 'DEAD', 'ENDPOINT_GONE')),
        CONSTRAINT webhook_attempt_result_check CHECK ((http_status IS NULL) <> (error_class IS NULL) AND (http_status IS NULL OR http_status BETWEEN 100 AND 599)),
        CONSTRAINT webhook_attempt_error_class_check CHECK (error_class IN ('TIMEOUT', 'CONNECTION_FAILED', 'DNS_FAILED', 'TLS_FAILED', 'BLOCKED_ADDRESS', 'HOST_NOT_ALLOWED')),
        CONSTRAINT webhook_attempt_latency_check CHECK (latency_ms >= 0 AND number >= 1)
      );
      CREATE INDEX webhook_attempt_endpoint_idx ON webhook_attempt (endpoint_id, attempted_at);
      CREATE TRIGGER webhook_attempt_append_only BEFORE UPDATE OR DELETE ON webhook_attempt FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
      CREATE TRIGGER webhook_attempt_no_truncate BEFORE TRUNCATE ON webhook_attempt FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_attempt; DROP TABLE webhook_delivery; DROP TABLE webhook_secret; DROP TABLE webhook_endpoint;');
  }
}
