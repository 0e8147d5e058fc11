import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { ClientType } from '../schema/client.type';
import { HouseholdMemberType } from '../schema/household-member.type';

@Resolver(() => ClientType)
export class ClientResolver {
  @Authorized() @Query(() => ClientType)
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.cases.findClient(requireUser(ctx), id);
  }

  @FieldResolver(() => [HouseholdMemberType])
  household(@Root() client: ClientType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.householdByClientId.load(client.id);
  }
}
