import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { validateCaseMachine } from '../machines/case-machine-validation';
import { RESOLVERS } from '../resolvers';
import { returnUserErrorsFromMutations } from '../resolvers/user-errors';
import { withIdempotencyKeys } from '../idempotency/with-idempotency-keys';
import { USER_ERROR_TYPES } from './user-error.type';
import { withAccessLog } from '../access-log/instrument';
import { NO_PUBSUB, SUBSCRIPTION_ROOT_DESCRIPTION } from './subscription.type';

/** Builds the schema and checks that the lifecycle chart and the mutations agree. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // The error types are reached through the UserError interface only; list them so each is in the schema.
    orphanedTypes: [...USER_ERROR_TYPES],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    // The subscriptions read the change feed themselves (src/subscriptions); type-graphql still asks for a PubSub.
    pubSub: NO_PUBSUB,
  });
  validateCaseMachine(Object.keys(schema.getMutationType()?.getFields() ?? {}));
  // Idempotency inside the user-errors wrapper: IDEMPOTENCY_KEY_REUSED becomes a user error.
  // Who viewed whom: every field of a client's record notes the read in the request's access log.
  const served = withAccessLog(returnUserErrorsFromMutations(withIdempotencyKeys(schema)));
  // The root types have no decorator to carry their description (issue 9: every type has one).
  served.getQueryType()!.description = 'Reads: the signed-in user, cases and clients, deadlines, notices, the calendar and participation';
  served.getMutationType()!.description = 'Writes: each returns its own payload with userErrors; clientMutationId makes a retry safe';
  served.getSubscriptionType()!.description = SUBSCRIPTION_ROOT_DESCRIPTION;
  return served;
}
