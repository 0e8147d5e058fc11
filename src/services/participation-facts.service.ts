import type { DataSource } from 'typeorm';
import type { AlaskaCalendar } from '../calendar/alaska-calendar';
import { alaskaDateOf, isMonth, monthDays, monthOf, type Month, type PlainDate } from '../dates';
import type { ParticipationFacts, ParticipationResult } from '../participation';
import {
  buildMonthFacts, businessDaysOf, caseHistoryPeriods, computeForCase, groupBy, openInMonth, trackInMonth,
} from '../participation/facts';
import { ParticipationRepository, type ParticipationScope } from '../repositories/participation.repository';
import type { Clock } from './clock';

export type { ParticipationScope } from '../repositories/participation.repository';

/** One case's facts and result for one month. */
export interface CaseMonthParticipation {
  caseId: string;
  officeId: string;
  caseManagerId: string;
  caseManagerName: string;
  clientName: string;
  /** Today's track (work_case.track). */
  track: string;
  /** The track in the month: the track on the month's last day, from the case history (see `trackInMonth`). */
  trackInMonth: string;
  phase: string;
  month: string;
  /** TA was open (the family received assistance) on at least one day of the month. */
  openInMonth: boolean;
  /** Scheduled hours were added for weeks not yet entered (current month only). */
  projected: boolean;
  verification: { verifiedBy: string; verifiedByName: string; verifiedAt: Date } | null;
  facts: ParticipationFacts;
  result: ParticipationResult;
}

/**
 * A month's participation for a scope of cases: the repository loads the rows (a fixed number of
 * statements, so 10,000 cases cost the same as one), the pure builders of src/participation/facts
 * turn each case's rows into `ParticipationFacts`, and the ONE pure computation,
 * `computeMonthlyParticipation`, gives the result. No participation rule lives here.
 */
export class ParticipationFactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: AlaskaCalendar,
  ) {}

  /** Today's Alaska date, from the injected clock. */
  today(): PlainDate {
    return alaskaDateOf(this.clock.now());
  }

  /** The month to date is projected (WV-1 verification happens after the month). */
  isCurrentMonth(month: Month): boolean {
    return month === monthOf(this.today());
  }

  /**
   * Every case of the scope with its facts and its result for `month`. For the current month (by
   * the injected clock), weeks not yet entered are projected from the assignments' scheduled
   * hours, on Alaska business days.
   */
  async monthlyParticipation(scope: ParticipationScope, month: Month): Promise<CaseMonthParticipation[]> {
    if (!isMonth(month)) throw new RangeError(`not a month: ${month}`);
    const days = monthDays(month);
    const project = this.isCurrentMonth(month);
    const rows = await new ParticipationRepository(this.dataSource.manager).loadMonth(scope, month, project);

    const historyByCase = groupBy(rows.history, (r) => r.caseId);
    const membersByClient = groupBy(rows.members, (r) => r.clientId);
    const entriesByCase = groupBy(rows.entries, (r) => r.caseId);
    const priorByCase = groupBy(rows.priorEntries, (r) => r.caseId);
    const assignmentsByCase = groupBy(rows.assignments, (r) => r.caseId);
    const verificationByCase = new Map(rows.verifications.map((v) => [v.caseId, v]));
    const businessDays = project ? businessDaysOf(days, (d) => this.calendar.isBusinessDay(d)) : null;

    const out: CaseMonthParticipation[] = [];
    for (const kase of rows.cases) {
      const periods = caseHistoryPeriods(historyByCase.get(kase.id) ?? [], kase);
      const track = trackInMonth(periods.tracks, month);
      // WV-3: the rates count a case in the months it was on Work First (the load only narrowed
      // to cases that were ever on Work First).
      if (scope.workFirstOnly && track !== 'WORK_FIRST') continue;
      const { facts, projected } = buildMonthFacts({
        kase,
        periods,
        household: membersByClient.get(kase.clientId) ?? [],
        entries: entriesByCase.get(kase.id) ?? [],
        prior: priorByCase.get(kase.id) ?? [],
        projection: businessDays ? { assignments: assignmentsByCase.get(kase.id) ?? [], businessDays } : null,
      }, month);
      const verification = verificationByCase.get(kase.id);
      out.push({
        caseId: kase.id,
        officeId: kase.officeId,
        caseManagerId: kase.caseManagerId,
        caseManagerName: kase.caseManagerName,
        clientName: `${kase.firstName} ${kase.lastName}`,
        track: kase.track,
        trackInMonth: track,
        phase: kase.phase,
        month,
        openInMonth: openInMonth(periods.taPeriods, month),
        projected,
        verification: verification ? { verifiedBy: verification.verifiedBy, verifiedByName: verification.verifiedByName, verifiedAt: verification.verifiedAt } : null,
        facts,
        result: computeForCase(kase.id, facts),
      });
    }
    return out;
  }
}
