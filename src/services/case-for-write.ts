import type { EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { CaseEntity } from '../entities/case.entity';
import { CaseRepository } from '../repositories/case.repository';
import { assertRecordId } from './ids';
import { notFound } from '../errors';

/**
 * The case a write on it (a note, a release) is about, locked for this transaction and checked:
 * it exists, the user's office may read it, and the user may act on it. Locked first, as a
 * transition locks it, so a note and a transition on one case queue instead of deadlocking over
 * the case's obligation rows.
 */
export async function lockCaseForWrite(manager: EntityManager, user: CurrentUser, caseId: string): Promise<CaseEntity> {
  assertRecordId('Case', caseId);
  const kase = await new CaseRepository(manager).lockById(caseId);
  if (!kase) throw notFound('Case', caseId);
  AccessPolicy.assertCanReadOffice(user, kase.officeId);
  AccessPolicy.assertCanActOnCase(user, kase);
  return kase;
}
