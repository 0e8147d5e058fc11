import { In, type EntityManager } from 'typeorm';
import { OfficeEntity, StaffEntity } from '../entities';
import { SYSTEM_ROLE, type ActorRole, type StaffRole } from '../entities/staff.entity';

/** A staff member as it is created (demo data). */
export type NewStaff = Pick<StaffEntity, 'email' | 'name' | 'role' | 'officeId'>;

/** Offices and their staff: who signs in, with which role, in which office. */
export class StaffRepository {
  constructor(private readonly db: EntityManager) {}

  findById(id: string): Promise<StaffEntity | null> {
    return this.db.findOneBy(StaffEntity, { id });
  }

  /** The office's SYSTEM actor (one per office, made by a trigger on office): who a time event's history row names. */
  async systemActorOf(officeId: string): Promise<{ id: string; role: typeof SYSTEM_ROLE }> {
    const found = await this.db.findOneBy(StaffEntity, { officeId, role: SYSTEM_ROLE });
    if (!found) throw new Error('every office has its system actor (migration SystemActor)');
    return { id: found.id, role: SYSTEM_ROLE };
  }

  /** Read on every request: the token's subject, if still active. */
  findActive(id: string): Promise<StaffEntity | null> {
    return this.db.findOneBy(StaffEntity, { id, active: true });
  }

  /** AUTH_MODE=oidc with OIDC_STAFF_FIELD=external_subject: the provider's subject, if still active. */
  findActiveBySubject(externalSubject: string): Promise<StaffEntity | null> {
    return this.db.findOneBy(StaffEntity, { externalSubject, active: true });
  }

  /**
   * AUTH_MODE=oidc with OIDC_STAFF_FIELD=email: providers do not keep the case of an address, so
   * match without it; two accounts that differ only in case are both returned (the caller refuses).
   */
  activeByEmailIgnoringCase(email: string): Promise<StaffEntity[]> {
    return this.db.createQueryBuilder(StaffEntity, 'staff')
      .where('lower(staff.email) = lower(:email)', { email }).andWhere('staff.active').limit(2).getMany();
  }

  /** The first active staff member matching an id or an email (`npm run token -- --staff`). */
  findActiveByIdOrEmail(idOrEmail: string): Promise<StaffEntity | null> {
    const byId = /^[0-9a-f-]{36}$/i.test(idOrEmail) ? [{ id: idOrEmail, active: true }] : [];
    return this.db.findOne(StaffEntity, { where: [...byId, { email: idOrEmail, active: true }] });
  }

  /** The first active staff member of a role by email (`npm run token -- --role`). */
  firstActiveOfRole(role: StaffRole): Promise<StaffEntity | null> {
    return this.db.findOne(StaffEntity, { where: { role, active: true }, order: { email: 'ASC' } });
  }

  /** Active staff, optionally of one office and role, by name. */
  activeStaff(filter: { officeId?: string | null; role?: ActorRole | null }): Promise<StaffEntity[]> {
    return this.db.find(StaffEntity, {
      where: { active: true, ...(filter.officeId ? { officeId: filter.officeId } : {}), ...(filter.role ? { role: filter.role } : {}) },
      order: { name: 'ASC' },
    });
  }

  /** Several staff members in one statement (the per-request loader). */
  byIds(ids: readonly string[]): Promise<StaffEntity[]> {
    return this.db.findBy(StaffEntity, { id: In([...ids]) });
  }

  /** Offices by code: one, or all when `officeId` is null. */
  offices(officeId: string | null): Promise<OfficeEntity[]> {
    return this.db.find(OfficeEntity, { where: officeId ? { id: officeId } : {}, order: { code: 'ASC' } });
  }

  officesByIds(ids: readonly string[]): Promise<OfficeEntity[]> {
    return this.db.findBy(OfficeEntity, { id: In([...ids]) });
  }

  async hasAnyOffice(): Promise<boolean> {
    return (await this.db.count(OfficeEntity)) > 0;
  }

  async createOffice(office: Pick<OfficeEntity, 'code' | 'name'>): Promise<string> {
    return (await this.db.save(this.db.create(OfficeEntity, office))).id;
  }

  async createStaff(staff: NewStaff): Promise<string> {
    return (await this.db.save(this.db.create(StaffEntity, staff))).id;
  }
}
