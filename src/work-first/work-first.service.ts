import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { PlainDate } from '../dates';
import { DailyCheckInEntity, WorkFirstReadinessItemEntity, WorkSearchFindingEntity } from '../entities';
import { refuse, writeOnCase, type Recompute } from '../families-first/record-write';
import type { Clock } from '../services/clock';
import { CaseRepository } from '../repositories/case.repository';
import { checkInViolations, findingViolations, readinessItemViolations, stintStart, type ReadinessItem, type WorkSearchPath } from './work-first-rules';

export interface RecordReadinessItemRequest { caseId: string; item: ReadinessItem; completedOn: PlainDate }
export interface RecordFindingRequest { caseId: string; foundOn: PlainDate; path: WorkSearchPath; reason: string }
export interface RecordCheckInRequest { caseId: string; checkedInOn: PlainDate; summary?: string | null }

/** Work First records (TRK-4, TRK-5): the job readiness items, the work search finding, daily check-ins. */
export class WorkFirstService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly recompute: Recompute) {}

  /** TRK-4: one job readiness item completed (once per Work First stint). */
  recordReadinessItem(user: CurrentUser, request: RecordReadinessItemRequest): Promise<WorkFirstReadinessItemEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now }) => {
      const since = stintStart(kase.referralDate, await new CaseRepository(manager).historyOf([kase.id]));
      const done = await records.ofCases(WorkFirstReadinessItemEntity, [kase.id], { completedOn: 'ASC' });
      refuse('job readiness item', readinessItemViolations(request, kase.track, since, done, timeline));
      return records.add(WorkFirstReadinessItemEntity, { caseId: kase.id, item: request.item, completedOn: request.completedOn, recordedBy: user.id, recordedAt: now });
    });
  }

  /** TRK-5: no job readily available: the path chosen (CWE, BWE or daily check-in with the CM). */
  recordWorkSearchFinding(user: CurrentUser, request: RecordFindingRequest): Promise<WorkSearchFindingEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ manager, kase, timeline, records, now }) => {
      const reason = request.reason.trim();
      const since = stintStart(kase.referralDate, await new CaseRepository(manager).historyOf([kase.id]));
      refuse('work search finding', findingViolations({ foundOn: request.foundOn, reason }, kase.track, since, timeline));
      return records.add(WorkSearchFindingEntity, { caseId: kase.id, foundOn: request.foundOn, path: request.path, reason, recordedBy: user.id, recordedAt: now });
    });
  }

  /** TRK-5: the client reported to the CM today (or on a past day), after a DAILY_CHECK_IN finding. */
  recordDailyCheckIn(user: CurrentUser, request: RecordCheckInRequest): Promise<DailyCheckInEntity> {
    return writeOnCase(this.dataSource, this.clock, this.recompute, user, request.caseId, async ({ kase, timeline, records, now }) => {
      const findings = await records.ofCases(WorkSearchFindingEntity, [kase.id], { foundOn: 'ASC' });
      const days = new Set((await records.ofCases(DailyCheckInEntity, [kase.id], { checkedInOn: 'ASC' })).map((c) => c.checkedInOn));
      refuse('daily check-in', checkInViolations(request.checkedInOn, findings, days, timeline));
      return records.add(DailyCheckInEntity, { caseId: kase.id, checkedInOn: request.checkedInOn, summary: request.summary?.trim() || null, recordedBy: user.id, recordedAt: now });
    });
  }
}
