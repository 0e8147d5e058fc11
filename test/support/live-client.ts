import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningApp } from '../../src/app';
import type { TestApp } from './test-app';

/**
 * A graphql-ws client for the e2e tests of the live subscriptions (issue 14 item 4): messages are
 * awaited one at a time with a bound, never a sleep.
 */

export type Event = { position: string; caseEvent: string | null; caseId: string | null; subjectId: string; officeId: string; topics: string[] };
export type Message = { data?: Record<string, Event | null> | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };

export const FIELDS = 'position caseEvent caseId subjectId officeId topics';
export const CASE_CHANGED = `subscription Watch($officeId: ID, $after: String) { caseChanged(officeId: $officeId, after: $after) { ${FIELDS} } }`;
export const WORKLIST = `subscription Worklist($caseManagerId: ID, $after: String) { worklistChanged(caseManagerId: $caseManagerId, after: $after) { ${FIELDS} } }`;
export const WAIT_MS = 15_000;

/**
 * One subscription's messages, awaited one at a time with a bound (never a sleep): `next()` is
 * the next message, `end()` how it ended (complete, or the error or close event).
 */
export class Subscription {
  readonly operationName: string | undefined;
  private readonly queue: Message[] = [];
  private readonly waiting: Array<(m: Message) => void> = [];
  private ending: unknown = undefined;
  private endWaiters: Array<(e: unknown) => void> = [];

  constructor(readonly client: Client, query: string, variables: Record<string, unknown>) {
    this.operationName = /^subscription (\w+)/.exec(query)?.[1];
    client.subscribe({ query, variables, operationName: this.operationName }, {
      next: (m) => { const w = this.waiting.shift(); if (w) w(m as Message); else this.queue.push(m as Message); },
      error: (e) => this.settle(e ?? 'error'),
      complete: () => this.settle('complete'),
    });
  }

  private settle(how: unknown) {
    this.ending = how;
    for (const w of this.endWaiters.splice(0)) w(how);
  }

  next(): Promise<Message> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return bounded(new Promise<Message>((resolve) => this.waiting.push(resolve)), 'the next message');
  }

  /** The next message's event (fails on an error message). */
  async event(): Promise<Event> {
    const m = await this.next();
    if (m.errors) throw new Error(JSON.stringify(m.errors));
    return Object.values(m.data!)[0]!;
  }

  /**
   * The first error of a refusal: an `error` message (refused before it ran: the subscription
   * ends with it) or a `next` carrying errors (refused by its resolver); fails on anything else.
   */
  async refusal(): Promise<{ message: string; extensions: Record<string, unknown> }> {
    const first = this.queue.shift() ?? await bounded(new Promise<Message | { ended: unknown }>((resolve) => {
      this.waiting.push(resolve);
      this.endWaiters.push((ended) => resolve({ ended }));
      if (this.ending !== undefined) resolve({ ended: this.ending });
    }), 'refusal');
    const errors = 'ended' in first ? (Array.isArray(first.ended) ? first.ended as Message['errors'] : undefined) : first.errors;
    if (!errors?.length) throw new Error(`expected an error, got ${JSON.stringify(first)}`);
    return errors[0];
  }

  /** Messages received and not yet read. */
  get queued(): number {
    return this.queue.length;
  }

  get ended(): boolean {
    return this.ending !== undefined;
  }

  end(): Promise<unknown> {
    if (this.ending !== undefined) return Promise.resolve(this.ending);
    return bounded(new Promise((resolve) => this.endWaiters.push(resolve)), 'the end of the subscription');
  }
}

export function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const limit = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS); });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Waits, without a timer, until `n` subscriptions stream from this instance (joined to its hub). */
export async function joined(running: RunningApp, n = 1, ...subscriptions: Subscription[]): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (running.live.subscriptions < n) {
    const ended = subscriptions.find((s) => s.ended);
    if (ended) throw new Error(`${ended.operationName ?? 'a subscription'} ended before it joined: ${JSON.stringify(await ended.end())}`);
    if (Date.now() > deadline) throw new Error(`fewer than ${n} subscriptions joined within ${WAIT_MS} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export const urlOf = (running: RunningApp) => `ws://127.0.0.1:${(running.httpServer.address() as AddressInfo).port}/graphql`;


/** Clients for one test file: `watch` subscribes on an instance with a token; `close` disposes them all. */
export function liveClients() {
  const clients: Client[] = [];
  const connectTo = (running: RunningApp, token?: string, onClosed?: (event: unknown) => void) => {
    const client = createClient({
      url: urlOf(running), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: onClosed ? { closed: onClosed } : undefined,
    });
    clients.push(client);
    return client;
  };
  return {
    connectTo,
    watch: (running: RunningApp, token: string | undefined, variables: Record<string, unknown> = {}, query = CASE_CHANGED) =>
      new Subscription(connectTo(running, token), query, variables),
    close: () => Promise.all(clients.map(async (c) => { await c.dispose(); })),
  };
}

/** The change feed as a reader pages it over HTTP: its end now, and the positions after a cursor. */
export function feedOf(app: TestApp, token: string) {
  return {
    end: async (): Promise<string | null> => {
      let cursor: string | null = null;
      for (;;) {
        const page: { endCursor: string | null; hasNextPage: boolean } = (await app.gql('query($after: String) { changes(first: 500, after: $after) { pageInfo { endCursor hasNextPage } } }', { after: cursor }, token)).data.changes.pageInfo;
        cursor = page.endCursor;
        if (!page.hasNextPage) return cursor;
      }
    },
    after: async (after: string | null): Promise<string[]> =>
      (await app.gql('query($after: String) { changes(first: 500, after: $after) { edges { node { position } } } }', { after }, token))
        .data.changes.edges.map((e: { node: { position: string } }) => e.node.position),
  };
}

/**
 * Waits until the feed shows each case's referral (REFERRED): a row shows only once every older
 * transaction (of the whole cluster) has ended, so a test that counts events starts after them.
 */
export async function referralsInFeed(app: TestApp, token: string, caseIds: readonly string[]): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const seen = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page: { edges: Array<{ node: { caseId: string; caseEvent: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = (await app.gql(
        'query($after: String) { changes(first: 500, after: $after) { edges { node { caseId caseEvent } } pageInfo { endCursor hasNextPage } } }', { after }, token)).data.changes;
      for (const { node } of page.edges) if (node.caseEvent === 'REFERRED') seen.add(node.caseId);
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    if (caseIds.every((id) => seen.has(id))) return;
    if (Date.now() > deadline) throw new Error(`the referrals were not in the feed within ${WAIT_MS} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
