import { DataSource } from 'typeorm';
import { alaskaDateOf, type AlaskaCalendar } from '../calendar/alaska-calendar';
import type { PenaltyRecord } from '../machines/case-lifecycle.types';
import {
  ageInCompletedMonths, computeMonthlyParticipation, isFederalActivity, ParticipationFactsError,
  type AdultCarryForward, type AdultParticipationFacts, type AdultParticipationHistory, type FederalActivity,
  type ParticipationFacts, type ParticipationResult, type WeeklyActivityEntry, type WorkPenaltyFacts,
  CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS, TEEN_DEEMING_AGE_LIMIT_YEARS,
} from '../participation';
import { dayNumber, dayToDate, monthBounds } from '../participation/calendar-dates';
import type { Clock } from './clock';

/**
 * Builds `ParticipationFacts` from the database and hands them to the ONE pure computation,
 * `computeMonthlyParticipation` (src/participation). No participation rule lives here: this file
 * only says which rows are which facts. For an office it loads everything for the month in a
 * handful of statements (cases, the case history that gives TA, track and exemption periods,
 * households, the month's hours, earlier months' hours that carry limits forward, assignments for
 * the projection, verifications), then computes in
 * memory, so 10,000 cases cost the same number of statements as one.
 */

// ---------------------------------------------------------------------------------------------
// Months and days (plain calendar arithmetic on Alaska dates; no clock, no time zone)
// ---------------------------------------------------------------------------------------------

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` with a real month. */
export const isMonth = (value: string): boolean => MONTH_RE.test(value) && monthBounds(value) !== null;

/** `month` moved by `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type MonthDays = Readonly<{ first: number; last: number; firstDate: string; lastDate: string }>;
const monthDaysCache = new Map<string, MonthDays>();

/** The month's first and last dates and day numbers (memoized: an office's rate asks for the same few months 100,000 times). */
export function monthDays(month: string): MonthDays {
  let days = monthDaysCache.get(month);
  if (!days) {
    const b = monthBounds(month);
    if (!b) throw new RangeError(`not a month: ${month}`);
    days = Object.freeze({ ...b, firstDate: dayToDate(b.first), lastDate: dayToDate(b.last) });
    if (monthDaysCache.size > 1000) monthDaysCache.clear();
    monthDaysCache.set(month, days);
  }
  return days;
}

const dayNumberCache = new Map<string, number | null>();
/** dayNumber, memoized for the dates of stored rows. */
function dayOf(date: string): number | null {
  let n = dayNumberCache.get(date);
  if (n === undefined) {
    n = dayNumber(date);
    if (dayNumberCache.size > 20000) dayNumberCache.clear();
    dayNumberCache.set(date, n);
  }
  return n;
}

/** Day of the week of a day number: 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;
const isWeekday = (day: number): boolean => weekday(day) >= 1 && weekday(day) <= 5;

/** The Monday on or before a day. */
const mondayOf = (day: number): number => day - ((weekday(day) + 6) % 7);

/**
 * Scheduled centi-hours for the part of a week that falls in the month and in the assignment:
 * the weekly schedule spread over Monday-Friday, `weekly * weekdays / 5`, rounded down.
 */
export function scheduledInPart(weeklyCentiHours: number, weekdays: number): number {
  return Math.floor((weeklyCentiHours * weekdays) / 5);
}

// ---------------------------------------------------------------------------------------------
// Row shapes
// ---------------------------------------------------------------------------------------------

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
   * the track periods of the case history (see `caseHistoryFacts`), not by today's track.
   */
  workFirstOnly?: boolean;
}

interface CaseRow {
  id: string;
  clientId: string;
  officeId: string;
  caseManagerId: string;
  caseManagerName: string;
  track: string;
  phase: string;
  referralDate: string;
  penalty: PenaltyRecord | null;
  penaltyHistory: PenaltyRecord[] | null;
  exemption: { reason: string; startedOn: string; endedOn: string | null } | null;
  exit: { closedOn: string } | null;
  firstName: string;
  lastName: string;
  clientDateOfBirth: string;
  childCareFederallyFunded: boolean;
}

/** A case_history row, with the payload fields the facts are built from (null when the event has no such field). */
interface HistoryRow {
  caseId: string;
  version: number;
  event: string;
  /** REFERRED, REFER_AGAIN */
  referralDate: string | null;
  /** REFERRED, REFER_AGAIN */
  track: string | null;
  /** CLOSE_TA */
  closedOn: string | null;
  /** REQUEST_TRACK_CHANGE */
  toTrack: string | null;
  /** DECIDE_TRACK_CHANGE */
  approved: boolean | null;
  /** START_EXEMPTION */
  reason: string | null;
  startedOn: string | null;
  /** END_EXEMPTION */
  endedOn: string | null;
  occurredAt: Date;
}

/** The case_history events the facts are built from (TA periods, track periods, exemption periods). */
const HISTORY_EVENTS = [
  'REFERRED', 'REFER_AGAIN', 'CLOSE_TA', 'REQUEST_TRACK_CHANGE', 'DECIDE_TRACK_CHANGE', 'START_EXEMPTION', 'END_EXEMPTION',
] as const;
interface MemberRow { id: string; clientId: string; relationship: string; dateOfBirth: string }
interface EntryRow {
  caseId: string;
  assignmentId: string;
  householdMemberId: string | null;
  activity: string;
  weeklyCentiHours: number;
  startDate: string;
  endDate: string | null;
  month: string;
  weekStart: string;
  actual: number;
  excused: number;
  holiday: number;
  holidayDate: string | null;
  justified: boolean;
}
interface AssignmentRow {
  id: string;
  caseId: string;
  householdMemberId: string | null;
  activity: string;
  weeklyCentiHours: number;
  startDate: string;
  endDate: string | null;
}
interface VerificationRow { caseId: string; verifiedBy: string; verifiedByName: string; verifiedAt: Date }

/** One case's facts and result for one month. */
export interface CaseMonthParticipation {
  caseId: string;
  officeId: string;
  caseManagerId: string;
  caseManagerName: string;
  clientName: string;
  /** Today's track (work_case.track). */
  track: string;
  /** The track in the month: the track on the month's last day, from the case history (see `caseHistoryFacts`). */
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

const WORK_PENALTY_KINDS = new Set(['FSSP', 'WORK_ACTIVITY', 'NOT_ENGAGED']);
const PARENT_RELATIONSHIPS = new Set(['SPOUSE', 'PARTNER']);
const CHILD_RELATIONSHIPS = new Set(['CHILD', 'OTHER_CHILD']);
const DISABILITY_EXEMPTIONS = new Set(['MEDICAL_INABILITY', 'HOME_CARE_DISABLED_CHILD']);

const overlaps = (aStart: string, aEnd: string | null, bStart: string, bEnd: string): boolean =>
  aStart <= bEnd && (aEnd === null || aEnd >= bStart);

const byWeekThenAssignment = (a: EntryRow, b: EntryRow): number =>
  a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : a.assignmentId < b.assignmentId ? -1 : a.assignmentId > b.assignmentId ? 1 : 0;

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------------------------

export class ParticipationFactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: AlaskaCalendar,
  ) {}

  /** Today's Alaska date, from the injected clock. */
  today(): string {
    return alaskaDateOf(this.clock.now());
  }

  /** The month to date is projected (WV-1 verification happens after the month). */
  isCurrentMonth(month: string): boolean {
    return month === this.today().slice(0, 7);
  }

  /**
   * Every case of the scope with its facts and its result for `month`, in a fixed number of
   * statements. For the current month (by the injected clock), weeks not yet entered are
   * projected from the assignments' scheduled hours, on Alaska business days.
   */
  async monthlyParticipation(scope: ParticipationScope, month: string): Promise<CaseMonthParticipation[]> {
    if (!isMonth(month)) throw new RangeError(`not a month: ${month}`);
    const days = monthDays(month);
    const project = this.isCurrentMonth(month);
    const sql = monthQueries(scope, month, project);
    const run = <T>(query: MonthQuery | null): Promise<T[]> => (query ? this.dataSource.query(query.sql, query.params) : Promise.resolve([]));
    const [cases, history, members, entries, prior, assignments, verifications] = await Promise.all([
      run<CaseRow>(sql.cases), run<HistoryRow>(sql.history), run<MemberRow>(sql.members), run<EntryRow>(sql.entries),
      run<EntryRow>(sql.priorEntries), run<AssignmentRow>(sql.assignments), run<VerificationRow>(sql.verifications),
    ]);

    const historyByCase = group(history, (r) => r.caseId);
    const membersByClient = group(members, (r) => r.clientId);
    const entriesByCase = group(entries, (r) => r.caseId);
    const priorByCase = group(prior, (r) => r.caseId);
    const assignmentsByCase = group(assignments, (r) => r.caseId);
    const verificationByCase = new Map(verifications.map((v) => [v.caseId, v]));
    const businessDays = project ? this.businessDaysOf(days) : null;

    const out: CaseMonthParticipation[] = [];
    for (const c of cases) {
      const past = caseHistoryFacts(historyByCase.get(c.id) ?? [], c);
      const trackInMonth = trackOn(past.tracks, days.lastDate);
      // WV-3: the rates count a case in the months it was on Work First (the SQL only narrowed the
      // load to cases that were ever on Work First).
      if (scope.workFirstOnly && trackInMonth !== 'WORK_FIRST') continue;
      const household = membersByClient.get(c.clientId) ?? [];
      // Weeks in date order, entries of a week in a fixed order (sorted here: an ORDER BY over the office's rows spills to disk).
      const monthEntries = (entriesByCase.get(c.id) ?? []).sort(byWeekThenAssignment);
      const built = buildFacts(c, past, household, month, monthEntries, priorByCase.get(c.id) ?? []);
      let projected = false;
      if (businessDays) {
        const extra = projectUnenteredWeeks(assignmentsByCase.get(c.id) ?? [], monthEntries, days, businessDays);
        for (const p of extra) {
          const adult = built.adultFor(p.householdMemberId);
          if (!adult) continue;
          adult.activities.push(p.entry);
          projected = true;
        }
      }
      const verification = verificationByCase.get(c.id);
      out.push({
        caseId: c.id,
        officeId: c.officeId,
        caseManagerId: c.caseManagerId,
        caseManagerName: c.caseManagerName,
        clientName: `${c.firstName} ${c.lastName}`,
        track: c.track,
        trackInMonth,
        phase: c.phase,
        month,
        openInMonth: openInMonth(past.taPeriods, month),
        projected,
        verification: verification ? { verifiedBy: verification.verifiedBy, verifiedByName: verification.verifiedByName, verifiedAt: verification.verifiedAt } : null,
        facts: built.facts,
        result: compute(c.id, built.facts),
      });
    }
    return out;
  }

  /** Alaska business days (AS 44.12.010, 44.12.020) of the month, as a set of day numbers. */
  private businessDaysOf(days: { first: number; last: number }): Set<number> {
    const set = new Set<number>();
    for (let d = days.first; d <= days.last; d++) if (this.calendar.isBusinessDay(dayToDate(d))) set.add(d);
    return set;
  }
}

/** The ONE computation; invalid facts built from stored rows are a data problem, named by case. */
function compute(caseId: string, facts: ParticipationFacts): ParticipationResult {
  try {
    return computeMonthlyParticipation(facts);
  } catch (e) {
    if (e instanceof ParticipationFactsError) throw new Error(`case ${caseId}: ${e.message}`);
    throw e;
  }
}

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
  // in their history. The month's track is then checked in memory (caseHistoryFacts), so a case
  // that left Work First still counts in its Work First months, and one that joined it later does
  // not count before (45 CFR 261.21-261.24; WV-3).
  if (scope.workFirstOnly) {
    conditions.push(`(c.track = 'WORK_FIRST' OR EXISTS (SELECT 1 FROM case_history wf WHERE wf.case_id = c.id
      AND wf.event IN ('REFERRED', 'REFER_AGAIN', 'REQUEST_TRACK_CHANGE')
      AND (wf.payload->>'track' = 'WORK_FIRST' OR wf.payload->>'toTrack' = 'WORK_FIRST')))`);
  }
  return { where: conditions.length ? conditions.join(' AND ') : 'TRUE', params };
}

export interface MonthQuery { sql: string; params: unknown[] }

/**
 * The statements that load a month for a scope: everything the facts are built from. Exported so
 * that the benchmark's raw-pg baseline sends exactly the same SQL.
 */
export function monthQueries(scope: ParticipationScope, month: string, project: boolean): {
  cases: MonthQuery; history: MonthQuery; members: MonthQuery; entries: MonthQuery; priorEntries: MonthQuery;
  assignments: MonthQuery | null; verifications: MonthQuery;
} {
  const days = monthDays(month);
  const { where, params } = scopeWhere(scope);
  const n = params.length;
  const q = (sql: string, extra: unknown[] = []): MonthQuery => ({ sql, params: [...params, ...extra] });
  const entryColumns = `e.case_id AS "caseId", e.assignment_id AS "assignmentId", a.household_member_id AS "householdMemberId",
      a.activity_type AS activity, a.scheduled_centi_hours_per_week AS "weeklyCentiHours", a.start_date::text AS "startDate",
      a.end_date::text AS "endDate", e.month, e.week_start::text AS "weekStart", e.actual_centi_hours AS actual,
      e.excused_centi_hours AS excused, e.holiday_centi_hours AS holiday, e.holiday_date::text AS "holidayDate",
      (e.justification IS NOT NULL AND btrim(e.justification) <> '') AS justified`;
  // Current entries only: a corrected entry is replaced by the row that points to it.
  const current = `NOT EXISTS (SELECT 1 FROM hours_entry r WHERE r.replaces_entry_id = e.id)`;
  return {
    cases: q(`
      SELECT c.id, c.client_id AS "clientId", c.child_care_federally_funded AS "childCareFederallyFunded", c.office_id AS "officeId", c.case_manager_id AS "caseManagerId", s.name AS "caseManagerName",
             c.track, c.phase, c.referral_date::text AS "referralDate",
             c.snapshot->'context'->'penalty' AS penalty, c.snapshot->'context'->'penaltyHistory' AS "penaltyHistory",
             c.snapshot->'context'->'exemption' AS exemption, c.snapshot->'context'->'exit' AS exit,
             cl.first_name AS "firstName", cl.last_name AS "lastName", cl.date_of_birth::text AS "clientDateOfBirth"
        FROM work_case c JOIN client cl ON cl.id = c.client_id JOIN staff s ON s.id = c.case_manager_id
       WHERE ${where}
       ORDER BY cl.last_name, cl.first_name, c.id`),
    // The whole history of the events that make TA, track and exemption periods, every referral
    // included (one statement for the scope; the periods are built in memory).
    history: q(`
      SELECT h.case_id AS "caseId", h.version, h.event, h.occurred_at AS "occurredAt",
             h.payload->>'referralDate' AS "referralDate", h.payload->>'track' AS track, h.payload->>'closedOn' AS "closedOn",
             h.payload->>'toTrack' AS "toTrack", (h.payload->'approved') = 'true'::jsonb AS approved,
             h.payload->>'reason' AS reason, h.payload->>'startedOn' AS "startedOn", h.payload->>'endedOn' AS "endedOn"
        FROM case_history h JOIN work_case c ON c.id = h.case_id
       WHERE ${where} AND h.event IN (${HISTORY_EVENTS.map((e) => `'${e}'`).join(', ')})`),
    members: q(`
      SELECT m.id, m.client_id AS "clientId", m.relationship, m.date_of_birth::text AS "dateOfBirth"
        FROM household_member m
       WHERE m.client_id IN (SELECT c.client_id FROM work_case c WHERE ${where})
       ORDER BY m.id`),
    entries: q(`
      SELECT ${entryColumns}
        FROM hours_entry e JOIN activity_assignment a ON a.id = e.assignment_id JOIN work_case c ON c.id = e.case_id
       WHERE ${where} AND e.month = $${n + 1} AND ${current}`, [month]),
    // Earlier months' entries that carry limits forward: JSJR (6 weeks in 12 months, 4 consecutive
    // weeks), VET (12 months in a lifetime), excused and holiday hours (80 h / 10 holidays in 12 months).
    priorEntries: q(`
      SELECT ${entryColumns}
        FROM hours_entry e JOIN activity_assignment a ON a.id = e.assignment_id JOIN work_case c ON c.id = e.case_id
       WHERE ${where} AND e.month < $${n + 1} AND ${current}
         AND (a.activity_type IN ('JOB_SEARCH_JOB_READINESS', 'VOCATIONAL_EDUCATIONAL_TRAINING') OR e.excused_centi_hours > 0 OR e.holiday_centi_hours > 0)`, [month]),
    assignments: project
      ? q(`
          SELECT a.id, a.case_id AS "caseId", a.household_member_id AS "householdMemberId", a.activity_type AS activity,
                 a.scheduled_centi_hours_per_week AS "weeklyCentiHours", a.start_date::text AS "startDate", a.end_date::text AS "endDate"
            FROM activity_assignment a JOIN work_case c ON c.id = a.case_id
           WHERE ${where} AND a.start_date <= $${n + 1}::date AND (a.end_date IS NULL OR a.end_date >= $${n + 2}::date)
           ORDER BY a.start_date, a.id`, [days.lastDate, days.firstDate])
      : null,
    verifications: q(`
      SELECT v.case_id AS "caseId", v.verified_by AS "verifiedBy", s.name AS "verifiedByName", v.verified_at AS "verifiedAt"
        FROM month_verification v JOIN work_case c ON c.id = v.case_id JOIN staff s ON s.id = v.verified_by
       WHERE ${where} AND v.month = $${n + 1}`, [month]),
  };
}

// ---------------------------------------------------------------------------------------------
// Periods from the case history
// ---------------------------------------------------------------------------------------------

interface Period { start: string; end: string | null }
/** A track in force from `from` (an Alaska date); the later history row wins over an earlier one. */
interface TrackChange { from: string; track: string }
interface ExemptionPeriod { reason: string; startedOn: string; endedOn: string | null }

/** What the whole case history says, across every referral of the case. */
interface CaseHistoryFacts {
  /** TA periods: a referral (REFERRED, REFER_AGAIN) opens one, CLOSE_TA ends it on its closedOn date. */
  taPeriods: Period[];
  /** Track changes in history order (never empty). */
  tracks: TrackChange[];
  /** Exemption periods in history order, earlier referrals included (the chart keeps only the current one). */
  exemptions: ExemptionPeriod[];
}

const dayBefore = (date: string): string => dayToDate((dayOf(date) as number) - 1);

/**
 * The case's periods from its history rows (the chart's context keeps only the current track and
 * exemption; REFER_AGAIN clears the exemption and a later START_EXEMPTION overwrites it):
 * - TA: REFERRED / REFER_AGAIN open a period on their referralDate, CLOSE_TA ends it on closedOn.
 * - Track (TRK-1): the `track` of REFERRED / REFER_AGAIN from the referral date; the `toTrack` of the
 *   REQUEST_TRACK_CHANGE that precedes a DECIDE_TRACK_CHANGE with `approved: true`, from the Alaska
 *   date of that decision (the chart switches the track when the supervisor approves).
 * - Exemptions (AS 47.27.035; 7 AAC 45.260): START_EXEMPTION {reason, startedOn} opens one,
 *   END_EXEMPTION {endedOn} ends it. One still open when TA closes ends on closedOn (the chart's
 *   exemption region is inside the open case). One still open when a new one starts, or at a
 *   re-referral (REFER_AGAIN clears the chart's exemption), ends the day before (loaded data only).
 * Without such history rows (data loaded outside the API) the chart stands in: the referral date
 * and exit record, today's track, the current exemption.
 */
function caseHistoryFacts(rows: HistoryRow[], c: CaseRow): CaseHistoryFacts {
  const taPeriods: Period[] = [];
  const tracks: TrackChange[] = [];
  const exemptions: ExemptionPeriod[] = [];
  let exemptionEvents = false;
  let requested: string | null = null;
  const endOpenExemption = (on: string) => {
    const open = exemptions.at(-1);
    if (open && open.endedOn === null) open.endedOn = on < open.startedOn ? open.startedOn : on;
  };
  for (const e of [...rows].sort((a, b) => a.version - b.version)) {
    switch (e.event) {
      case 'REFERRED':
      case 'REFER_AGAIN':
        requested = null;
        if (!e.referralDate) break;
        if (e.event === 'REFER_AGAIN') endOpenExemption(dayBefore(e.referralDate));
        taPeriods.push({ start: e.referralDate, end: null });
        if (e.track) tracks.push({ from: e.referralDate, track: e.track });
        break;
      case 'CLOSE_TA':
        if (!e.closedOn) break;
        if (taPeriods.length) taPeriods[taPeriods.length - 1].end = e.closedOn;
        // The chart's exemption region lives inside the open case: closing TA ends an open exemption.
        endOpenExemption(e.closedOn);
        break;
      case 'REQUEST_TRACK_CHANGE':
        requested = e.toTrack;
        break;
      case 'DECIDE_TRACK_CHANGE':
        if (e.approved === true && requested) tracks.push({ from: alaskaDateOf(new Date(e.occurredAt)), track: requested });
        requested = null;
        break;
      case 'START_EXEMPTION':
        exemptionEvents = true;
        if (!e.reason || !e.startedOn) break;
        endOpenExemption(dayBefore(e.startedOn));
        exemptions.push({ reason: e.reason, startedOn: e.startedOn, endedOn: null });
        break;
      case 'END_EXEMPTION':
        exemptionEvents = true;
        if (e.endedOn) endOpenExemption(e.endedOn);
        break;
    }
  }
  if (taPeriods.length === 0) taPeriods.push({ start: c.referralDate, end: c.exit?.closedOn ?? null });
  if (tracks.length === 0) tracks.push({ from: c.referralDate, track: c.track });
  if (!exemptionEvents && c.exemption) exemptions.push({ ...c.exemption });
  return { taPeriods, tracks, exemptions };
}

/**
 * The track on a date: the latest history row in force on that date (before the first one, the
 * first one's track). A month's track is the track on its LAST day (`trackOn(tracks, lastDate)`):
 * a case that moved to Work First during November is in November's Work First rate and not in
 * October's; one that left Work First during November is in October's and not in November's.
 */
function trackOn(tracks: TrackChange[], date: string): string {
  let track = tracks[0].track;
  for (const t of tracks) if (t.from <= date) track = t.track;
  return track;
}

/** TA was open on at least one day of the month (a TA period overlaps it). */
function openInMonth(periods: Period[], month: string): boolean {
  const { firstDate, lastDate } = monthDays(month);
  return periods.some((p) => overlaps(p.start, p.end, firstDate, lastDate));
}

/** Periods of `reasons` in force on at least one day of the month. */
function exemptionsInMonth(periods: ExemptionPeriod[], month: string, reasons: ReadonlySet<string>): ExemptionPeriod[] {
  const { firstDate, lastDate } = monthDays(month);
  return periods.filter((p) => reasons.has(p.reason) && overlaps(p.startedOn, p.endedOn, firstDate, lastDate));
}

/** Age in whole years on a date (0 when born later). */
function ageYearsOn(birthDate: string, onDate: string): number {
  return birthDate > onDate ? 0 : Math.floor(ageInCompletedMonths(birthDate, onDate) / 12);
}

interface HouseholdAt {
  familyType: 'SINGLE_PARENT' | 'TWO_PARENT';
  youngestChildAgeMonths: number | null;
  spouse: MemberRow | null;
}

/**
 * The household in a month: people born by its last day; two-parent when the client has a SPOUSE
 * or PARTNER in the household; the youngest child's age in completed months on the first day
 * (0 for a child born during the month).
 */
function householdAt(household: MemberRow[], month: string, preferSpouseIds: ReadonlySet<string>): HouseholdAt {
  const { firstDate, lastDate } = monthDays(month);
  const present = household.filter((m) => m.dateOfBirth <= lastDate);
  const parents = present.filter((m) => PARENT_RELATIONSHIPS.has(m.relationship));
  // With more than one spouse/partner on file, the one who has hours is the second parent.
  const spouse = parents.find((m) => preferSpouseIds.has(m.id)) ?? parents[0] ?? null;
  const children = present.filter((m) => CHILD_RELATIONSHIPS.has(m.relationship));
  let youngest: number | null = null;
  for (const child of children) {
    const months = child.dateOfBirth > firstDate ? 0 : ageInCompletedMonths(child.dateOfBirth, firstDate);
    youngest = youngest === null ? months : Math.min(youngest, months);
  }
  return { familyType: spouse ? 'TWO_PARENT' : 'SINGLE_PARENT', youngestChildAgeMonths: youngest, spouse };
}

/** A stored entry as the computation's weekly entry (hours of the month's days only). */
function toWeeklyEntry(e: EntryRow): WeeklyActivityEntry | null {
  if (!isFederalActivity(e.activity)) return null;
  const days = monthDays(e.month);
  const ws = dayOf(e.weekStart) as number;
  const start = dayOf(e.startDate) as number;
  const end = e.endDate ? (dayOf(e.endDate) as number) : Infinity;
  let weekdays = 0;
  for (let d = Math.max(ws, days.first, start); d <= Math.min(ws + 6, days.last, end); d++) if (isWeekday(d)) weekdays += 1;
  return {
    weekStart: e.weekStart,
    activity: e.activity as FederalActivity,
    actualCentiHours: e.actual,
    scheduledCentiHours: scheduledInPart(e.weeklyCentiHours, weekdays),
    excusedCentiHours: e.excused,
    holidays: e.holiday > 0 && e.holidayDate ? [{ date: e.holidayDate, centiHours: e.holiday }] : [],
    // WV-2: a work search entry counts only with its justification (the computation checks it).
    justificationPresent: e.justified,
  };
}

/** The penalty facts for a month from the chart's penalty records (45 CFR 261.22(b); AS 47.27.085). */
export function penaltyFacts(records: PenaltyRecord[], month: string): WorkPenaltyFacts {
  // A work penalty is in force from its effective date (imposedOn) to its end (PEN-3 cure or good
  // cause, back-dated). Child support penalties are not penalties "for refusing to work".
  const spans = records
    .filter((p) => p.imposedOn && p.stage >= 1 && WORK_PENALTY_KINDS.has(p.kind))
    .map((p) => ({ start: p.imposedOn as string, end: p.endedOn }))
    .filter((s) => s.end === null || s.end >= s.start);
  if (spans.length === 0) return { underWorkPenaltyThisMonth: false, penaltyMonthsInLast12Months: 0 };
  const penalized = (m: string) => {
    const d = monthDays(m);
    return spans.some((s) => overlaps(s.start, s.end, d.firstDate, d.lastDate));
  };
  let months = 0;
  for (let i = 0; i < 12; i++) if (penalized(addMonths(month, -i))) months += 1;
  return { underWorkPenaltyThisMonth: penalized(month), penaltyMonthsInLast12Months: months };
}

interface BuiltFacts {
  facts: ParticipationFacts;
  adultFor(householdMemberId: string | null): AdultParticipationFacts | null;
}

function buildFacts(c: CaseRow, past: CaseHistoryFacts, household: MemberRow[], month: string, monthEntries: EntryRow[], prior: EntryRow[]): BuiltFacts {
  const { firstDate } = monthDays(month);
  const withHours = new Set([...monthEntries, ...prior].map((e) => e.householdMemberId).filter((id): id is string => id !== null));
  const home = householdAt(household, month, withHours);
  const married = home.spouse?.relationship === 'SPOUSE';

  const client: AdultParticipationFacts = {
    adultId: c.clientId,
    ageYears: ageYearsOn(c.clientDateOfBirth, firstDate),
    headOfHousehold: true,
    married,
    // 45 CFR 261.32: a disability exemption in force during the month, from the exemption periods
    // of the whole history (not the chart's current exemption, which a later one overwrites).
    disabled: exemptionsInMonth(past.exemptions, month, DISABILITY_EXEMPTIONS).length > 0,
    activities: [],
  };
  const adults = [client];
  let spouse: AdultParticipationFacts | null = null;
  if (home.spouse) {
    spouse = { adultId: home.spouse.id, ageYears: ageYearsOn(home.spouse.dateOfBirth, firstDate), headOfHousehold: false, married, activities: [] };
    adults.push(spouse);
  }
  const adultFor = (memberId: string | null) => (memberId === null ? client : spouse && memberId === spouse.adultId ? spouse : null);
  for (const e of monthEntries) {
    const entry = toWeeklyEntry(e);
    const adult = adultFor(e.householdMemberId);
    if (entry && adult) adult.activities.push(entry);
  }
  // Teen deeming (45 CFR 261.35; 42 USC 607(c)(2)(C)): whether an adult under 20 is head of
  // household or married is the computation's test; attendance is a fact from the entered weeks
  // (before any projection of the current month).
  for (const adult of adults) {
    if (adult.ageYears < TEEN_DEEMING_AGE_LIMIT_YEARS) adult.secondarySchoolAttendanceSatisfactory = secondarySchoolAttendanceSatisfactory(adult.activities);
  }

  const histories = priorHistories(c, household, prior, month, withHours);
  for (const adult of adults) {
    const h = histories.get(adult.adultId);
    if (h) adult.history = h;
  }

  const records = penaltyRecordsOf(c);
  const facts: ParticipationFacts = {
    month,
    familyType: home.familyType,
    youngestChildAgeMonths: home.youngestChildAgeMonths,
    // 45 CFR 261.32: recorded per case (recordChildCareAuthorization), as it stands now.
    receivesFederallyFundedChildCare: c.childCareFederallyFunded,
    adults,
    penalty: penaltyFacts(records, month),
    childUnder12MonthsDisregard: disregardFacts(c, past, household, withHours, month),
  };
  return { facts, adultFor };
}

const penaltyRecordsOf = (c: CaseRow): PenaltyRecord[] => [...(c.penaltyHistory ?? []), ...(c.penalty ? [c.penalty] : [])];

/**
 * Satisfactory attendance at secondary school or a GED course in the month (45 CFR 261.35;
 * 42 USC 607(c)(2)(C); DOMAIN.md "Teen deeming"): the month's SECONDARY_SCHOOL_OR_GED entries
 * exist, schedule hours, and their actual hours together are at least their scheduled hours
 * together, for the weeks entered (a week not entered is neither attended nor missed). Only
 * actual hours attend: excused and holiday hours do not (45 CFR 261.60(a)).
 */
function secondarySchoolAttendanceSatisfactory(activities: readonly WeeklyActivityEntry[]): boolean {
  let actual = 0;
  let scheduled = 0;
  let entered = false;
  for (const e of activities) {
    if (e.activity !== 'SECONDARY_SCHOOL_OR_GED') continue;
    entered = true;
    actual += e.actualCentiHours;
    scheduled += e.scheduledCentiHours ?? 0;
  }
  return entered && scheduled > 0 && actual >= scheduled;
}

const CARETAKER_CHILD_UNDER_12_MONTHS = new Set(['CARETAKER_CHILD_UNDER_12_MONTHS']);

/**
 * The single-parent "child under 12 months" disregard (45 CFR 261.22(b); 42 USC 607(b)(5)) is
 * claimed in Alaska on request: a CARETAKER_CHILD_UNDER_12_MONTHS exemption (AS 47.27.035) in force
 * on at least one day of the month, from the exemption PERIODS of the whole history, earlier
 * referrals included. The 12 lifetime months count the months actually disregarded before this
 * month, across every such period: each earlier month with the exemption in force and TA open is
 * put to the same computation (so a month excluded for a work penalty, or a month without a child
 * under 12 months or as a two-parent family, spends no disregard month), oldest first.
 */
function disregardFacts(
  c: CaseRow, past: CaseHistoryFacts, household: MemberRow[], withHours: ReadonlySet<string>, month: string,
): ParticipationFacts['childUnder12MonthsDisregard'] {
  const periods = past.exemptions.filter((p) => CARETAKER_CHILD_UNDER_12_MONTHS.has(p.reason));
  if (exemptionsInMonth(periods, month, CARETAKER_CHILD_UNDER_12_MONTHS).length === 0) return { claimed: false, monthsUsedBeforeMonth: 0 };
  const earlier = new Set<string>();
  for (const p of periods) {
    const last = p.endedOn === null || p.endedOn.slice(0, 7) >= month ? addMonths(month, -1) : p.endedOn.slice(0, 7);
    for (let m = p.startedOn.slice(0, 7); m <= last; m = addMonths(m, 1)) earlier.add(m);
  }
  const records = penaltyRecordsOf(c);
  let used = 0;
  for (const m of [...earlier].sort()) {
    if (used >= CHILD_UNDER_12_MONTHS_DISREGARD_LIFETIME_MONTHS) break;
    if (!openInMonth(past.taPeriods, m)) continue;
    const home = householdAt(household, m, withHours);
    const married = home.spouse?.relationship === 'SPOUSE';
    const at = `${m}-01`;
    const adults: AdultParticipationFacts[] = [{ adultId: c.clientId, ageYears: ageYearsOn(c.clientDateOfBirth, at), headOfHousehold: true, married, activities: [] }];
    if (home.spouse) adults.push({ adultId: home.spouse.id, ageYears: ageYearsOn(home.spouse.dateOfBirth, at), headOfHousehold: false, married, activities: [] });
    const result = compute(c.id, {
      month: m, familyType: home.familyType, youngestChildAgeMonths: home.youngestChildAgeMonths, receivesFederallyFundedChildCare: c.childCareFederallyFunded,
      adults, penalty: penaltyFacts(records, m), childUnder12MonthsDisregard: { claimed: true, monthsUsedBeforeMonth: used },
    });
    if (result.childUnder12MonthsDisregardUsed) used += 1;
  }
  return { claimed: true, monthsUsedBeforeMonth: used };
}

/**
 * What earlier months used up, per adult, by running the same computation over the earlier months
 * that have entries which carry a limit forward, oldest first, each month taking its history from
 * the months computed before it (the carry-forward the computation returns).
 */
function priorHistories(c: CaseRow, household: MemberRow[], prior: EntryRow[], month: string, withHours: ReadonlySet<string>): Map<string, AdultParticipationHistory> {
  const out = new Map<string, AdultParticipationHistory>();
  if (prior.length === 0) return out;
  const byMonth = group([...prior].sort(byWeekThenAssignment), (e) => e.month);
  const carry = new Map<string, Array<{ month: string; cf: AdultCarryForward }>>();
  const historyAt = (adultId: string, at: string): AdultParticipationHistory => {
    const done = carry.get(adultId) ?? [];
    const within = (n: number) => done.filter((d) => d.month >= addMonths(at, -n) && d.month < at);
    const last12 = within(12);
    const last11 = within(11);
    const latest = done.at(-1)?.cf;
    const streak = latest?.jsjrConsecutiveWeeksAtEndOfMonth ?? 0;
    const h: AdultParticipationHistory = {
      jsjrCentiHoursCountedPrior12Months: last12.reduce((s, d) => s + d.cf.jsjrCountedCentiHours, 0),
      jsjrShortWeekUsedPrior12Months: last12.some((d) => d.cf.jsjrShortWeekUsedThisMonth),
      vetMonthsUsedBeforeMonth: done.filter((d) => d.cf.vetMonthUsed).length,
      holidaysExcusedPrior11Months: last11.reduce((s, d) => s + d.cf.holidaysCounted, 0),
      excusedCentiHoursPrior11Months: last11.reduce((s, d) => s + d.cf.excusedCentiHoursCounted, 0),
    };
    if (streak > 0 && latest?.jsjrLastWeekStart) {
      h.jsjrConsecutiveWeeksBeforeMonth = streak;
      h.jsjrLastWeekStartBeforeMonth = latest.jsjrLastWeekStart;
    }
    return h;
  };

  for (const m of [...byMonth.keys()].sort()) {
    const home = householdAt(household, m, withHours);
    const married = home.spouse?.relationship === 'SPOUSE';
    const adultsAt: AdultParticipationFacts[] = [
      { adultId: c.clientId, ageYears: ageYearsOn(c.clientDateOfBirth, `${m}-01`), headOfHousehold: true, married, activities: [], history: historyAt(c.clientId, m) },
    ];
    if (home.spouse) {
      adultsAt.push({ adultId: home.spouse.id, ageYears: ageYearsOn(home.spouse.dateOfBirth, `${m}-01`), headOfHousehold: false, married, activities: [], history: historyAt(home.spouse.id, m) });
    }
    for (const e of byMonth.get(m) ?? []) {
      const entry = toWeeklyEntry(e);
      const adult = adultsAt.find((a) => a.adultId === (e.householdMemberId ?? c.clientId));
      if (entry && adult) adult.activities.push(entry);
    }
    const result = compute(c.id, {
      month: m, familyType: home.familyType, youngestChildAgeMonths: home.youngestChildAgeMonths,
      receivesFederallyFundedChildCare: c.childCareFederallyFunded, adults: adultsAt,
    });
    for (const a of result.adults) {
      const list = carry.get(a.adultId) ?? [];
      list.push({ month: m, cf: a.carryForward });
      carry.set(a.adultId, list);
    }
  }
  for (const adultId of carry.keys()) out.set(adultId, historyAt(adultId, month));
  return out;
}

/**
 * Projection for the month to date: for each assignment active in the month, the Alaska business
 * days of the month inside the assignment and not covered by an entered week get the weekly
 * schedule spread over five days, grouped by Monday-to-Sunday week. Projected work search hours
 * are assumed justified (WV-2), since they are the supervised schedule.
 */
function projectUnenteredWeeks(
  assignments: AssignmentRow[],
  entries: EntryRow[],
  days: { first: number; last: number },
  businessDays: ReadonlySet<number>,
): Array<{ householdMemberId: string | null; entry: WeeklyActivityEntry }> {
  const out: Array<{ householdMemberId: string | null; entry: WeeklyActivityEntry }> = [];
  const coveredByAssignment = new Map<string, Set<number>>();
  for (const e of entries) {
    const ws = dayOf(e.weekStart) as number;
    const set = coveredByAssignment.get(e.assignmentId) ?? new Set<number>();
    for (let d = ws; d <= ws + 6; d++) set.add(d);
    coveredByAssignment.set(e.assignmentId, set);
  }
  for (const a of assignments) {
    if (!isFederalActivity(a.activity)) continue;
    const covered = coveredByAssignment.get(a.id) ?? new Set<number>();
    const from = Math.max(days.first, dayOf(a.startDate) as number);
    const to = Math.min(days.last, a.endDate ? (dayOf(a.endDate) as number) : Infinity);
    const byWeek = new Map<number, { business: number; weekdays: number }>();
    for (let d = from; d <= to; d++) {
      if (covered.has(d) || !isWeekday(d)) continue;
      const w = byWeek.get(mondayOf(d)) ?? { business: 0, weekdays: 0 };
      w.weekdays += 1;
      if (businessDays.has(d)) w.business += 1;
      byWeek.set(mondayOf(d), w);
    }
    for (const [monday, w] of [...byWeek.entries()].sort((x, y) => x[0] - y[0])) {
      out.push({
        householdMemberId: a.householdMemberId,
        entry: {
          weekStart: dayToDate(monday),
          activity: a.activity as FederalActivity,
          actualCentiHours: scheduledInPart(a.weeklyCentiHours, w.business),
          scheduledCentiHours: scheduledInPart(a.weeklyCentiHours, w.weekdays),
          justificationPresent: true,
        },
      });
    }
  }
  return out;
}
