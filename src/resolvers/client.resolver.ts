import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { ClientType } from '../schema/client.type';
import { HouseholdMemberType } from '../schema/household-member.type';

@Resolver(() => ClientType)
export class ClientResolver {
  @Authorized() @Query(() => ClientType, { nullable: true, description: 'One client, readable through one of their cases; null (with an error naming why) when not, so the rest of the document still answers' })
  client(@Arg('id', () => ID, { description: 'The client\'s id' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.cases.findClient(requireUser(ctx), id);
  }

  @FieldResolver(() => [HouseholdMemberType], { description: 'The other members of the client\'s household, as recorded at referral' })
  household(@Root() client: ClientType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.householdByClientId.load(client.id);
  }
}
