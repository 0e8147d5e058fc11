import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'TRANSITION_NOT_ALLOWED', 'VERSION_CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

/** class-validator's nested errors flattened to what a form needs: which field, which rule, what to say. */
function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; constraint: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...flatten(e.children ?? [], `${field}.`)];
  });
}

/**
 * Shapes every error the API returns. Errors we raise on purpose keep their code and message;
 * anything else (a bug, a database failure) becomes INTERNAL_SERVER_ERROR with no SQL text or
 * stack in it: the details go to the log, where `reportUnexpected` sends them.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, reportUnexpected: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  const code = (formatted.extensions?.code ?? original?.extensions?.code) as string | undefined;
  if (code === 'UNAUTHORIZED') return { ...formatted, extensions: { ...formatted.extensions, code: 'FORBIDDEN' } };
  if (code && CLIENT_CODES.has(code)) {
    const validationErrors = original?.extensions?.validationErrors as ValidationError[] | undefined;
    if (!validationErrors) return formatted;
    const invalid = flatten(validationErrors);
    return {
      ...formatted,
      message: `Invalid input: ${invalid.map((i) => i.message).join('; ')}`,
      extensions: { code: 'BAD_USER_INPUT', field: invalid[0]?.field, constraint: invalid[0]?.constraint, invalid, ...(formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}) },
    };
  }
  reportUnexpected(original ?? error);
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
