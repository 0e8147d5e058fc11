import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../dates';
import type { CaseEntity } from '../entities';
import { badInputs, type InvalidInput } from '../errors';
import { TrackRecordRepository } from '../repositories/track-record.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { writeTransaction } from '../services/transaction';
import type { CaseTimeline } from './families-first-rules';

/** Re-derives the case's obligations in the write's transaction (services.obligations.recompute). */
export type Recompute = (manager: EntityManager, caseId: string, kase?: CaseEntity) => Promise<void>;

/** What a track record write hands its work: the locked case, its timeline, the repository, the time. */
export interface RecordWrite {
  manager: EntityManager; kase: CaseEntity; timeline: CaseTimeline; records: TrackRecordRepository; now: Date;
  /**
   * The work's last write was a chart event (CaseTransitionService.applyIn), whose onCaseChanged
   * re-derived the obligations from the case as it now is: the stale `kase` must not re-derive them again.
   */
  chartRecomputed: () => void;
}

/** Refuses the input when any rule fails: BAD_USER_INPUT with every field at fault, nothing written. */
export function refuse(what: string, violations: readonly InvalidInput[]): void {
  if (violations.length > 0) throw badInputs(`Invalid ${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/**
 * The one write path of the track records and staffings (issue 12): permission, the case locked
 * and checked (office, caseload), the work, then the case's obligations re-derived, in one
 * transaction (and under the mutation's clientMutationId).
 */
export function writeOnCase<T>(
  dataSource: DataSource, clock: Clock, recompute: Recompute, user: CurrentUser, caseId: string, work: (w: RecordWrite) => Promise<T>,
): Promise<T> {
  AccessPolicy.assertMay(user, 'recordTrackRecords');
  return writeTransaction(dataSource, async (manager) => {
    const kase = await lockCaseForWrite(manager, user, caseId);
    const now = clock.now();
    let recomputed = false;
    const result = await work({
      manager, kase, timeline: { referralDate: kase.referralDate, today: alaskaDateOf(now) }, records: new TrackRecordRepository(manager), now,
      chartRecomputed: () => { recomputed = true; },
    });
    // The case is locked and read already: the recompute reuses it instead of reading it again.
    if (!recomputed) await recompute(manager, kase.id, kase);
    return result;
  });
}
