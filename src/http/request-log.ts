import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../context';
import type { Logger } from '../logger';

/** A request id we accept from a client or a proxy; anything else is replaced by a new UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** A GraphQL Name: an operation name the client sent is logged only when it is one. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
/**
 * Ties Apollo's view of a request to the Express one. Apollo copies the headers and nothing else
 * of the request, so the middleware sets this header (overwriting any a client sent) to a key of
 * its own: a client's X-Request-Id may repeat, this key never does.
 */
const KEY_HEADER = 'x-request-log-key';

interface RequestRecord {
  requestId: string;
  operationName?: string | null;
  operationType?: string;
  userId?: string | null;
  /**
   * The response Apollo sends, read when the response ends: plugins' willSendResponse hooks run
   * at once (Apollo awaits them together), and the access log's may still replace the body with
   * INTERNAL_SERVER_ERROR after this one has returned (src/access-log/plugin.ts).
   */
  response?: GraphQLResponse;
}

export interface RequestLog {
  /** Express: takes or makes the request id, echoes it as X-Request-Id, logs one line when the response ends. */
  middleware: RequestHandler;
  /** Apollo: adds the operation, the user id and the error codes to that line. */
  plugin: ApolloServerPlugin<RequestContext>;
  /** The request id of an error Apollo met, for the line formatError logs about it. */
  requestIdOf(error: unknown): string | undefined;
}

/**
 * One line per request: request id, method, path (never the query string: a GET carries the
 * variables there), status, milliseconds, operation name and type, the user's id (never a name or
 * e-mail) and the error codes. Never variables, arguments or response data.
 */
export function createRequestLog(log: Logger): RequestLog {
  const inFlight = new Map<string, RequestRecord>();
  const errorRequests = new WeakMap<object, string>();

  const codesOf = (response: GraphQLResponse | undefined) => {
    const errors: readonly GraphQLFormattedError[] | undefined = response?.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    return errors?.length ? errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN')) : undefined;
  };

  const middleware: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const given = req.get('x-request-id');
    const record: RequestRecord = { requestId: given && REQUEST_ID.test(given) ? given : randomUUID() };
    const key = randomUUID();
    // Read now: a router mounted on a path rewrites req.url while it runs.
    const path = req.path;
    req.headers['x-request-id'] = record.requestId;
    req.headers[KEY_HEADER] = key;
    inFlight.set(key, record);
    res.setHeader('X-Request-Id', record.requestId);
    // 'close' also ends a request the client abandoned, which 'finish' never reports.
    res.on('close', () => {
      inFlight.delete(key);
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const probe = path === '/healthz' || path === '/readyz';
      log[probe ? 'debug' : 'info']({
        requestId: record.requestId, method: req.method, path, status: res.statusCode, ms,
        operationName: record.operationName, operationType: record.operationType, userId: record.userId, errors: codesOf(record.response),
      }, 'request');
    });
    next();
  };

  const plugin: ApolloServerPlugin<RequestContext> = {
    requestDidStart: ({ request }) => {
      const record = inFlight.get(request.http?.headers.get(KEY_HEADER) ?? '');
      // A request that did not come through the middleware (a test's executeOperation) is not logged here.
      if (!record) return Promise.resolve();
      if (request.operationName && OPERATION_NAME.test(request.operationName)) record.operationName = request.operationName;
      return Promise.resolve({
        didResolveOperation: ({ operationName, operation, contextValue }) => {
          record.operationName = operationName ?? null;
          record.operationType = operation?.operation;
          record.userId = contextValue.user?.id ?? null;
          return Promise.resolve();
        },
        didEncounterErrors: ({ errors }) => {
          for (const e of errors) errorRequests.set(e, record.requestId);
          return Promise.resolve();
        },
        willSendResponse: ({ response, contextValue }) => {
          record.userId ??= contextValue?.user?.id ?? null;
          record.response = response;
          return Promise.resolve();
        },
      });
    },
  };

  return {
    middleware,
    plugin,
    requestIdOf: (error) => (error && typeof error === 'object' ? errorRequests.get(error) : undefined),
  };
}
