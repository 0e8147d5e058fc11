import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { literalFieldAt, variableFieldAt } from './http/input-guard';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'TRANSITION_NOT_ALLOWED', 'VERSION_CONFLICT', 'IDEMPOTENCY_KEY_REUSED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'SUBSCRIPTIONS_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX', 'RATE_LIMITED',
]);

/** class-validator's nested errors flattened to what a form needs: which field, which rule, what to say. */
export function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; constraint: string; message: string }> {
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
  const refined = refineRequestError(formatted, error);
  if (refined) return refined;
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  const code = (formatted.extensions?.code ?? original?.extensions?.code) as string | undefined;
  if (code === 'UNAUTHORIZED') return { ...formatted, extensions: { ...formatted.extensions, code: 'FORBIDDEN' } };
  if (code && CLIENT_CODES.has(code)) {
    const validationErrors = original?.extensions?.validationErrors as ValidationError[] | undefined;
    if (!validationErrors) return code === 'BAD_USER_INPUT' && !formatted.extensions?.invalid ? withInvalid(formatted, error) : formatted;
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

/**
 * A BAD_USER_INPUT raised before any resolver (graphql-js coercing a variable into a scalar such as
 * YearMonth or LocalDate) carries the same `field`, `constraint` and `invalid[]` as every other:
 * the field is the path after the variable (`Variable "$input" got invalid value ... at
 * "input.month"` -> `month`), the constraint `is<Type>`.
 */
function withInvalid(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
  const at = /at "([^"]+)"/.exec(formatted.message)?.[1];
  // graphql-scalars words its own refusals: "Value is not a valid LocalDate", "DateTime cannot represent ...".
  const type = (/[Ee]xpected (?:type |non-nullable type )?"([\w![\]]+)"/.exec(formatted.message)?.[1]
    ?? /; (?:Value is not a valid (\w+)|(\w+) cannot represent)/.exec(formatted.message)?.slice(1).find(Boolean))?.replace(/[![\]]/g, '');
  // graphql-js writes list positions as [0]; class-validator (and so every InputError) as .0.
  const path = at?.replace(/\[(\d+)\]/g, '.$1');
  const inner = path ? path.split('.').slice(1) : [];
  // Named by the argument the variable fills (`filter.caseManager`, as a literal is), else by the path after the variable.
  const source = error instanceof GraphQLError ? error.source?.body : undefined;
  const used = source && variable ? variableFieldAt(source, variable, inner) : null;
  const field = used ?? (path ? inner.join('.') || path : variable ?? 'input');
  const enumName = /in "(\w+)" enum/.exec(formatted.message)?.[1] ?? /Value "[^"]*" does not exist in "(\w+)"/.exec(formatted.message)?.[1];
  // A scalar that names its own rule (YearMonth: isYearMonth) keeps it.
  const own = formatted.extensions?.constraint as string | undefined;
  const constraint = own ?? (type ? `is${type}` : enumName ? `is${enumName}` : 'invalid');
  return { ...formatted, extensions: { ...formatted.extensions, field, constraint, invalid: [{ field, constraint, message: formatted.message }] } };
}

/**
 * Two request errors Apollo and graphql-js raise without the API's code:
 * - an uncoded error Apollo answers with a 4xx status (a persisted query whose sha256Hash does
 *   not match its text, an unsupported persisted-query version) is the client's BAD_REQUEST, not
 *   an INTERNAL_SERVER_ERROR;
 * - an inline literal a scalar refuses (`date: "1800-01-01"`, an instant out of range) fails
 *   validation, where a variable with the same value is BAD_USER_INPUT: both are BAD_USER_INPUT,
 *   the field named from the literal's place in the document.
 */
function refineRequestError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = formatted.extensions?.code;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (code === 'INTERNAL_SERVER_ERROR' && error.extensions.code === undefined && status !== undefined && status >= 400 && status < 500) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  const literal = /^Expected value of type "([\w![\]]+)", found [\s\S]*?; /.exec(formatted.message);
  const loc = error.nodes?.[0]?.loc;
  if (code !== 'GRAPHQL_VALIDATION_FAILED' || !literal || !loc) return null;
  const field = literalFieldAt(loc.source.body, loc.start) ?? 'input';
  const constraint = `is${literal[1].replace(/[![\]]/g, '')}`;
  return {
    message: formatted.message, locations: formatted.locations,
    extensions: { code: 'BAD_USER_INPUT', field, constraint, invalid: [{ field, constraint, message: formatted.message }] },
  };
}
