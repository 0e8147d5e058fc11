import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../dates';
import type { CaseEntity } from '../entities';
import { badInput, notFound } from '../errors';
import { CaseRepository } from '../repositories/case.repository';
import { ChildCareRepository } from '../repositories/child-care.repository';
import type { Clock } from './clock';
import { assertRecordId } from './ids';
import { writeTransaction } from './transaction';

/** Child care authorization on a case (SS-3; 42 USC 607(c)(1)(B)(ii) and 45 CFR 261.32 for federal funding). */
export class ChildCareService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly onCaseChanged: (manager: EntityManager, caseId: string, kase: CaseEntity) => Promise<void>,
  ) {}

  async record(user: CurrentUser, request: { caseId: string; authorized: boolean; federallyFunded: boolean }): Promise<CaseEntity> {
    assertRecordId('Case', request.caseId);
    if (request.federallyFunded && !request.authorized) throw badInput('Child care that is not authorized cannot be federally funded', 'federallyFunded', 'requiresAuthorized');
    return writeTransaction(this.dataSource, async (manager) => {
      // Locked like a transition: SS-3 obligations are re-derived from the row as it now is.
      const cases = new CaseRepository(manager);
      const kase = await cases.lockById(request.caseId);
      if (!kase) throw notFound('Case', request.caseId);
      AccessPolicy.assertCanReadOffice(user, kase.officeId);
      AccessPolicy.assertCanActOnCase(user, kase);
      await cases.setChildCare(kase.id, request.authorized, request.federallyFunded);
      // The change takes effect on the server's date of entry; past months keep the child care they
      // had (DOMAIN.md: facts as they were in the month), read from this record, not from work_case.
      await new ChildCareRepository(manager).append({
        caseId: kase.id, effectiveOn: alaskaDateOf(this.clock.now()),
        authorized: request.authorized, federallyFunded: request.federallyFunded, recordedBy: user.id,
      });
      const updated = Object.assign(kase, { childCareAuthorized: request.authorized, childCareFederallyFunded: request.federallyFunded });
      await this.onCaseChanged(manager, kase.id, updated);
      return updated;
    });
  }
}
