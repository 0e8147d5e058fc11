import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { idempotencyKeyReused } from '../errors';
import { inputHash } from './canonical-json';
import { runInIdempotencyScope } from './scope';

type Args = Record<string, unknown>;

const clientMutationIdOf = (args: Args): string | null => {
  const value = (args.input as { clientMutationId?: unknown } | null | undefined)?.clientMutationId;
  return typeof value === 'string' && value !== '' ? value : null;
};

/**
 * Runs every Mutation field whose input carries a clientMutationId inside its idempotency scope,
 * so the service's writeTransaction claims the key with the write (see src/services/transaction.ts).
 * The key belongs to the signed-in user; without one the field runs as it is (its auth check refuses).
 * A key this user already used, in the last 24 hours, with another mutation or other input is
 * refused here before anything else runs (writeTransaction checks again under the row lock).
 * Wraps the built resolvers, inside the user-errors wrapper, so the refusal becomes a user error.
 */
export function withIdempotencyKeys(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, RequestContext, Args> | undefined;
    if (!resolve) continue;
    const mutation = field.name;
    const wrapped: GraphQLFieldResolver<unknown, RequestContext, Args> = async (root, args, context, info) => {
      const key = clientMutationIdOf(args);
      const user = context.user;
      if (!key || !user) return resolve(root, args, context, info);
      const scope = { staffId: user.id, key, mutation, inputHash: inputHash(args), now: context.services.clock.now(), claimed: false };
      const used = await context.services.idempotency.find(user.id, key, scope.now);
      if (used && (used.mutation !== mutation || used.inputHash !== scope.inputHash)) throw idempotencyKeyReused(key, used.mutation);
      return runInIdempotencyScope(scope, () => resolve(root, args, context, info));
    };
    field.resolve = wrapped;
  }
  return schema;
}
