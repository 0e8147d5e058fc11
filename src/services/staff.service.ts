import { DataSource } from 'typeorm';
import type { StaffField } from '../auth/auth-config';
import type { CurrentUser } from '../auth/current-user';
import { AccessPolicy } from '../auth/access-policy';
import type { OfficeEntity, StaffEntity } from '../entities';
import { SYSTEM_ROLE, type ActorRole } from '../entities/staff.entity';
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
  async staffOf(user: CurrentUser, filter: { officeId?: string | null; role?: ActorRole | null }): Promise<StaffEntity[]> {
    const office = AccessPolicy.officeScope(user, filter.officeId);
    return new StaffRepository(this.dataSource.manager).activeStaff({ officeId: office, role: filter.role });
  }

  async findActiveUser(staffId: string): Promise<CurrentUser | null> {
    if (!isUUID(staffId)) return null;
    return toUser(await new StaffRepository(this.dataSource.manager).findActive(staffId));
  }

  /** AUTH_MODE=oidc: the active staff member an OIDC claim names (src/auth/authenticate.ts), or null (none, or not one). */
  async findActiveUserBy(field: StaffField, value: string): Promise<CurrentUser | null> {
    const repository = new StaffRepository(this.dataSource.manager);
    if (field === 'external_subject') return toUser(await repository.findActiveBySubject(value));
    const found = await repository.activeByEmailIgnoringCase(value);
    return found.length === 1 ? toUser(found[0]) : null;
  }
}

/** Only a staff role signs in; the office's SYSTEM actor (inactive by constraint) is refused here too. */
const toUser = (staff: StaffEntity | null): CurrentUser | null =>
  staff && staff.role !== SYSTEM_ROLE ? { id: staff.id, name: staff.name, email: staff.email, role: staff.role, officeId: staff.officeId } : null;
