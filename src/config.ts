import { resolve } from 'node:path';
import { loadAuthConfig, type AuthConfig } from './auth/auth-config';
import { parseExtraClosures } from './calendar/alaska-calendar';
import { parseCorsOrigins, type CorsOrigin } from './http/cors';
import { parseQueryLimits, type QueryLimits } from './http/query-limits';
import { parseRateLimits, parseTrustProxy, type RateLimits, type TrustProxy } from './http/rate-limit';
import { parseWebhookConfig, type WebhookConfig } from './webhooks/webhook-config';

/** Everything the service reads from the environment, read once at start-up. */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** Unset means: run an embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  /**
   * MIGRATION_DATABASE_URL: the owner, who runs the migrations and grants the app's role; with it,
   * DATABASE_URL is the app's own login, neither owner nor superuser (src/db/privileges.ts).
   */
  migrationDatabaseUrl?: string;
  /** DATABASE_APP_ROLE: the role the grants go to when DATABASE_URL's user is a member of it (default: that user). */
  databaseAppRole?: string;
  /** HOST: the interface to listen on. Loopback unless set; a container needs HOST=0.0.0.0. */
  host: string;
  /** JWT_SECRET: the HS256 key of AUTH_MODE=local (empty in oidc mode). */
  jwtSecret: string;
  /** AUTH_MODE, OIDC_*, TOKEN_MAX_LIFETIME_SECONDS: how tokens are checked (src/auth/auth-config.ts). */
  auth: AuthConfig;
  introspection: boolean;
  seedDemoData: boolean;
  logLevel: string;
  extraClosures: string[];
  /** GraphiQL at GET /graphql in a browser (src/graphiql). */
  graphiql: boolean;
  /** Browser origins allowed to call /graphql (src/http/cors.ts). */
  corsOrigins: CorsOrigin[];
  /** QUERY_MAX_TOKENS, QUERY_MAX_DEPTH, QUERY_MAX_ALIASES, QUERY_MAX_DIRECTIVES, QUERY_MAX_FIELD_REPEATS, QUERY_COST_LIMITS (src/http/query-limits.ts). */
  queryLimits: QueryLimits;
  /** RATE_LIMIT_PER_ADDRESS, RATE_LIMIT_PER_USER, RATE_LIMIT_WINDOW_SECONDS (src/http/rate-limit.ts). */
  rateLimits: RateLimits;
  /** TRUST_PROXY: which proxies' X-Forwarded-For gives the client address (unset: none; src/http/rate-limit.ts). */
  trustProxy: TrustProxy;
  /** JOBS: `on` (default) works the job queues in this process after it listens; `off` only enqueues, for `npm run worker` elsewhere (src/jobs). */
  jobs: 'on' | 'off';
  /** WEBHOOK_ALLOWED_HOSTS, WEBHOOK_ALLOW_HTTP, WEBHOOK_ALLOW_PRIVATE_NETWORKS: where webhooks may go (src/webhooks/webhook-config.ts). */
  webhooks: WebhookConfig;
}

/**
 * Reads and checks the configuration. Refuses (src/auth/auth-config.ts) a production run with a
 * short or published JWT_SECRET or without an OIDC issuer, and the development secret anywhere but
 * on the embedded database, so a forgotten variable cannot ship tokens anyone can forge.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const databaseUrl = env.DATABASE_URL || undefined;
  const { jwtSecret, auth } = loadAuthConfig(env, nodeEnv, databaseUrl);
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    nodeEnv,
    port,
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    embeddedPgPort: Number(env.EMBEDDED_PG_PORT ?? 54329),
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    databaseAppRole: env.DATABASE_APP_ROLE || undefined,
    host: env.HOST || '127.0.0.1',
    jwtSecret,
    auth,
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : nodeEnv !== 'production',
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : nodeEnv !== 'production',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    extraClosures: parseExtraClosures(env.ALASKA_EXTRA_CLOSURES),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL === 'true' : nodeEnv !== 'production',
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS, nodeEnv),
    queryLimits: parseQueryLimits(env),
    rateLimits: parseRateLimits(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    jobs: parseJobs(env.JOBS),
    webhooks: parseWebhookConfig(env),
  };
}

/** JOBS=on|off (unset: on). Anything else is refused: a typo must not silently stop the monthly work. */
export function parseJobs(value: string | undefined): 'on' | 'off' {
  if (value === undefined || value === '' || value === 'on') return 'on';
  if (value === 'off') return 'off';
  throw new Error(`JOBS must be on or off, not ${JSON.stringify(value)}`);
}
