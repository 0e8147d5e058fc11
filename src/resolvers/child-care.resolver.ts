import { IsBoolean, IsUUID } from 'class-validator';
import { PERMISSIONS } from '../auth/roles';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { CaseType } from '../schema/case.type';

@InputType({ description: 'SS-3 / 45 CFR 261.32: whether child care is authorized for the case, and whether federally funded' })
class RecordChildCareAuthorizationInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsBoolean() authorized: boolean;
  @Field({ defaultValue: false }) @IsBoolean() federallyFunded: boolean;
}

@Resolver()
export class ChildCareResolver {
  @Authorized(...PERMISSIONS.recordChildCare) @Mutation(() => CaseType)
  recordChildCareAuthorization(@Arg('input') input: RecordChildCareAuthorizationInput, @Ctx() ctx: RequestContext) {
    return ctx.services.childCare.record(requireUser(ctx), input);
  }
}
