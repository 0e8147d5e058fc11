import { IsBoolean, IsUUID } from 'class-validator';
import { RecordChildCareAuthorizationPayload } from '../schema/payloads';
import { PERMISSIONS } from '../auth/roles';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { MutationInput } from '../schema/inputs/mutation.input';

@InputType({ description: 'SS-3 / 45 CFR 261.32: whether child care is authorized for the case, and whether federally funded' })
class RecordChildCareAuthorizationInput extends MutationInput {
  @Field(() => ID, { description: 'The case' }) @IsUUID() caseId: string;
  @Field({ description: 'Child care is authorized (SS-3 then asks for its request before the 1st of each month)' }) @IsBoolean() authorized: boolean;
  @Field({ defaultValue: false, description: 'The child care is federally funded (two-parent families then need 55/50 hours, 45 CFR 261.32)' }) @IsBoolean() federallyFunded: boolean;
}

@Resolver()
export class ChildCareResolver {
  @Authorized(...PERMISSIONS.recordChildCare) @Mutation(() => RecordChildCareAuthorizationPayload, { description: 'SS-3: whether child care is authorized and federally funded (45 CFR 261.32)' })
  async recordChildCareAuthorization(@Arg('input', { description: 'What to record, and a clientMutationId that makes a retry safe' }) input: RecordChildCareAuthorizationInput, @Ctx() ctx: RequestContext) {
    return { case: await ctx.services.childCare.record(requireUser(ctx), input) };
  }
}
