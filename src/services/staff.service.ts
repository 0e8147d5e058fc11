import { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { AccessPolicy } from '../auth/access-policy';
import { OfficeEntity, StaffEntity } from '../entities';
import type { StaffRole } from '../entities/staff.entity';
import { isUUID } from 'class-validator';

/** Resolves a token's subject to an active staff member, read fresh on every request. */
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Offices the user may read: all for WSTA, else their own. */
  async offices(user: CurrentUser): Promise<OfficeEntity[]> {
    const scope = AccessPolicy.officeScope(user, null);
    return this.dataSource.manager.find(OfficeEntity, { where: scope ? { id: scope } : {}, order: { code: 'ASC' } });
  }

  /** Active staff of an office the user may read, e.g. to choose a case manager for a referral or a reassignment. */
  async staffOf(user: CurrentUser, filter: { officeId?: string | null; role?: StaffRole | null }): Promise<StaffEntity[]> {
    const office = AccessPolicy.officeScope(user, filter.officeId);
    return this.dataSource.manager.find(StaffEntity, {
      where: { active: true, ...(office ? { officeId: office } : {}), ...(filter.role ? { role: filter.role } : {}) },
      order: { name: 'ASC' },
    });
  }

  async findActiveUser(staffId: string): Promise<CurrentUser | null> {
    if (!isUUID(staffId)) return null;
    const staff = await this.dataSource.manager.findOneBy(StaffEntity, { id: staffId, active: true });
    return staff ? { id: staff.id, name: staff.name, email: staff.email, role: staff.role, officeId: staff.officeId } : null;
  }
}
