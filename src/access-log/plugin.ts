import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import type { Logger } from '../logger';

/**
 * Writes the request's access log once, when the response is ready (after every field resolved,
 * before it is sent). Fails closed: when the write fails, the client gets INTERNAL_SERVER_ERROR
 * and none of the data, so no record is ever read without its log entry (HIPAA audit controls).
 */
export function accessLogPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ contextValue, operationName, response }) {
          const collector = contextValue.accessLog;
          if (!collector) return;
          try {
            await collector.flush(operationName ?? null);
          } catch (err) {
            log.error({ err }, 'access log write failed; response withheld');
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            }
          }
        },
      });
    },
  };
}
