import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../dates';
import { notFound } from '../errors';
import { EligibilityNoticeRepository } from '../repositories/eligibility-notice.repository';
import { rowIdOf } from '../schema/node.id';
import type { Clock } from './clock';
import { writeTransaction } from './transaction';

/** The Eligibility outbox: what an integration partner pulls and acknowledges (EXM-1, MGT-5). */
export class EligibilityNoticeService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** Notices of the user's office (all offices for WSTA), oldest first, keyset-paged; `pending` ones not yet acknowledged. */
  async list(user: CurrentUser, pending: boolean, first: number, after: { createdAt: string; id: string } | null = null) {
    const office = AccessPolicy.officeScope(user, null);
    const notices = new EligibilityNoticeRepository(this.dataSource.manager);
    const rows = await notices.list(office, pending, first + 1, after);
    return { rows: this.withOverdue(rows.slice(0, first)), hasNextPage: rows.length > first, countTotal: () => notices.count(office, pending) };
  }

  /** Notices by id with their office, for node(id) (the caller checks access). */
  async byIds(ids: readonly string[]) {
    return this.withOverdue(await new EligibilityNoticeRepository(this.dataSource.manager).byIds(ids));
  }

  private withOverdue<T extends { acknowledgedAt: Date | null; dueOn: string }>(rows: T[]): Array<T & { overdue: boolean }> {
    const today = alaskaDateOf(this.clock.now());
    return rows.map((r) => ({ ...r, overdue: !r.acknowledgedAt && r.dueOn < today }));
  }

  /**
   * Eligibility (a PARTNER of the office) confirms it received a notice. Acknowledging it again (a
   * retry after a timeout) succeeds and returns the notice as first acknowledged: who and when stay.
   */
  async acknowledge(user: CurrentUser, noticeId: string) {
    AccessPolicy.assertMay(user, 'acknowledgeEligibilityNotice', 'Only the Eligibility integration (PARTNER) acknowledges notices');
    // The notice's global id (README "Relay"), or the bare row number clients stored before.
    const id = rowIdOf('EligibilityNotice', noticeId);
    if (!id) throw notFound('Eligibility notice', noticeId);
    return writeTransaction(this.dataSource, async (manager) => {
      const notices = new EligibilityNoticeRepository(manager);
      if ((await notices.officeOf(id)) !== user.officeId) throw notFound('Eligibility notice', noticeId);
      // A separate statement after the UPDATE: it sees an acknowledgement a concurrent request just committed.
      const row = (await notices.acknowledge(id, this.clock.now(), user.id)) ?? (await notices.byIds([id]))[0];
      if (!row) throw notFound('Eligibility notice', noticeId);
      return { ...row, overdue: false };
    });
  }
}
