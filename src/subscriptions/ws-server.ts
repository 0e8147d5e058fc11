import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type express from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticate } from '../auth/authenticate';
import type { CurrentUser } from '../auth/current-user';
import { formatError } from '../graphql-errors';
import type { QueryLimits } from '../http/query-limits';
import type { RateLimits } from '../http/rate-limit';
import type { Logger } from '../logger';
import { requestPrivacy } from '../releases/request-privacy';
import type { Services } from '../services';
import type { Clock } from '../services/clock';
import { createLoaders } from '../services/loaders';
import { ChangeHub } from './change-hub';
import { clientAddressOf, createLiveRateLimits, MAX_SUBSCRIPTIONS_PER_CONNECTION } from './connection-limits';
import type { LiveContext } from './live-context';
import { LiveUpdatesService } from './live-updates.service';
import { checkDocument, checkOperation } from './operation-guard';

/**
 * GraphQL subscriptions over graphql-ws (protocol graphql-transport-ws) on the HTTP server's own
 * /graphql (issue 14 item 4). The connection is authenticated like an HTTP request: its
 * `connectionParams.authorization` ("Bearer <token>") goes through the same authenticator; a
 * refused token closes it with 4401 (graphql-ws's Unauthorized), none makes it anonymous (every
 * subscription then answers UNAUTHENTICATED, as a signed-out query would). Each subscribe is
 * authenticated again (a deactivated account or an expired token is refused then too), limited
 * (shape, cost, text: operation-guard.ts; rate: connection-limits.ts) and audited: every event
 * delivered writes its access-log entry (one INSERT) before it is sent, or is withheld.
 * At the token's exp the connection is closed with 4401: connect again with a new token and
 * resume with `after`.
 */

export interface LiveServerDependencies {
  httpServer: http.Server;
  app: express.Express;
  schema: GraphQLSchema;
  dataSource: DataSource;
  services: Services;
  clock: Clock;
  log: Logger;
  authenticate: Authenticate;
  limits: QueryLimits;
  rateLimits: RateLimits;
  production: boolean;
}

export interface LiveServer {
  /** Subscriptions streaming from this instance now (joined to its hub). */
  readonly subscriptions: number;
  /** Closes every connection, the LISTEN connection and every subscription; resolves when they are closed. */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
/** A message larger than this closes the connection (the HTTP body limit is the same). */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** setTimeout's largest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface ConnectionState { authorization: string | undefined; expiresAtMs: number | null; expiry: NodeJS.Timeout | null }
type LiveWsContext = Context<Record<string, unknown>, Extra & Partial<Record<PropertyKey, never>>>;

/** `connectionParams.authorization` (or `Authorization`): a string, absent, or false when it is something else. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined | false {
  const value = params?.authorization ?? params?.Authorization;
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : false;
}

/** The exp of a bearer token already verified, in epoch ms (null when it has none). */
function expiryOf(authorization: string | undefined): number | null {
  const token = authorization ? /^Bearer +(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  const claims = token ? jwt.decode(token, { json: true }) : null;
  return typeof claims?.exp === 'number' ? claims.exp * 1000 : null;
}

function refuseUpgrade(socket: Duplex, status: number, reason: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ errors: [{ message: reason, extensions: { code: status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST' } }] });
  const lines = [`HTTP/1.1 ${status} ${status === 429 ? 'Too Many Requests' : 'Not Found'}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}

export function attachLiveUpdates(deps: LiveServerDependencies): LiveServer {
  const { httpServer, app, schema, dataSource, services, clock, log, authenticate, limits } = deps;
  const hub = new ChangeHub({ dataSource, connectionString: (dataSource.options as { url?: string }).url ?? '', log });
  const updates = new LiveUpdatesService(dataSource, hub);
  const rate = createLiveRateLimits(dataSource, deps.rateLimits, log);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const connections = new WeakMap<WebSocket, ConnectionState>();

  const report = (err: unknown) => log.error({ err }, 'unexpected error in a subscription');
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((e) => {
    const { http: _http, ...extensions } = e.extensions ?? {};
    return formatError({ ...e.toJSON(), extensions }, e, report);
  });

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== GRAPHQL_PATH) {
      refuseUpgrade(socket, 404, `WebSocket connections are served on ${GRAPHQL_PATH} only`);
      return;
    }
    rate.connection(clientAddressOf(app, req)).then((refused) => {
      if (refused) {
        refuseUpgrade(socket, 429, `Too many connections from this address: try again in ${refused.retryAfterSeconds} s`, { 'Retry-After': String(refused.retryAfterSeconds) });
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    }, (err: unknown) => {
      log.error({ err }, 'WebSocket upgrade failed');
      socket.destroy();
    });
  };
  httpServer.on('upgrade', onUpgrade);

  const contextOf = (user: CurrentUser | null, state: ConnectionState, requestId: string): LiveContext => ({
    user, loaders: createLoaders(dataSource, services), services, log: log.child({ requestId }),
    ...requestPrivacy(dataSource, clock, user),
    live: { updates, tokenExpiresAtMs: state.expiresAtMs },
  });

  const server = useServer<Record<string, unknown>>({
    isProd: deps.production,
    onConnect: async (ctx: LiveWsContext) => {
      const socket = ctx.extra.socket;
      const authorization = authorizationOf(ctx.connectionParams);
      if (authorization === false) {
        socket.close(4400, 'connectionParams.authorization must be a string: "Bearer <token>"');
        return false;
      }
      try {
        const user = await authenticate(authorization);
        const expiresAtMs = user ? expiryOf(authorization) : null;
        const state: ConnectionState = { authorization, expiresAtMs, expiry: null };
        if (expiresAtMs !== null) {
          state.expiry = setTimeout(() => socket.close(4401, 'UNAUTHENTICATED: the bearer token expired'), Math.min(MAX_TIMER_MS, Math.max(0, expiresAtMs - Date.now())));
          state.expiry.unref();
        }
        connections.set(socket, state);
        return true;
      } catch (err) {
        if (err instanceof GraphQLError && err.extensions.code === 'UNAUTHENTICATED') socket.close(4401, `UNAUTHENTICATED: ${err.message}`);
        else {
          report(err);
          socket.close(4500, 'Internal server error');
        }
        return false;
      }
    },
    onSubscribe: async (ctx: LiveWsContext, id, payload) => {
      const state = connections.get(ctx.extra.socket);
      if (!state) return [new GraphQLError('The connection is not initialised', { extensions: { code: 'UNAUTHENTICATED' } })];
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} operations at once on one connection`, { extensions: { code: 'RATE_LIMITED', scope: 'connection' } })];
      }
      const checked = checkDocument(schema, payload, limits);
      if (Array.isArray(checked)) return checked;
      let user: CurrentUser | null;
      try {
        user = await authenticate(state.authorization);
      } catch (err) {
        if (err instanceof GraphQLError) return [err];
        throw err;
      }
      if (user) {
        const refused = await rate.subscribe(user.id);
        if (refused) return [new GraphQLError(`Too many requests from this account: try again in ${refused.retryAfterSeconds} s`, { extensions: { code: 'RATE_LIMITED', scope: 'user', retryAfterSeconds: refused.retryAfterSeconds } })];
      }
      const refusals = checkOperation(schema, checked, user?.role ?? 'ANONYMOUS', limits);
      if (refusals.length > 0) return refusals;
      log.info({ operationName: checked.operationName, userId: user?.id ?? null, subscriptionId: id }, 'subscription');
      return {
        schema, document: checked.document, operationName: checked.operationName, variableValues: checked.variables,
        contextValue: contextOf(user, state, `ws-${id}`),
      };
    },
    onNext: async (_ctx, _id, payload, args, result) => {
      const context = args.contextValue as LiveContext;
      // Each event is its own disclosure: its reads go in one entry, written before it is sent.
      const collector = context.accessLog;
      if (context.user) context.accessLog = requestPrivacy(dataSource, clock, context.user).accessLog;
      try {
        await collector?.flush(payload.operationName ?? null);
      } catch (err) {
        log.error({ err }, 'access log write failed; event withheld');
        return { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
      }
      return { ...(result.data !== undefined ? { data: result.data } : {}), ...(result.errors ? { errors: format(result.errors) } : {}) };
    },
    onError: (_ctx, _id, _payload, errors) => format(errors),
    onClose: (ctx: LiveWsContext) => {
      const state = connections.get(ctx.extra.socket);
      if (state?.expiry) clearTimeout(state.expiry);
    },
  }, wss);

  return {
    get subscriptions() { return hub.size; },
    stop: async () => {
      httpServer.off('upgrade', onUpgrade);
      // A peer that never answers the close handshake is cut off rather than awaited.
      const cutOff = setTimeout(() => { for (const client of wss.clients) client.terminate(); }, 1000);
      cutOff.unref();
      try {
        await server.dispose();
      } finally {
        clearTimeout(cutOff);
      }
      await hub.stop();
    },
  };
}
