import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { badInput, notFound } from '../errors';
import { AccessLogRepository, type AccessLogFilter } from '../repositories/access-log.repository';
import { CaseRepository } from '../repositories/case.repository';
import { ClientRepository } from '../repositories/client.repository';
import { StaffRepository } from '../repositories/staff.repository';
import { assertRecordId } from '../services/ids';

/**
 * Who viewed whom, for the people who audit it (MANAGER of the office, WSTA): per client, per
 * staff member, or both, newest first. A MANAGER reads the log of a client of their office (as
 * client(id) would) and of the staff of their office; WSTA reads every office.
 */
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  private async assertMayRead(user: CurrentUser, filter: AccessLogFilter): Promise<void> {
    AccessPolicy.assertMay(user, 'readAccessLog', 'The access log is read by MANAGER or WSTA');
    if (!filter.clientId && !filter.staffId) throw badInput('Name a client, a staff member, or both', 'client', 'clientOrStaff');
    const m = this.dataSource.manager;
    if (filter.clientId) {
      assertRecordId('Client', filter.clientId);
      if (!(await new ClientRepository(m).findById(filter.clientId))) throw notFound('Client', filter.clientId);
      AccessPolicy.assertCanReadClient(user, await new CaseRepository(m).officesOfClient(filter.clientId));
    }
    if (filter.staffId) {
      assertRecordId('Staff', filter.staffId);
      const [staff] = await new StaffRepository(m).byIds([filter.staffId]);
      if (!staff) throw notFound('Staff', filter.staffId);
      AccessPolicy.assertCanReadOffice(user, staff.officeId);
    }
  }

  async list(user: CurrentUser, filter: AccessLogFilter, first: number, after: { accessedAt: string; id: string } | null) {
    await this.assertMayRead(user, filter);
    const log = new AccessLogRepository(this.dataSource.manager);
    const rows = await log.list(filter, first + 1, after);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, countTotal: () => log.count(filter) };
  }

  /** 45 CFR 164.316(b)(2)(i): drops entries past their 6 years; for the hourly work (src/main.ts). */
  purgeExpired(): Promise<number> {
    return new AccessLogRepository(this.dataSource.manager).purgeExpired();
  }
}
