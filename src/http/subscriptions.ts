import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

/**
 * The schema has no Subscription type yet. Without this, a `subscription` document reaches
 * execution and fails there with an uncoded error, which the API reports as
 * INTERNAL_SERVER_ERROR; a client should instead learn that the feature is not offered.
 */
export const refuseSubscriptions: ApolloServerPlugin = {
  requestDidStart: () => Promise.resolve({
    didResolveOperation: ({ operation }) => {
      if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return Promise.resolve();
      return Promise.reject(new GraphQLError('Subscriptions are not offered yet: run the matching query again to see changes', {
        extensions: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED', http: { status: 400 } },
      }));
    },
  }),
};
