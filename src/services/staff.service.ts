import { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import { StaffEntity } from '../entities';
import { isUUID } from 'class-validator';

/** Resolves a token's subject to an active staff member, read fresh on every request. */
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  async findActiveUser(staffId: string): Promise<CurrentUser | null> {
    if (!isUUID(staffId)) return null;
    const staff = await this.dataSource.manager.findOneBy(StaffEntity, { id: staffId, active: true });
    return staff ? { id: staff.id, name: staff.name, email: staff.email, role: staff.role, officeId: staff.officeId } : null;
  }
}
