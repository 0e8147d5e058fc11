import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../dates';
import { badInput, notFound } from '../errors';
import { EligibilityNoticeRepository } from '../repositories/eligibility-notice.repository';
import type { Clock } from './clock';

/** The Eligibility outbox: what an integration partner pulls and acknowledges (EXM-1, MGT-5). */
export class EligibilityNoticeService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** Notices of the user's office (all offices for WSTA), oldest first; `pending` ones not yet acknowledged. */
  async list(user: CurrentUser, pending: boolean, first: number) {
    const office = AccessPolicy.officeScope(user, null);
    const rows = await new EligibilityNoticeRepository(this.dataSource.manager).list(office, pending, first);
    const today = alaskaDateOf(this.clock.now());
    return rows.map((r) => ({ ...r, overdue: !r.acknowledgedAt && r.dueOn < today }));
  }

  /** Eligibility (a PARTNER of the office) confirms it received a notice; once only. */
  async acknowledge(user: CurrentUser, id: string) {
    AccessPolicy.assertMay(user, 'acknowledgeEligibilityNotice', 'Only the Eligibility integration (PARTNER) acknowledges notices');
    if (!/^\d{1,18}$/.test(id)) throw notFound('Eligibility notice', id);
    const notices = new EligibilityNoticeRepository(this.dataSource.manager);
    if ((await notices.officeOf(id)) !== user.officeId) throw notFound('Eligibility notice', id);
    const row = await notices.acknowledge(id, this.clock.now(), user.id);
    if (!row) throw badInput(`Eligibility notice ${id} was already acknowledged`, 'id', 'notAcknowledged');
    return { ...row, overdue: false };
  }
}
