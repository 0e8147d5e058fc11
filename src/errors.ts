import { GraphQLError } from 'graphql';

/** The error codes a client can act on; every error the API returns carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'TRANSITION_NOT_ALLOWED'
  | 'VERSION_CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const unauthenticated = (message = 'Sign in: send Authorization: Bearer <token>') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} not found`, { id });
/** One input value at fault: the same shape in every BAD_USER_INPUT (top-level `extensions` or InputError). */
export interface InvalidInput { field: string; constraint: string; message: string }

/** BAD_USER_INPUT with `field`, `constraint` and `invalid[]`, as class-validator failures carry them. */
export const badInput = (message: string, field = 'input', constraint = 'invalid') =>
  new AppError('BAD_USER_INPUT', message, { field, constraint, invalid: [{ field, constraint, message }] });

/** BAD_USER_INPUT for several values at once; `field`/`constraint` name the first. */
export const badInputs = (message: string, invalid: readonly InvalidInput[]) =>
  new AppError('BAD_USER_INPUT', message, { field: invalid[0]?.field ?? 'input', constraint: invalid[0]?.constraint ?? 'invalid', invalid });

/** A clientMutationId already used, within 24 hours, by this user with another mutation or other input. */
export const idempotencyKeyReused = (clientMutationId: string, usedWith: string) =>
  new AppError('IDEMPOTENCY_KEY_REUSED', `clientMutationId ${clientMutationId} was already used with other input (${usedWith}); send a new one for a new request`, { clientMutationId });
