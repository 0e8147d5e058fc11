import { IsInt, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MutationInput } from './mutation.input';

/**
 * Every lifecycle mutation names its case and the version the client saw. The version is
 * required: leaving it out would silently skip the check that nobody changed the case meanwhile.
 */
@InputType()
export abstract class CaseEventInput extends MutationInput {
  @Field(() => ID, { description: 'The case the event is for' }) @IsUUID() caseId: string;
  @Field(() => Int, { description: 'The case version the client saw (Case.version); a stale one is refused with VERSION_CONFLICT' })
  @IsInt() @Min(1) expectedVersion: number;
}
