import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { CaseEventEnum } from './case-event.enum';
import { CaseStateType } from './case-state.type';

/** The refusals a user can cause and act on; each is a type of its own with its facts. */
export enum UserErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation was refused; the same codes as `extensions.code` on top-level errors',
  valuesConfig: {
    BAD_USER_INPUT: { description: 'The input breaks a rule: see `field`, `constraint` and `invalid` on InputError' },
    FORBIDDEN: { description: 'The signed-in user may not do this (role, office or caseload)' },
    NOT_FOUND: { description: 'No record with that id' },
    TRANSITION_NOT_ALLOWED: { description: "The case's lifecycle does not allow this event now: see `reason` and `allowedEvents`" },
    VERSION_CONFLICT: { description: 'Someone changed the case since `expectedVersion`: re-read it and decide again' },
    IDEMPOTENCY_KEY_REUSED: { description: 'This clientMutationId was already used with other input or another mutation' },
  },
});

@InterfaceType({
  description: 'A refusal the user can act on, returned in a payload\'s `userErrors` (the write did not happen). Switch on `__typename` or `code`.',
  resolveType: (value: { constructor: { name: string } }) => value.constructor.name,
})
export abstract class UserError {
  @Field(() => UserErrorCode, { description: 'Stable code to switch on' }) code: UserErrorCode;
  @Field({ description: 'Human-readable, for the person at the screen; not for parsing' }) message: string;
}

@ObjectType({ description: 'One rule one input value breaks' })
export class InvalidValue {
  @Field({ description: 'The input field, as a dotted path from the input object (e.g. `client.dateOfBirth`)' }) field: string;
  @Field({ description: 'The rule it breaks (e.g. `isUUID`, `notInFuture`, `eaNoteRequired`)' }) constraint: string;
  @Field({ description: 'What to tell the user' }) message: string;
}

@ObjectType({ implements: UserError, description: 'BAD_USER_INPUT: the input breaks a rule; nothing was written' })
export class InputError extends UserError {
  @Field(() => String, { nullable: true, description: 'The first field at fault (also in `invalid`)' }) field: string | null;
  @Field(() => String, { nullable: true, description: 'The first rule broken (also in `invalid`)' }) constraint: string | null;
  @Field(() => [InvalidValue], { description: 'Every value at fault, for a form to mark each field' }) invalid: InvalidValue[];
}

@ObjectType({ implements: UserError, description: 'FORBIDDEN: the signed-in user may not do this' })
export class ForbiddenError extends UserError {}

@ObjectType({ implements: UserError, description: 'NOT_FOUND: no record with that id' })
export class NotFoundError extends UserError {
  @Field(() => ID, { nullable: true, description: 'The id that was not found' }) id: string | null;
}

@ObjectType({ implements: UserError, description: "TRANSITION_NOT_ALLOWED: the case's lifecycle refuses the event now; nothing was written" })
export class TransitionNotAllowedError extends UserError {
  @Field(() => CaseEventEnum, { description: 'The lifecycle event refused' }) event: string;
  // The value is the stored path text; CaseState's own resolvers give its nodes, phase and path.
  @Field(() => CaseStateType, { description: 'The case state it was refused in' }) state: string;
  @Field({ description: 'Why, in words a caseworker understands, citing the rule' }) reason: string;
  @Field(() => [CaseEventEnum], { description: 'The events the user could send in this state instead' }) allowedEvents: string[];
}

@ObjectType({ implements: UserError, description: 'VERSION_CONFLICT: the case changed since the version the client saw; nothing was written' })
export class VersionConflictError extends UserError {
  @Field({ description: 'The case version now' }) currentVersion: number;
  @Field(() => Number, { nullable: true, description: 'The version the request expected' }) expectedVersion: number | null;
}

@ObjectType({ implements: UserError, description: 'IDEMPOTENCY_KEY_REUSED: the clientMutationId was used before with other input; nothing was written' })
export class IdempotencyKeyReusedError extends UserError {
  @Field({ description: 'The key that was reused' }) clientMutationId: string;
}

export const USER_ERROR_TYPES = [InputError, ForbiddenError, NotFoundError, TransitionNotAllowedError, VersionConflictError, IdempotencyKeyReusedError] as const;
