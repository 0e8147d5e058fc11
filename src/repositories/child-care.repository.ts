import type { EntityManager } from 'typeorm';
import { ChildCareAuthorizationEntity } from '../entities';

export type NewChildCareAuthorization = Pick<ChildCareAuthorizationEntity, 'caseId' | 'effectiveOn' | 'authorized' | 'federallyFunded' | 'recordedBy'>;

/** The append-only record of child care authorization changes (child_care_authorization). */
export class ChildCareRepository {
  constructor(private readonly db: EntityManager) {}

  /** Appends one change; the database refuses to change it afterwards. */
  async append(change: NewChildCareAuthorization): Promise<void> {
    await this.db.insert(ChildCareAuthorizationEntity, change);
  }
}
