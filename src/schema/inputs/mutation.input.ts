import { IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/**
 * What every mutation input carries: the client's idempotency key (Relay's clientMutationId).
 * A retry with the same key and the same input gets the first response and writes nothing; the
 * same key with other input is refused with IDEMPOTENCY_KEY_REUSED. Keys are the user's own and
 * kept 24 hours (src/services/transaction.ts).
 */
@InputType()
export abstract class MutationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key, unique per request you mean (e.g. a UUID made when the user pressed the button): a retry with the same key and input returns the first response and writes nothing; reusing it with other input is refused with IDEMPOTENCY_KEY_REUSED. Kept 24 hours, per user.',
  })
  @IsOptional() @IsString() @Length(1, 255) clientMutationId?: string | null;
}
