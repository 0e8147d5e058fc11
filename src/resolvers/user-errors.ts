import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { ValidationError } from 'class-validator';
import { flatten } from '../graphql-errors';
import {
  ForbiddenError, IdempotencyKeyReusedError, InputError, NotFoundError, TransitionNotAllowedError, UserErrorCode,
  VersionConflictError, type UserError,
} from '../schema/user-error.type';

type Extensions = Record<string, unknown>;

function build<T extends UserError>(Type: new () => T, fields: Partial<T>): T {
  return Object.assign(new Type(), fields);
}

/**
 * The typed user error for a refusal the user can cause, or null for anything else (a bug, a
 * database failure, UNAUTHENTICATED), which stays a top-level error.
 */
export function toUserError(error: unknown): UserError | null {
  if (!(error instanceof GraphQLError)) return null;
  const ext: Extensions = error.extensions;
  const validationErrors = ext.validationErrors as ValidationError[] | undefined;
  if (validationErrors) {
    const invalid = flatten(validationErrors);
    return build(InputError, {
      code: UserErrorCode.BAD_USER_INPUT, message: `Invalid input: ${invalid.map((i) => i.message).join('; ')}`,
      field: invalid[0]?.field ?? null, constraint: invalid[0]?.constraint ?? null, invalid,
    });
  }
  const message = error.message;
  switch (ext.code) {
    case 'BAD_USER_INPUT': {
      const field = (ext.field as string | undefined) ?? null;
      const constraint = (ext.constraint as string | undefined) ?? null;
      const invalid = (ext.invalid as InputError['invalid'] | undefined) ?? (field ? [{ field, constraint: constraint ?? 'invalid', message }] : []);
      return build(InputError, { code: UserErrorCode.BAD_USER_INPUT, message, field, constraint, invalid });
    }
    case 'FORBIDDEN':
    case 'UNAUTHORIZED':
      return build(ForbiddenError, { code: UserErrorCode.FORBIDDEN, message });
    case 'NOT_FOUND':
      return build(NotFoundError, { code: UserErrorCode.NOT_FOUND, message, id: (ext.id as string | undefined) ?? null });
    case 'TRANSITION_NOT_ALLOWED':
      return build(TransitionNotAllowedError, {
        code: UserErrorCode.TRANSITION_NOT_ALLOWED, message,
        event: ext.event as string, state: ext.state as string, reason: ext.reason as string, allowedEvents: ext.allowedEvents as string[],
      });
    case 'VERSION_CONFLICT':
      return build(VersionConflictError, {
        code: UserErrorCode.VERSION_CONFLICT, message,
        currentVersion: ext.currentVersion as number, expectedVersion: (ext.expectedVersion as number | undefined) ?? null,
      });
    case 'IDEMPOTENCY_KEY_REUSED':
      return build(IdempotencyKeyReusedError, { code: UserErrorCode.IDEMPOTENCY_KEY_REUSED, message, clientMutationId: ext.clientMutationId as string });
    default:
      return null;
  }
}

/** Empties every per-request DataLoader cache of the request (src/services/loaders.ts). */
function clearLoaders(context: unknown): void {
  const loaders = (context as { loaders?: Record<string, { clearAll?: () => unknown }> } | null)?.loaders;
  for (const loader of Object.values(loaders ?? {})) loader.clearAll?.();
}

const clientMutationIdOf = (args: Record<string, unknown>): string | null =>
  ((args.input as { clientMutationId?: string | null } | undefined)?.clientMutationId) ?? null;

/**
 * Wraps every Mutation field's resolver so a refusal the user can cause becomes `userErrors` in the
 * field's payload instead of a thrown error (which would null `data` for the whole document).
 * It wraps the built resolver, outside type-graphql's auth checker and argument validation, so a
 * FORBIDDEN role and a class-validator failure come back the same way as a service's refusal.
 * The write itself has already rolled back: services throw inside their transaction.
 */
export function returnUserErrorsFromMutations(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> | undefined;
    type Args = Record<string, unknown>;
    if (!resolve) continue;
    field.resolve = async (root: unknown, args: Args, context: unknown, info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]) => {
      // Mutations run one after another; each one's payload must read the record as that write left
      // it, not what an earlier mutation of the same document cached in the request's loaders.
      clearLoaders(context);
      try {
        const payload = (await resolve(root, args, context, info)) as Record<string, unknown>;
        clearLoaders(context);
        return { clientMutationId: clientMutationIdOf(args), userErrors: [], ...payload };
      } catch (error) {
        const userError = toUserError(error);
        if (!userError) throw error;
        return { clientMutationId: clientMutationIdOf(args), userErrors: [userError] };
      }
    };
  }
  return schema;
}
