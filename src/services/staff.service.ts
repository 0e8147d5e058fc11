import { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { AccessPolicy } from '../auth/access-policy';
import type { OfficeEntity, StaffEntity } from '../entities';
import type { StaffRole } from '../entities/staff.entity';
import { isUUID } from 'class-validator';
import { StaffRepository } from '../repositories/staff.repository';

/** Resolves a token's subject to an active staff member, read fresh on every request. */
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Offices the user may read: all for WSTA, else their own. */
  async offices(user: CurrentUser): Promise<OfficeEntity[]> {
    const scope = AccessPolicy.officeScope(user, null);
    return new StaffRepository(this.dataSource.manager).offices(scope);
  }

  /** Active staff of an office the user may read, e.g. to choose a case manager for a referral or a reassignment. */
  async staffOf(user: CurrentUser, filter: { officeId?: string | null; role?: StaffRole | null }): Promise<StaffEntity[]> {
    const office = AccessPolicy.officeScope(user, filter.officeId);
    return new StaffRepository(this.dataSource.manager).activeStaff({ officeId: office, role: filter.role });
  }

  async findActiveUser(staffId: string): Promise<CurrentUser | null> {
    if (!isUUID(staffId)) return null;
    const staff = await new StaffRepository(this.dataSource.manager).findActive(staffId);
    return staff ? { id: staff.id, name: staff.name, email: staff.email, role: staff.role, officeId: staff.officeId } : null;
  }
}
