import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { AccessLogEntryConnectionType, AccessLogEntryType } from '../schema/access-log.type';
import { decodeCursor, encodeCursor, toPage } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { StaffType } from '../schema/staff.type';

const isRowNumber = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
/** isInstant is the strict check every list uses: a real day and time (PostgreSQL refuses 2026-02-30 or 25:00 with an error). */
export const ACCESS_LOG_CURSOR = { name: 'AccessLog', valid: [isInstant, isRowNumber] } as const;

@ArgsType()
class AccessLogArgs {
  @Field(() => ID, { nullable: true, description: 'Entries of this client (client(id) must be readable); with staff, both must match' }) @IsOptional() @IsUUID() client?: string | null;
  @Field(() => ID, { nullable: true, description: 'Entries of this staff member (of an office you read)' }) @IsOptional() @IsUUID() staff?: string | null;
  @Field(() => Int, { defaultValue: 50, description: 'At most this many entries (1-500)' }) @Min(1) @Max(500) first: number;
  @Field(() => String, { nullable: true, description: 'An endCursor of this list: the entries after it' }) @IsOptional() after?: string | null;
}

/** Who viewed whom (issue 11): MANAGER and WSTA read it per client and per staff member. */
@Resolver(() => AccessLogEntryType)
export class AccessLogResolver {
  @Authorized(...PERMISSIONS.readAccessLog) @Query(() => AccessLogEntryConnectionType, { description: 'Who viewed whom: reads of a client\'s record, newest first, per client and/or per staff member (MANAGER, WSTA)' })
  async accessLog(@Args() { client, staff, first, after }: AccessLogArgs, @Ctx() ctx: RequestContext) {
    const key = after ? decodeCursor(ACCESS_LOG_CURSOR.name, after, ACCESS_LOG_CURSOR.valid) : null;
    const page = await ctx.services.accessLog.list(requireUser(ctx), { clientId: client, staffId: staff }, first,
      key ? { accessedAt: String(key[0]), id: String(key[1]) } : null);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(ACCESS_LOG_CURSOR.name, [node.cursorAt, Number(node.id)]), node }));
    return toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, page.countTotal);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The staff member who read it' })
  staff(@Root() entry: AccessLogEntryType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.staffById.load(entry.staffId);
  }
}
