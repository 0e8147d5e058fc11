import { Field, ObjectType, type ClassType } from 'type-graphql';
import { CaseStateType, type CaseStatePath } from './case-state.type';
import { CaseType } from './case.type';
import { MutationPayload } from './mutation-payload';

/**
 * The success fields every lifecycle mutation's payload carries: the case after the event, with
 * the states it moved between (all null when the event was refused; see `userErrors`). Each
 * lifecycle mutation has its own payload type built on this (`RecordFsspSignedPayload`, ...).
 */
@ObjectType('CaseTransitionPayloadBase')
export abstract class CaseTransitionResultType extends MutationPayload {
  @Field(() => CaseType, { nullable: true, description: 'The case after the event (its new version); null when refused' }) case?: CaseType | null;
  @Field(() => CaseStateType, { nullable: true, description: 'The state the case was in before the event; null when refused' }) fromState?: CaseStatePath | null;
  @Field(() => CaseStateType, { nullable: true, description: 'The state the case is in after the event; null when refused' }) toState?: CaseStatePath | null;
}

const byName = new Map<string, ClassType<CaseTransitionResultType>>();

/**
 * The payload type of one lifecycle mutation, e.g. `caseTransitionPayload('recordFsspSigned')` is
 * `RecordFsspSignedPayload`.
 */
export function caseTransitionPayload(mutation: string): ClassType<CaseTransitionResultType> {
  const name = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Payload`;
  let type = byName.get(name);
  if (!type) {
    abstract class Payload extends CaseTransitionResultType {}
    Object.defineProperty(Payload, 'name', { value: name });
    ObjectType(name, { description: `The result of ${mutation}: the case and its move, or why it was refused` })(Payload);
    type = Payload as unknown as ClassType<CaseTransitionResultType>;
    byName.set(name, type);
  }
  return type;
}
