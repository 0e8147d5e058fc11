import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../../../src/auth/current-user';
import type { ChangeEventEntity } from '../../../src/entities/change-event.entity';
import { createLogger } from '../../../src/logger';
import { ChangeHub, type HubSubscriber } from '../../../src/subscriptions/change-hub';
import type { ListenerHandlers } from '../../../src/subscriptions/change-listener';
import { compareFeed, type LiveFilter, type Revocation, type StaffState } from '../../../src/subscriptions/feed-order';
import type { TailRow } from '../../../src/subscriptions/live-feed.repository';

const row = (tx: number, pos: number, stable: boolean, officeId = 'o1'): TailRow =>
  ({ txId: String(tx), position: String(pos), officeId, caseManagerId: 'cm', topics: ['CASE_TRANSITION'], stable } as TailRow);

/** A hub on a fake feed (committed rows, each stable or not), fake staff and a fake listener. */
function hubOn(rows: TailRow[], staff: Map<string, StaffState>) {
  let handlers: ListenerHandlers | null = null;
  const listener = { started: 0, stopped: 0 };
  const hub = new ChangeHub({
    dataSource: {} as DataSource, connectionString: '', log: createLogger('silent'), recheckMs: 60_000,
    feed: {
      end: () => Promise.resolve(null),
      tail: (after, limit) => Promise.resolve(rows.filter((r) => !after || compareFeed(r, after) > 0).slice(0, limit)),
    },
    staffStates: (ids) => Promise.resolve(new Map([...staff].filter(([id]) => ids.includes(id)))),
    listener: (h) => {
      handlers = h;
      return { start: () => { listener.started += 1; return Promise.resolve(); }, stop: () => { listener.stopped += 1; return Promise.resolve(); } };
    },
  });
  const notice = () => handlers!.notice({ position: '0', officeId: 'o1', caseId: null, caseManagerId: 'cm' });
  return { hub, listener, notice };
}

class Recorder implements HubSubscriber {
  readonly pushes: string[][] = [];
  revoked: Revocation | null = null;
  closed = false;
  private waiter: (() => void) | null = null;
  constructor(readonly user: CurrentUser, readonly filter: LiveFilter = { officeId: 'o1', caseManagerId: null, topics: ['CASE_TRANSITION'] }, readonly expiresAtMs: number | null = null) {}
  push(rows: readonly ChangeEventEntity[]) { this.pushes.push(rows.map((r) => r.position)); this.waiter?.(); }
  revoke(r: Revocation) { this.revoked = r; this.waiter?.(); }
  close() { this.closed = true; }
  /** Resolves at the next push or revocation. */
  delivered() { return new Promise<void>((resolve) => { this.waiter = resolve; }); }
}

const partner: CurrentUser = { id: 'p1', name: 'P', email: 'p@x', role: 'PARTNER', officeId: 'o1' };
const active = new Map<string, StaffState>([['p1', { active: true, role: 'PARTNER', officeId: 'o1' }]]);

describe('the change hub: one per instance, the feed delivered live (issue 14 item 4)', () => {
  it('delivers only the feed\'s stable prefix: a committed row waits for an older transaction, then comes in feed order', async () => {
    const rows: TailRow[] = [];
    const { hub, notice } = hubOn(rows, active);
    const sub = new Recorder(partner);
    expect(await hub.join(sub)).toBeNull();
    // Row 2 (transaction 11) committed; transaction 10 still runs, so row 2 is not stable yet; row 1 is.
    rows.push(row(9, 1, true), row(11, 2, false));
    let delivered = sub.delivered();
    notice();
    await delivered;
    expect(sub.pushes).toEqual([['1']]);
    // Transaction 10 commits its row 3: now 10's and 11's rows are in the feed, 10 first.
    rows.splice(1, 1, row(10, 3, true), row(11, 2, true));
    delivered = sub.delivered();
    notice();
    await delivered;
    expect(sub.pushes).toEqual([['1'], ['3', '2']]);
    await hub.stop();
  });

  it('routes rows by office; a subscriber whose account is no longer active is revoked instead of served', async () => {
    const rows = [row(1, 1, true, 'o2')];
    const { hub, notice } = hubOn(rows, new Map([['p1', { active: false, role: 'PARTNER', officeId: 'o1' }]]));
    const sub = new Recorder(partner);
    const wsta = new Recorder({ ...partner, id: 'w1', role: 'WSTA' }, { officeId: null, caseManagerId: null, topics: ['CASE_TRANSITION'] });
    await hub.join(sub);
    await hub.join(wsta);
    rows.push(row(2, 2, true, 'o1'));
    const delivered = sub.delivered();
    notice();
    await delivered;
    expect(sub.revoked?.code).toBe('UNAUTHENTICATED');
    expect(sub.pushes).toEqual([]);
    // WSTA (every office) got both offices' rows, and is gone from staff (not found): revoked too.
    expect(wsta.revoked?.code).toBe('UNAUTHENTICATED');
    await hub.stop();
  });

  it('a newcomer starts at the feed\'s end, after what is due to those already listening; stop() closes everyone and the listener', async () => {
    const rows = [row(1, 1, true)];
    const { hub, listener } = hubOn(rows, active);
    const first = new Recorder(partner);
    await hub.join(first);
    rows.push(row(2, 2, true));
    const second = new Recorder(partner);
    expect(await hub.join(second)).toEqual({ txId: '2', position: '2' });
    expect(first.pushes).toEqual([['1', '2']]);
    expect(listener.started).toBe(1);
    await hub.stop();
    expect([first.closed, second.closed, listener.stopped, hub.size]).toEqual([true, true, 1, 0]);
  });
});
