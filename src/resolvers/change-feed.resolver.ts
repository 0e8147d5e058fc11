import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import { ChangeEventConnectionType, ChangeEventType, ChangesArgs } from '../schema/change-event.type';
import { changeEventOf } from '../change-feed/change-event-view';
import { decodeCursor, toPage } from '../schema/page-info.cursor';
import { TOP_LEVEL_CURSORS } from '../schema/page-info.orders';

const { name, valid } = TOP_LEVEL_CURSORS.changes;

/** The change feed (issue 14): what partners pull, and resume after restarts from a position. */
@Resolver(() => ChangeEventType)
export class ChangeFeedResolver {
  @Authorized(...PERMISSIONS.readChanges)
  @Query(() => ChangeEventConnectionType, { description: 'The change feed: your office\'s partner-relevant changes (every office for WSTA), in feed order, after a cursor. Thin entries; read the records through the API. No change is skipped or repeated when paged with endCursor, also across restarts' })
  async changes(@Args() { first, after, filter }: ChangesArgs, @Ctx() ctx: RequestContext) {
    const key = after ? decodeCursor(name, after, valid) : null;
    const page = await ctx.services.changeFeed.page(requireUser(ctx), { topics: filter?.topics }, first, key ? { txId: String(key[0]), position: String(key[1]) } : null);
    const edges = page.rows.map((row) => { const node = changeEventOf(row); return { cursor: node.position, node }; });
    const connection = toPage(edges, { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after) }, () => Promise.resolve(edges.length));
    // An empty page keeps the consumer's place: endCursor is the after it gave.
    return { ...connection, pageInfo: { ...connection.pageInfo, endCursor: connection.pageInfo.endCursor ?? after ?? null } };
  }
}
