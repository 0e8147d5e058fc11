import { Args, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { requireUser, type RequestContext } from '../context';
import type { ChangeEventEntity } from '../entities/change-event.entity';
import { ChangeEventType } from '../schema/change-event.type';
import { CaseChangedArgs, WorklistChangedArgs } from '../schema/subscription.type';
import { liveOf } from '../subscriptions/live-context';
import { changeEventOf } from '../change-feed/change-event-view';

/**
 * Issue 14 item 4: the change feed, live, over graphql-ws. Each event is the feed's own thin
 * ChangeEvent (its position resumes the subscription, or pages `changes`); the streams and their
 * authorization live in src/subscriptions.
 */
@Resolver(() => ChangeEventType)
export class LiveUpdatesResolver {
  @Authorized(...PERMISSIONS.readChanges)
  @Subscription(() => ChangeEventType, {
    description: 'An office\'s partner-relevant changes as they happen (the change feed, live; every office for WSTA when none is named). With after, the feed from that position first. Thin entries: read the records through the API',
    subscribe: ({ args, context }: { args: CaseChangedArgs; context: RequestContext }) =>
      liveOf(context).updates.caseChanged(requireUser(context), args, liveOf(context).tokenExpiresAtMs),
  })
  caseChanged(@Root() row: ChangeEventEntity, @Args() _args: CaseChangedArgs): ChangeEventType {
    return changeEventOf(row);
  }

  @Authorized(...PERMISSIONS.watchWorklist)
  @Subscription(() => ChangeEventType, {
    description: 'A case manager\'s worklist as it changes: every change of their cases (a case manager their own; a SUPERVISOR or MANAGER one of their office; WSTA any). With after, the feed from that position first',
    subscribe: ({ args, context }: { args: WorklistChangedArgs; context: RequestContext }) =>
      liveOf(context).updates.worklistChanged(requireUser(context), args, liveOf(context).tokenExpiresAtMs),
  })
  worklistChanged(@Root() row: ChangeEventEntity, @Args() _args: WorklistChangedArgs): ChangeEventType {
    return changeEventOf(row);
  }
}
