import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** Every lifecycle mutation names its case and may say which version it saw. */
@InputType()
export abstract class CaseEventInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int, { nullable: true, description: 'The case version the client saw; a stale one is refused with VERSION_CONFLICT' })
  @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
}
