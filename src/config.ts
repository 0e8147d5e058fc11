import { resolve } from 'node:path';
import { parseExtraClosures } from './calendar/alaska-calendar';
import { parseCorsOrigins, type CorsOrigin } from './http/cors';

/** Everything the service reads from the environment, read once at start-up. */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** Unset means: run an embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  introspection: boolean;
  seedDemoData: boolean;
  logLevel: string;
  extraClosures: string[];
  /** GraphiQL at GET /graphql in a browser (src/graphiql). */
  graphiql: boolean;
  /** Browser origins allowed to call /graphql (src/http/cors.ts). */
  corsOrigins: CorsOrigin[];
}

const DEV_JWT_SECRET = 'dev-only-secret-change-me';

/**
 * Reads and checks the configuration. Refuses a production run without JWT_SECRET, and the
 * development secret anywhere but on the embedded database, so a forgotten variable cannot ship
 * tokens anyone can forge.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const databaseUrl = env.DATABASE_URL || undefined;
  const jwtSecret = env.JWT_SECRET || undefined;
  if (!jwtSecret && (nodeEnv === 'production' || databaseUrl)) {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production or DATABASE_URL is set');
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    nodeEnv,
    port,
    databaseUrl,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    embeddedPgPort: Number(env.EMBEDDED_PG_PORT ?? 54329),
    jwtSecret: jwtSecret ?? DEV_JWT_SECRET,
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : nodeEnv !== 'production',
    seedDemoData: env.SEED_DEMO_DATA ? env.SEED_DEMO_DATA === 'true' : nodeEnv !== 'production',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    extraClosures: parseExtraClosures(env.ALASKA_EXTRA_CLOSURES),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL === 'true' : nodeEnv !== 'production',
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS, nodeEnv),
  };
}
