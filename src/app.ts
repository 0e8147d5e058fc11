import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { verifyStaffToken } from './auth/token';
import type { AppConfig } from './config';
import type { RequestContext } from './context';
import { graphiqlRouter } from './graphiql';
import { formatError } from './graphql-errors';
import { corsForGraphql, parseCorsOrigins } from './http/cors';
import { refuseSubscriptions } from './http/subscriptions';
import type { Logger } from './logger';
import { ping } from './repositories/sql';
import { buildAppSchema } from './schema/build-schema';
import type { Clock } from './services/clock';
import { createServices } from './services';
import { createLoaders } from './services/loaders';

export interface AppDependencies {
  config: Pick<AppConfig, 'jwtSecret' | 'introspection' | 'nodeEnv'> & Partial<Pick<AppConfig, 'extraClosures' | 'graphiql' | 'corsOrigins'>>;
  dataSource: DataSource;
  clock: Clock;
  log: Logger;
}

export interface RunningApp {
  app: express.Express;
  httpServer: http.Server;
  services: ReturnType<typeof createServices>;
  stop(): Promise<void>;
}

/** Wires Express, Apollo and the services. It does not listen; main.ts and tests decide where. */
export async function createApp({ config, dataSource, clock, log }: AppDependencies): Promise<RunningApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const services = createServices(dataSource, clock, config.extraClosures);
  const production = config.nodeEnv === 'production';

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production && config.nodeEnv !== 'test',
    hideSchemaDetailsFromClientErrors: production,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log.error({ err: e }, 'unexpected error')),
    // Apollo's own landing page is Sandbox from a CDN (no use offline); GraphiQL replaces it below.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), refuseSubscriptions],
  });
  await apollo.start();

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

  // GRAPHIQL / CORS_ORIGINS (src/config.ts); defaults follow NODE_ENV when a caller gives none.
  // CORS first: it answers every preflight (the router below would answer OPTIONS itself).
  app.use('/graphql', corsForGraphql(config.corsOrigins ?? parseCorsOrigins(undefined, config.nodeEnv)));
  if (config.graphiql ?? !production) app.use(graphiqlRouter());
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, {
    context: async ({ req }): Promise<RequestContext> => {
      const header = req.headers.authorization;
      let user = null;
      if (header) {
        const token = /^Bearer (.+)$/i.exec(header)?.[1];
        const staffId = token ? verifyStaffToken(token, config.jwtSecret) : null;
        // Read role and office now, so a deactivated account is locked out on its next request.
        user = staffId ? await services.staff.findActiveUser(staffId) : null;
        if (!user) {
          throw new GraphQLError('The bearer token is invalid, expired, or names an inactive account', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      }
      return { user, loaders: createLoaders(dataSource, services), services, log };
    },
  }));

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
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
