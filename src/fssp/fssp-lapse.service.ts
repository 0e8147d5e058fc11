import type { DataSource } from 'typeorm';
import { alaskaDateOf } from '../dates';
import { fsspLapsedOn } from '../machines/fssp-currency';
import type { StoredCaseSnapshot } from '../machines/case-snapshot';
import { CaseRepository } from '../repositories/case.repository';
import type { CaseTransitionService } from '../services/case-transition.service';
import type { Clock } from '../services/clock';

/** The chart's node of a signed plan not yet recorded as expired (stateString's leaf path). */
const PLAN_CURRENT = 'open.phase.participating.plan.current';

/**
 * FSSP-3: a plan expires after its last step review date whether or not anyone sends expireFssp.
 * Case.plan.current follows the date on its own (fssp-currency.ts); this sweep makes the chart
 * follow too, so Case.state, the state filter and Case.actions show the lapse the day it happens.
 * Each lapsed case gets EXPIRE_FSSP from its office's SYSTEM actor in its own transaction (history
 * row, obligations recomputed: FSSP-4's update is then due); a case someone changed meanwhile is
 * re-read under its lock and skipped if it no longer applies. Safe to run on every replica at once:
 * the lock and the chart's guard make a second run write nothing.
 *
 * @example
 * await new FsspLapseSweep(dataSource, clock, transitions).run() // 3: three plans lapsed today
 */
export class FsspLapseSweep {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly transitions: CaseTransitionService) {}

  /**
   * Sends EXPIRE_FSSP to every case whose current plan has lapsed; returns how many moved. A case
   * that fails is skipped and the rest go on; then the run throws FsspLapseFailures naming them.
   */
  async run(batchSize = 500): Promise<number> {
    const today = alaskaDateOf(this.clock.now());
    const cases = new CaseRepository(this.dataSource.manager);
    let moved = 0;
    const failed: string[] = [];
    let after: string | null = null;
    for (;;) {
      const batch = await cases.inStateNode(PLAN_CURRENT, after, batchSize);
      // The date decides in the pure rule; only cases it names are locked and written.
      const lapsed = batch.filter((c) => fsspLapsedOn((c.snapshot as StoredCaseSnapshot).context, today));
      for (const { id } of lapsed) {
        try {
          const applied = await this.dataSource.transaction((manager) => this.transitions.applyByTime(manager, id, 'EXPIRE_FSSP'));
          if (applied) moved += 1;
        } catch {
          // One case that cannot move (a lock timeout, a snapshot this build cannot read) must not hold back the others.
          failed.push(id);
        }
      }
      if (batch.length < batchSize) break;
      after = batch[batch.length - 1].id;
    }
    // The job fails (and is retried) naming the cases by id only; the others have moved already.
    if (failed.length) throw new FsspLapseFailures(moved, failed);
    return moved;
  }
}

/** Some lapsed plans could not be expired: which cases (ids, no client data), after `moved` others were. */
export class FsspLapseFailures extends Error {
  constructor(readonly moved: number, readonly caseIds: readonly string[]) {
    super(`FSSP lapse sweep: ${caseIds.length} case(s) could not be expired (${caseIds.join(', ')}); ${moved} expired`);
  }
}
