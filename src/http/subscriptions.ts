import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { getOperationAST, GraphQLError, OperationTypeNode, parse, type DocumentNode } from 'graphql';

/**
 * Subscriptions are served over graphql-ws (a WebSocket, subprotocol graphql-transport-ws) on this
 * same path (src/subscriptions/ws-server.ts), not over HTTP. Without this, a `subscription`
 * POSTed here would reach Apollo's execution and fail there with an uncoded error, which the API
 * reports as INTERNAL_SERVER_ERROR; the client should instead learn where to send it.
 */
const MESSAGE = 'Subscriptions are not served over HTTP: use graphql-ws on this path (a WebSocket to /graphql, subprotocol graphql-transport-ws, the token in connectionParams.authorization)';
const CODE = 'SUBSCRIPTIONS_NOT_SUPPORTED';

/** Behind refuseSubscriptionsOverHttp: a subscription Apollo resolved itself (a persisted query). */
export const refuseSubscriptions: ApolloServerPlugin = {
  requestDidStart: () => Promise.resolve({
    didResolveOperation: ({ operation }) => {
      if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return Promise.resolve();
      return Promise.reject(new GraphQLError(MESSAGE, { extensions: { code: CODE, http: { status: 400 } } }));
    },
  }),
};

/**
 * Express middleware in front of Apollo (after refuseOversizedDocuments, so the document is
 * already known to be under the token cap): the operation a POST or GET would run is a
 * subscription, valid or not, so the client is told where to send it (HTTP 400) before
 * validation answers about a schema it should not be using here.
 */
export const refuseSubscriptionsOverHttp: RequestHandler = (req, res, next) => {
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  const source = req.method === 'GET' ? req.query : body;
  const query = typeof source?.query === 'string' ? source.query : undefined;
  let document: DocumentNode | null = null;
  try {
    document = query === undefined ? null : parse(query);
  } catch {
    // Apollo reports the syntax error with its position.
  }
  const operationName = typeof source?.operationName === 'string' ? source.operationName : null;
  if (document && getOperationAST(document, operationName)?.operation === OperationTypeNode.SUBSCRIPTION) {
    res.status(400).json({ errors: [{ message: MESSAGE, extensions: { code: CODE } }] });
    return;
  }
  next();
};
