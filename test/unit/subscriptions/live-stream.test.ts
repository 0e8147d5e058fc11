import type { CurrentUser } from '../../../src/auth/current-user';
import type { ChangeEventEntity } from '../../../src/entities/change-event.entity';
import { compareFeed, type LiveFilter, type Revocation } from '../../../src/subscriptions/feed-order';
import { LiveStream } from '../../../src/subscriptions/live-stream';

const user: CurrentUser = { id: 'p1', name: 'P', email: 'p@x', role: 'PARTNER', officeId: 'o1' };
const filter: LiveFilter = { officeId: 'o1', caseManagerId: null, topics: ['CASE_TRANSITION'] };
const row = (n: number): ChangeEventEntity => ({ txId: String(100 + n), position: String(n), officeId: 'o1', caseManagerId: 'cm', topics: ['CASE_TRANSITION'] } as ChangeEventEntity);
const cursor = (n: number) => ({ txId: String(100 + n), position: String(n) });

/** A feed of rows 1..n: replay returns the rows after a cursor, a page at a time. */
function source(feed: ChangeEventEntity[], revocation: () => Revocation | null = () => null) {
  const left: LiveStream[] = [];
  const reads: Array<string | null> = [];
  return {
    left, reads,
    replay: (_f: LiveFilter, after: { txId: string; position: string } | null, limit: number) => {
      reads.push(after?.position ?? null);
      return Promise.resolve(feed.filter((r) => !after || compareFeed(r, after) > 0).slice(0, limit));
    },
    revocationFor: () => Promise.resolve(revocation()),
    leave: (s: LiveStream) => { left.push(s); },
  };
}
const positions = async (stream: LiveStream, n: number) => {
  const got: string[] = [];
  while (got.length < n) got.push((await stream.next()).value!.position);
  return got;
};

describe('a live subscription\'s stream (issue 14 item 4)', () => {
  it('without after: starts where it joined and delivers pushed rows in order, none before its start', async () => {
    const stream = new LiveStream(filter, user, null, source([]), null);
    stream.startAt(cursor(2));
    stream.push([row(2), row(3)]);
    stream.push([row(4)]);
    expect(await positions(stream, 2)).toEqual(['3', '4']);
  });

  it('with after: catches up from the feed page by page, then the live rows queued meanwhile, with no gap and no repeat at the seam', async () => {
    const feed = [1, 2, 3, 4, 5, 6].map(row);
    const src = source(feed);
    const stream = new LiveStream(filter, user, null, src, cursor(1), { page: 2, maxQueued: 100 });
    stream.startAt(cursor(4));
    // The hub pushes what came after it joined (5, 6), and more later (7).
    stream.push([row(5), row(6)]);
    expect(await positions(stream, 5)).toEqual(['2', '3', '4', '5', '6']);
    stream.push([row(7)]);
    expect(await positions(stream, 1)).toEqual(['7']);
    expect(src.reads).toEqual(['1', '3', '5']);
  });

  it('a subscriber that falls behind drops its queue and catches up from the feed from its last row', async () => {
    const feed = [1, 2, 3, 4, 5].map(row);
    const src = source(feed);
    const stream = new LiveStream(filter, user, null, src, null, { page: 10, maxQueued: 2 });
    stream.startAt(cursor(0));
    stream.push([row(1)]);
    expect(await positions(stream, 1)).toEqual(['1']);
    stream.push([row(2), row(3), row(4)]);
    stream.push([row(5)]);
    expect(await positions(stream, 4)).toEqual(['2', '3', '4', '5']);
    expect(src.reads).toEqual(['1']);
  });

  it('a revoked subscription fails with its code and then ends; return() ends a waiting one at once and leaves the hub', async () => {
    const src = source([]);
    const revoked = new LiveStream(filter, user, null, src, null);
    const waiting = revoked.next();
    revoked.revoke({ code: 'UNAUTHENTICATED', message: 'inactive' });
    await expect(waiting).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await revoked.next()).toEqual({ done: true, value: undefined });
    const idle = new LiveStream(filter, user, null, src, null);
    const pending = idle.next();
    await idle.return();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(src.left).toEqual([revoked, idle]);
  });

  it('a catch-up is read only while the account may still read it', async () => {
    const stream = new LiveStream(filter, user, null, source([row(1)], () => ({ code: 'FORBIDDEN', message: 'Your role or office changed' })), cursor(0));
    await expect(stream.next()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
