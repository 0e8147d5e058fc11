import type { EntityManager } from 'typeorm';
import { monthDays, type Month, type PlainDate } from '../dates';
import {
  ActivityAssignmentEntity, CaseEntity, CaseHistoryEntity, ChildCareAuthorizationEntity, ClientEntity, HouseholdMemberEntity, HoursEntryEntity, MonthVerificationEntity,
} from '../entities';
import type { PenaltyRecord } from '../machines/case-lifecycle.types';
import { HISTORY_EVENTS } from '../participation/facts/history-periods';
import { entityColumns, selectRows } from './sql';

/**
 * Loads everything a month's participation facts are built from, for one case or a whole office,
 * in a fixed number of statements (cases, the case history that gives TA, track and exemption
 * periods, households, the month's hours, earlier months' hours that carry limits forward,
 * assignments for the projection, verifications). Rows only: what they mean is
 * src/participation/facts. Hand-written SQL, because one office month is 100,000 rows and a join
 * per statement, typed through sql.ts with select lists generated from the entities.
 */

/** Which cases to load. `caseIds` wins; otherwise an office (null: every office) and optionally a case manager. */
export interface ParticipationScope {
  caseIds?: readonly string[];
  officeId?: string | null;
  /**
   * TODAY's case manager (work_case.case_manager_id), not the case manager of the month: a
   * caseload's rate for a past month is the rate of the cases on that caseload now. A case that
   * changed hands (CHANGE_CASE_MANAGER) counts for its new case manager in every month. The office
   * rate does not depend on it.
   */
  caseManagerId?: string | null;
  /**
   * Only cases on the Work First track IN THE MONTH (the rates of WV-3; 45 CFR 261.21-261.24), by
   * the track periods of the case history (see `caseHistoryPeriods`), not by today's track.
   */
  workFirstOnly?: boolean;
}

/** One change of the child care authorization, in recording order (child_care_authorization). */
export type ChildCareChangeRow = Pick<ChildCareAuthorizationEntity, 'effectiveOn' | 'federallyFunded'>;

/** A case with its client, its case manager's name and the chart records the facts read. */
export type ParticipationCaseRow = Pick<CaseEntity, 'id' | 'clientId' | 'officeId' | 'caseManagerId' | 'track' | 'phase' | 'referralDate'>
  & Pick<ClientEntity, 'firstName' | 'lastName'>
  & {
    caseManagerName: string;
    clientDateOfBirth: PlainDate;
    penalty: PenaltyRecord | null;
    penaltyHistory: PenaltyRecord[] | null;
    exemption: { reason: string; startedOn: PlainDate; endedOn: PlainDate | null } | null;
    exit: { closedOn: PlainDate } | null;
    /**
     * The child care changes effective on or before the month's last day, ordered by effective
     * date then recording order: federally funded child care as it was in each month, not today's
     * flag (DOMAIN.md; 45 CFR 261.32).
     */
    childCareChanges: ChildCareChangeRow[];
  };

/** A case_history row with the payload fields the periods are built from (null when the event has no such field). */
export type CaseHistoryEventRow = Pick<CaseHistoryEntity, 'caseId' | 'version' | 'event' | 'occurredAt'> & {
  /** REFERRED, REFER_AGAIN */
  referralDate: PlainDate | null;
  /** REFERRED, REFER_AGAIN */
  track: string | null;
  /** CLOSE_TA */
  closedOn: PlainDate | null;
  /** REQUEST_TRACK_CHANGE */
  toTrack: string | null;
  /** DECIDE_TRACK_CHANGE */
  approved: boolean | null;
  /** START_EXEMPTION */
  reason: string | null;
  startedOn: PlainDate | null;
  /** END_EXEMPTION */
  endedOn: PlainDate | null;
};

export type HouseholdMemberRow = Pick<HouseholdMemberEntity, 'id' | 'clientId' | 'relationship' | 'dateOfBirth'>;

/** The assignment columns the facts read (also the projection's assignment rows). */
const ASSIGNMENT_FIELDS = ['householdMemberId', 'activityType', 'scheduledCentiHoursPerWeek', 'startDate', 'endDate'] as const;
export type AssignmentRow = Pick<ActivityAssignmentEntity, 'id' | 'caseId' | (typeof ASSIGNMENT_FIELDS)[number]>;

const ENTRY_FIELDS = ['caseId', 'assignmentId', 'month', 'weekStart', 'actualCentiHours', 'excusedCentiHours', 'holidayCentiHours', 'holidayDate'] as const;
/** A current hours entry with its assignment; `justified`: a non-blank justification (WV-2). */
export type EnteredWeekRow = Pick<HoursEntryEntity, (typeof ENTRY_FIELDS)[number]>
  & Pick<ActivityAssignmentEntity, (typeof ASSIGNMENT_FIELDS)[number]>
  & { justified: boolean };

export type VerificationRow = Pick<MonthVerificationEntity, 'caseId' | 'verifiedBy' | 'verifiedAt'> & { verifiedByName: string };

/** A month's rows for a scope, as loaded. */
export interface ParticipationMonthRows {
  cases: ParticipationCaseRow[];
  history: CaseHistoryEventRow[];
  members: HouseholdMemberRow[];
  /** The month's current entries, unordered (sorting 100,000 rows in SQL spills to disk). */
  entries: EnteredWeekRow[];
  /** Earlier months' current entries that carry a limit forward. */
  priorEntries: EnteredWeekRow[];
  /** Assignments active in the month; empty unless asked for (the projection of the current month). */
  assignments: AssignmentRow[];
  verifications: VerificationRow[];
}

export interface MonthStatement { sql: string; params: unknown[] }

export class ParticipationRepository {
  constructor(private readonly db: EntityManager) {}

  /** Every row of the scope's month, the statements sent concurrently. */
  async loadMonth(scope: ParticipationScope, month: Month, withAssignments: boolean): Promise<ParticipationMonthRows> {
    const s = this.monthStatements(scope, month, withAssignments);
    const run = <T extends object>(q: MonthStatement | null): Promise<T[]> => (q ? selectRows<T>(this.db, q.sql, q.params) : Promise.resolve([]));
    const [cases, history, members, entries, priorEntries, assignments, verifications] = await Promise.all([
      run<ParticipationCaseRow>(s.cases), run<CaseHistoryEventRow>(s.history), run<HouseholdMemberRow>(s.members),
      run<EnteredWeekRow>(s.entries), run<EnteredWeekRow>(s.priorEntries), run<AssignmentRow>(s.assignments), run<VerificationRow>(s.verifications),
    ]);
    return { cases, history, members, entries, priorEntries, assignments, verifications };
  }

  /**
   * The statements `loadMonth` sends. Public so that the benchmark's raw-pg baseline sends exactly
   * the same SQL.
   */
  monthStatements(scope: ParticipationScope, month: Month, withAssignments: boolean): {
    cases: MonthStatement; history: MonthStatement; members: MonthStatement; entries: MonthStatement; priorEntries: MonthStatement;
    assignments: MonthStatement | null; verifications: MonthStatement;
  } {
    const days = monthDays(month);
    const { where, params } = scopeWhere(scope);
    const n = params.length;
    const q = (sql: string, extra: unknown[] = []): MonthStatement => ({ sql, params: [...params, ...extra] });
    const entryColumns = `${entityColumns(this.db, HoursEntryEntity, 'e', ENTRY_FIELDS)}, ${entityColumns(this.db, ActivityAssignmentEntity, 'a', ASSIGNMENT_FIELDS)},
      (e.justification IS NOT NULL AND btrim(e.justification) <> '') AS justified`;
    // Current entries only: a corrected entry is replaced by the row that points to it.
    const current = `NOT EXISTS (SELECT 1 FROM hours_entry r WHERE r.replaces_entry_id = e.id)`;
    return {
      cases: q(`
        SELECT ${entityColumns(this.db, CaseEntity, 'c', ['id', 'clientId', 'officeId', 'caseManagerId', 'track', 'phase', 'referralDate'])},
               ${entityColumns(this.db, ClientEntity, 'cl', ['firstName', 'lastName'])}, to_char(cl.date_of_birth, 'YYYY-MM-DD') AS "clientDateOfBirth",
               s.name AS "caseManagerName",
               c.snapshot->'context'->'penalty' AS penalty, c.snapshot->'context'->'penaltyHistory' AS "penaltyHistory",
               c.snapshot->'context'->'exemption' AS exemption, c.snapshot->'context'->'exit' AS exit,
               -- In the cases statement (no extra round trip): a handful of rows per case, by index.
               (SELECT coalesce(json_agg(json_build_object('effectiveOn', to_char(cc.effective_on, 'YYYY-MM-DD'), 'federallyFunded', cc.federally_funded)
                                 ORDER BY cc.effective_on, cc.id), '[]')
                  FROM child_care_authorization cc WHERE cc.case_id = c.id AND cc.effective_on <= $${n + 1}::date) AS "childCareChanges"
          FROM work_case c JOIN client cl ON cl.id = c.client_id JOIN staff s ON s.id = c.case_manager_id
         WHERE ${where}
         ORDER BY cl.last_name, cl.first_name, c.id`, [days.lastDate]),
      // The whole history of the events that make TA, track and exemption periods, every referral
      // included (one statement for the scope; the periods are built in memory).
      history: q(`
        SELECT ${entityColumns(this.db, CaseHistoryEntity, 'h', ['caseId', 'version', 'event', 'occurredAt'])},
               h.payload->>'referralDate' AS "referralDate", h.payload->>'track' AS track, h.payload->>'closedOn' AS "closedOn",
               h.payload->>'toTrack' AS "toTrack", (h.payload->'approved') = 'true'::jsonb AS approved,
               h.payload->>'reason' AS reason, h.payload->>'startedOn' AS "startedOn", h.payload->>'endedOn' AS "endedOn"
          FROM case_history h JOIN work_case c ON c.id = h.case_id
         WHERE ${where} AND h.event IN (${HISTORY_EVENTS.map((e) => `'${e}'`).join(', ')})`),
      members: q(`
        SELECT ${entityColumns(this.db, HouseholdMemberEntity, 'm', ['id', 'clientId', 'relationship', 'dateOfBirth'])}
          FROM household_member m
         WHERE m.client_id IN (SELECT c.client_id FROM work_case c WHERE ${where})
         ORDER BY m.id`),
      entries: q(`
        SELECT ${entryColumns}
          FROM hours_entry e JOIN activity_assignment a ON a.id = e.assignment_id JOIN work_case c ON c.id = e.case_id
         WHERE ${where} AND e.month = $${n + 1} AND ${current}`, [month]),
      // Earlier months' entries that carry limits forward: JSJR (6 weeks in 12 months, 4 consecutive
      // weeks; 45 CFR 261.34), VET (12 months in a lifetime; 45 CFR 261.33(a)), excused and holiday
      // hours (80 h / 10 holidays in 12 months; 45 CFR 261.60(b)).
      priorEntries: q(`
        SELECT ${entryColumns}
          FROM hours_entry e JOIN activity_assignment a ON a.id = e.assignment_id JOIN work_case c ON c.id = e.case_id
         WHERE ${where} AND e.month < $${n + 1} AND ${current}
           AND (a.activity_type IN ('JOB_SEARCH_JOB_READINESS', 'VOCATIONAL_EDUCATIONAL_TRAINING') OR e.excused_centi_hours > 0 OR e.holiday_centi_hours > 0)`, [month]),
      assignments: withAssignments
        ? q(`
            SELECT ${entityColumns(this.db, ActivityAssignmentEntity, 'a', ['id', 'caseId', ...ASSIGNMENT_FIELDS])}
              FROM activity_assignment a JOIN work_case c ON c.id = a.case_id
             WHERE ${where} AND a.start_date <= $${n + 1}::date AND (a.end_date IS NULL OR a.end_date >= $${n + 2}::date)
             ORDER BY a.start_date, a.id`, [days.lastDate, days.firstDate])
        : null,
      verifications: q(`
        SELECT ${entityColumns(this.db, MonthVerificationEntity, 'v', ['caseId', 'verifiedBy', 'verifiedAt'])}, s.name AS "verifiedByName"
          FROM month_verification v JOIN work_case c ON c.id = v.case_id JOIN staff s ON s.id = v.verified_by
         WHERE ${where} AND v.month = $${n + 1}`, [month]),
    };
  }
}

/** The scope as a WHERE clause over `work_case c`. */
function scopeWhere(scope: ParticipationScope): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (scope.caseIds) {
    params.push(scope.caseIds);
    conditions.push(`c.id = ANY($${params.length}::uuid[])`);
  } else {
    if (scope.officeId) {
      params.push(scope.officeId);
      conditions.push(`c.office_id = $${params.length}`);
    }
    if (scope.caseManagerId) {
      // Today's case manager (see ParticipationScope.caseManagerId).
      params.push(scope.caseManagerId);
      conditions.push(`c.case_manager_id = $${params.length}`);
    }
  }
  // Cases that were on Work First at some time: today, or by a referral or a track change request
  // in their history. The month's track is then checked in memory (trackInMonth), so a case that
  // left Work First still counts in its Work First months, and one that joined it later does not
  // count before (45 CFR 261.21-261.24; WV-3).
  if (scope.workFirstOnly) {
    conditions.push(`(c.track = 'WORK_FIRST' OR EXISTS (SELECT 1 FROM case_history wf WHERE wf.case_id = c.id
      AND wf.event IN ('REFERRED', 'REFER_AGAIN', 'REQUEST_TRACK_CHANGE')
      AND (wf.payload->>'track' = 'WORK_FIRST' OR wf.payload->>'toTrack' = 'WORK_FIRST')))`);
  }
  return { where: conditions.length ? conditions.join(' AND ') : 'TRUE', params };
}
