import { ArgsType, Field, ID, type PubSub } from 'type-graphql';
import type { ChangeTopic } from '../change-feed/change-topics';
import { ChangeFilterInput } from './change-event.type';

/** The Subscription root's description (the root has no decorator to carry it; build-schema.ts sets it). */
export const SUBSCRIPTION_ROOT_DESCRIPTION = 'Live updates over graphql-ws (WebSocket, subprotocol graphql-transport-ws) on /graphql: the change feed as it happens, resumable from a position';

/**
 * type-graphql 2.0.0-rc.4 asks for a PubSub whenever the schema has a subscription, even when
 * every one has its own `subscribe` (ours read the change feed: src/subscriptions). None is used;
 * this one says so if anything ever tries.
 */
export const NO_PUBSUB: PubSub = {
  publish: () => { throw new Error('No PubSub: subscriptions stream the change feed (src/subscriptions)'); },
  subscribe: () => { throw new Error('No PubSub: subscriptions stream the change feed (src/subscriptions)'); },
};

const AFTER = 'Resume after this position (a ChangeEvent.position you received, or an endCursor of changes): first the feed from there, then live, with no gap and no repeat';

@ArgsType()
export class CaseChangedArgs {
  @Field(() => ID, { nullable: true, description: 'The office (default: your own; WSTA: every office when none is named)' }) officeId?: string | null;
  @Field(() => String, { nullable: true, description: AFTER }) after?: string | null;
  @Field(() => ChangeFilterInput, { nullable: true, description: 'Which topics (default: every topic your role reads in the feed)' }) filter?: { topics?: ChangeTopic[] | null } | null;
}

@ArgsType()
export class WorklistChangedArgs {
  @Field(() => ID, { nullable: true, description: 'The case manager (default: yourself, when you are one)' }) caseManagerId?: string | null;
  @Field(() => String, { nullable: true, description: AFTER }) after?: string | null;
  @Field(() => ChangeFilterInput, { nullable: true, description: 'Which topics (default: every topic of the worklist you read)' }) filter?: { topics?: ChangeTopic[] | null } | null;
}
