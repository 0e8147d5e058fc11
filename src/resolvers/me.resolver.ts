import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { OfficeType } from '../schema/office.type';
import { StaffType } from '../schema/staff.type';

@Resolver(() => StaffType)
export class StaffResolver {
  @Authorized() @Query(() => StaffType, { description: 'The signed-in staff member' })
  me(@Ctx() ctx: RequestContext) {
    return requireUser(ctx);
  }

  @FieldResolver(() => OfficeType)
  office(@Root() staff: StaffType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.officeById.load(staff.officeId);
  }
}
