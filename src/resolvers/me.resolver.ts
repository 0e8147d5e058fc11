import { IsOptional, IsUUID } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireUser, type RequestContext } from '../context';
import { OfficeType } from '../schema/office.type';
import { StaffRoleEnum } from '../schema/enums';
import { StaffType } from '../schema/staff.type';

@ArgsType()
class StaffArgs {
  @Field(() => ID, { nullable: true, description: 'Only staff of this office (within the offices you may read)' }) @IsOptional() @IsUUID() office?: string;
  @Field(() => StaffRoleEnum, { nullable: true, description: 'Only staff with this role (e.g. CASE_MANAGER for referClient)' }) @IsOptional() role?: StaffRoleEnum;
}

@Resolver(() => StaffType)
export class StaffResolver {
  @Authorized() @Query(() => StaffType, { description: 'The signed-in staff member' })
  me(@Ctx() ctx: RequestContext) {
    return requireUser(ctx);
  }

  @Authorized() @Query(() => [OfficeType], { description: 'Offices you may read (every office for WSTA)' })
  offices(@Ctx() ctx: RequestContext) {
    return ctx.services.staff.offices(requireUser(ctx));
  }

  @Authorized() @Query(() => [StaffType], { description: 'Active staff of an office you may read, e.g. case managers to assign' })
  staff(@Args() { office, role }: StaffArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.staff.staffOf(requireUser(ctx), { officeId: office, role });
  }

  @FieldResolver(() => OfficeType, { description: 'The office the staff member works in' })
  office(@Root() staff: StaffType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.officeById.load(staff.officeId);
  }
}
