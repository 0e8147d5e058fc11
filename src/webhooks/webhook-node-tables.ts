/** The webhook records node(id) reads (issue 14 item 3), and their tables (their ids are the tables' UUIDs). */
export const WEBHOOK_NODE_TABLES = [['WebhookEndpoint', 'webhook_endpoint'], ['WebhookDelivery', 'webhook_delivery']] as const;
export type WebhookNodeType = (typeof WEBHOOK_NODE_TABLES)[number][0];
