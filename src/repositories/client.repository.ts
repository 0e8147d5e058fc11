import { In, type EntityManager } from 'typeorm';
import { ClientEntity, HouseholdMemberEntity } from '../entities';

/** A client as a referral creates it. */
export type NewClient = Omit<ClientEntity, 'id' | 'createdAt' | 'phone' | 'email' | 'mailingAddress' | 'community'>
  & Partial<Pick<ClientEntity, 'phone' | 'email' | 'mailingAddress' | 'community'>>;

/** A household member as a referral creates it. */
export type NewHouseholdMember = Omit<HouseholdMemberEntity, 'id'>;

/** Clients and their households: the people a case is about. */
export class ClientRepository {
  constructor(private readonly db: EntityManager) {}

  findById(id: string): Promise<ClientEntity | null> {
    return this.db.findOneBy(ClientEntity, { id });
  }

  /** Several clients in one statement (the per-request loader). */
  byIds(ids: readonly string[]): Promise<ClientEntity[]> {
    return this.db.findBy(ClientEntity, { id: In([...ids]) });
  }

  /** The households of several clients in one statement, oldest member first. */
  householdsOf(clientIds: readonly string[]): Promise<HouseholdMemberEntity[]> {
    return this.db.find(HouseholdMemberEntity, { where: { clientId: In([...clientIds]) }, order: { dateOfBirth: 'ASC' } });
  }

  /** Household members by their ids, in one statement (node lookups). */
  householdMembersByIds(ids: readonly string[]): Promise<HouseholdMemberEntity[]> {
    return this.db.findBy(HouseholdMemberEntity, { id: In([...ids]) });
  }

  async create(client: NewClient): Promise<ClientEntity> {
    return this.db.save(this.db.create(ClientEntity, client));
  }

  /** Adds members to a client's household in one statement; their ids, in the order given. */
  async addHousehold(members: readonly NewHouseholdMember[]): Promise<string[]> {
    if (!members.length) return [];
    const { identifiers } = await this.db.insert(HouseholdMemberEntity, [...members]);
    return identifiers.map((row) => String(row.id));
  }
}
