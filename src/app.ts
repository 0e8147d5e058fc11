import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import { createAuthenticator } from './auth/authenticate';
import type { AppConfig } from './config';
import type { RequestContext } from './context';
import { graphiqlRouter } from './graphiql';
import { formatError } from './graphql-errors';
import { corsForGraphql, parseCorsOrigins } from './http/cors';
import { queryLimitsOf, queryLimitsPlugin, refuseOversizedDocuments } from './http/query-limits';
import { createRateLimiting, rateLimitsOf } from './http/rate-limit';
import { refuseSubscriptions, refuseSubscriptionsOverHttp } from './http/subscriptions';
import { attachLiveUpdates, type LiveServer } from './subscriptions/ws-server';
import { inputGuard } from './http/input-guard';
import { createRequestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { apolloLogger, type Logger } from './logger';
import { ping } from './repositories/sql';
import { accessLogPlugin } from './access-log/plugin';
import { requestPrivacy } from './releases/request-privacy';
import { buildAppSchema } from './schema/build-schema';
import type { Clock } from './services/clock';
import { createServices } from './services';
import { createAppJobs, type JobRunner } from './jobs';
import { createLoaders } from './services/loaders';
import { documentRoutes } from './worksites/document-routes';

export interface AppDependencies {
  config: Pick<AppConfig, 'jwtSecret' | 'introspection' | 'nodeEnv'> & Partial<Pick<AppConfig, 'extraClosures' | 'graphiql' | 'corsOrigins' | 'auth' | 'queryLimits' | 'rateLimits' | 'trustProxy' | 'webhooks'>>;
  dataSource: DataSource;
  clock: Clock;
  log: Logger;
}

export interface RunningApp {
  app: express.Express;
  httpServer: http.Server;
  services: ReturnType<typeof createServices>;
  /** The graphql-ws subscriptions on httpServer's /graphql (src/subscriptions). */
  live: LiveServer;
  /** The job queues, defined but not started: main.ts starts them after listen (JOBS), tests when they need them (src/jobs). */
  jobs: JobRunner;
  stop(): Promise<void>;
}

/** Wires Express, Apollo and the services. It does not listen; main.ts and tests decide where. */
export async function createApp({ config, dataSource, clock, log }: AppDependencies): Promise<RunningApp> {
  const app = express();
  // No `X-Powered-By: Express`; helmet's headers on every response (src/http/security-headers.ts).
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // TRUST_PROXY (src/http/rate-limit.ts): req.ip, the per-address rate limit's key, behind a load balancer.
  app.set('trust proxy', config.trustProxy ?? false);
  const httpServer = http.createServer(app);
  const services = createServices(dataSource, clock, config.extraClosures, config.webhooks);
  const jobs = createAppJobs({ services, dataSource, clock, log });
  const production = config.nodeEnv === 'production';
  const authenticate = createAuthenticator({ config, staff: services.staff, log });
  // One log line per request (request id, operation, user id, timing); never variables (src/http/request-log.ts).
  const requestLog = createRequestLog(log);
  // QUERY_* and RATE_LIMIT_* (src/config.ts): an operation is measured, and counted, before it runs.
  const limits = queryLimitsOf(config.queryLimits);
  const rateLimiting = createRateLimiting(dataSource, rateLimitsOf(config.rateLimits), log);

  const schema = await buildAppSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    logger: apolloLogger(log),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production && config.nodeEnv !== 'test',
    hideSchemaDetailsFromClientErrors: production,
    // Backstops behind refuseOversizedDocuments: the parser's own token cap, and fragments that multiply selections.
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: true,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log.error({ err: e, requestId: requestLog.requestIdOf(error) }, 'unexpected error')),
    // Apollo's own landing page is Sandbox from a CDN (no use offline); GraphiQL replaces it below.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), refuseSubscriptions, queryLimitsPlugin(limits), inputGuard, requestLog.plugin, accessLogPlugin(log)],
  });
  await apollo.start();

  app.use(requestLog.middleware);
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await ping(dataSource.manager);
      res.json({ status: 'ready' });
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  // SITE-1: printable agreements (HTML), behind the same bearer authentication and office rule.
  app.use('/documents', rateLimiting.byAddress, documentRoutes({ authenticate, dataSource, clock, log }));

  // GRAPHIQL / CORS_ORIGINS (src/config.ts); defaults follow NODE_ENV when a caller gives none.
  // CORS first: it answers every preflight (the router below would answer OPTIONS itself).
  app.use('/graphql', corsForGraphql(config.corsOrigins ?? parseCorsOrigins(undefined, config.nodeEnv)));
  if (config.graphiql ?? !production) app.use(graphiqlRouter());
  app.use('/graphql', rateLimiting.byAddress, express.json({ limit: '1mb' }), refuseOversizedDocuments(schema, limits), refuseSubscriptionsOverHttp, expressMiddleware(apollo, {
    context: rateLimiting.perUser(async ({ req }): Promise<RequestContext> => {
      // AUTH_MODE local or oidc (src/auth/authenticate.ts); a refused token is UNAUTHENTICATED, 401.
      const user = await authenticate(req.headers.authorization);
      return { user, loaders: createLoaders(dataSource, services), services, log: log.child({ requestId: req.headers['x-request-id'] }), ...requestPrivacy(dataSource, clock, user) };
    }),
  }));

  // Issue 14: subscriptions over graphql-ws on the same server and path (src/subscriptions).
  const live = attachLiveUpdates({ httpServer, app, schema, dataSource, services, clock, log, authenticate, limits, rateLimits: rateLimitsOf(config.rateLimits), production });

  // A body that is not JSON (or too large) never reaches Apollo: answer in GraphQL's shape, not HTML.
  app.use((err: { type?: string; status?: number; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err }, 'unexpected HTTP error');
    res.status(status).json({
      errors: [{
        message: status === 500 ? 'Internal server error' : `Bad request: ${err.type === 'entity.too.large' ? 'the body is too large' : 'the body is not valid JSON'}`,
        extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
      }],
    });
  });

  return {
    app,
    httpServer,
    services,
    live,
    jobs,
    stop: async () => {
      // Together: Apollo drains the HTTP requests in flight (a SIGTERM mid-request still answers it)
      // while the live updates close their sockets with 1001; one after the other, live first hung
      // the drain (test/integration/embedded-recovery.test.ts) and Apollo first cut the sockets (1006).
      await Promise.all([apollo.stop(), live.stop()]);
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await jobs.stop();
    },
  };
}
