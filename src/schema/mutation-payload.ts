import { Field, ObjectType, type ClassType } from 'type-graphql';
import { UserError } from './user-error.type';

/**
 * What every mutation returns: its own payload type, with the success fields (null when refused),
 * the client's `clientMutationId` echoed, and `userErrors` (empty on success). A refusal is data,
 * not a thrown error, so a document with several mutations keeps each one's outcome.
 */
// Decorated so type-graphql gives its fields to every payload that extends it; no field returns
// it, so it is not in the schema itself.
@ObjectType('MutationPayloadBase')
export abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: 'The clientMutationId the request sent (its idempotency key), echoed' })
  clientMutationId?: string | null;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded. Nothing was written when it is not empty.' })
  userErrors?: UserError[];
}

/**
 * A payload type `name` with one success field, e.g. `ReferClientPayload { case: Case }`.
 *
 * @example
 * export const ReferClientPayload = entityPayload('ReferClientPayload', 'case', () => CaseType, 'The case created by the referral');
 */
export function entityPayload(name: string, fieldName: string, type: () => ClassType, description: string): ClassType<MutationPayload> {
  abstract class Payload extends MutationPayload {}
  Object.defineProperty(Payload, 'name', { value: name });
  Field(type, { nullable: true, description: `${description}; null when refused` })(Payload.prototype, fieldName);
  ObjectType(name, { description: `The result of ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())}` })(Payload);
  return Payload as unknown as ClassType<MutationPayload>;
}
