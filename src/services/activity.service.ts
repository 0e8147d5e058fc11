import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf } from '../calendar/alaska-calendar';
import { badInput, forbidden, notFound } from '../errors';
import {
  centiHoursToHours, FEDERAL_ACTIVITIES, formatCentiHours, hoursToCentiHours, isFederalActivity, type FederalActivity,
} from '../participation';
import { dayNumber, dayToDate } from '../participation/calendar-dates';
import type { Clock } from './clock';
import { assertRecordId } from './ids';
import { isMonth, monthDays } from './participation-facts.service';

export const TIMESHEET_FREQUENCIES = ['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const;
export type TimesheetFrequency = (typeof TIMESHEET_FREQUENCIES)[number];

/** AS 47.27.035: work activity assignments are at most 40 hours a week. */
export const MAX_SCHEDULED_CENTI_HOURS_PER_WEEK = 4000;
/** A week has 168 hours: no weekly entry can report more. */
export const MAX_WEEKLY_CENTI_HOURS = 16800;

export interface AssignActivityRequest {
  caseId: string;
  activity: FederalActivity;
  scheduledHoursPerWeek: number;
  startDate: string;
  endDate?: string | null;
  provider?: string | null;
  timesheetFrequency: TimesheetFrequency;
  /** The client's spouse or partner; omitted for the client. */
  householdMemberId?: string | null;
}

export interface HoursValues {
  actualHours: number;
  excusedHours?: number | null;
  holidayHours?: number | null;
  holidayDate?: string | null;
  justification?: string | null;
}

export interface RecordHoursRequest extends HoursValues {
  assignmentId: string;
  month: string;
  weekStart: string;
}

export interface CorrectHoursRequest extends Partial<HoursValues> {
  entryId: string;
  actualHours: number;
  reason: string;
}

export interface ActivityAssignmentView {
  id: string;
  caseId: string;
  householdMemberId: string | null;
  activity: FederalActivity;
  federalName: string;
  localNames: string[];
  core: boolean;
  scheduledHoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  provider: string | null;
  timesheetFrequency: TimesheetFrequency;
  assignedById: string;
  assignedAt: Date;
  endedById: string | null;
  endedAt: Date | null;
}

export interface HoursEntryView {
  id: string;
  assignmentId: string;
  caseId: string;
  activity: FederalActivity;
  month: string;
  weekStart: string;
  actualHours: number;
  excusedHours: number;
  holidayHours: number;
  holidayDate: string | null;
  justification: string | null;
  replacesEntryId: string | null;
  supersededById: string | null;
  /** Not replaced by a later entry. */
  current: boolean;
  correctionReason: string | null;
  enteredById: string;
  enteredRole: string;
  enteredAt: Date;
}

export interface MonthVerificationView {
  caseId: string;
  month: string;
  verifiedById: string;
  verifiedAt: Date;
}

interface AssignmentRow {
  id: string;
  caseId: string;
  householdMemberId: string | null;
  activity: string;
  weekly: number;
  startDate: string;
  endDate: string | null;
  provider: string | null;
  timesheetFrequency: TimesheetFrequency;
  assignedById: string;
  assignedAt: Date;
  endedById: string | null;
  endedAt: Date | null;
}

interface CaseAccessRow { id: string; officeId: string; caseManagerId: string; clientId: string }

interface EntryRow {
  id: string;
  assignmentId: string;
  caseId: string;
  activity: string;
  month: string;
  weekStart: string;
  actual: number;
  excused: number;
  holiday: number;
  holidayDate: string | null;
  justification: string | null;
  replacesEntryId: string | null;
  supersededById: string | null;
  correctionReason: string | null;
  enteredById: string;
  enteredRole: string;
  enteredAt: Date;
}

const ASSIGNMENT_COLUMNS = `a.id, a.case_id AS "caseId", a.household_member_id AS "householdMemberId", a.activity_type AS activity,
  a.scheduled_centi_hours_per_week AS weekly, a.start_date::text AS "startDate", a.end_date::text AS "endDate", a.provider,
  a.timesheet_frequency AS "timesheetFrequency", a.assigned_by AS "assignedById", a.assigned_at AS "assignedAt",
  a.ended_by AS "endedById", a.ended_at AS "endedAt"`;

const ENTRY_COLUMNS = `e.id, e.assignment_id AS "assignmentId", e.case_id AS "caseId", a.activity_type AS activity, e.month,
  e.week_start::text AS "weekStart", e.actual_centi_hours AS actual, e.excused_centi_hours AS excused, e.holiday_centi_hours AS holiday,
  e.holiday_date::text AS "holidayDate", e.justification, e.replaces_entry_id AS "replacesEntryId", r.id AS "supersededById",
  e.correction_reason AS "correctionReason", e.entered_by AS "enteredById", e.entered_role AS "enteredRole", e.entered_at AS "enteredAt"`;

const ENTRY_FROM = `hours_entry e JOIN activity_assignment a ON a.id = e.assignment_id LEFT JOIN hours_entry r ON r.replaces_entry_id = e.id`;

function toAssignment(row: AssignmentRow): ActivityAssignmentView {
  const activity = row.activity as FederalActivity;
  const def = FEDERAL_ACTIVITIES[activity];
  return {
    id: row.id,
    caseId: row.caseId,
    householdMemberId: row.householdMemberId,
    activity,
    federalName: def.federalName,
    localNames: [...def.localNames],
    core: def.core,
    scheduledHoursPerWeek: centiHoursToHours(row.weekly),
    startDate: row.startDate,
    endDate: row.endDate,
    provider: row.provider,
    timesheetFrequency: row.timesheetFrequency,
    assignedById: row.assignedById,
    assignedAt: row.assignedAt,
    endedById: row.endedById,
    endedAt: row.endedAt,
  };
}

function toEntry(row: EntryRow): HoursEntryView {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    caseId: row.caseId,
    activity: row.activity as FederalActivity,
    month: row.month,
    weekStart: row.weekStart,
    actualHours: centiHoursToHours(row.actual),
    excusedHours: centiHoursToHours(row.excused),
    holidayHours: centiHoursToHours(row.holiday),
    holidayDate: row.holidayDate,
    justification: row.justification,
    replacesEntryId: row.replacesEntryId,
    supersededById: row.supersededById,
    current: row.supersededById === null,
    correctionReason: row.correctionReason,
    enteredById: row.enteredById,
    enteredRole: row.enteredRole,
    enteredAt: row.enteredAt,
  };
}

/** Decimal hours to exact centi-hours; more than 2 decimals or a negative value is refused, never rounded. */
function centi(hours: number | null | undefined, field: string): number {
  if (hours == null) return 0;
  try {
    return hoursToCentiHours(String(hours));
  } catch {
    throw badInput(`${field} must be a non-negative number of hours with at most 2 decimals, got ${hours}`, field, 'isCentiHourPrecision');
  }
}

const addDays = (date: string, days: number): string => dayToDate((dayNumber(date) as number) + days);

/**
 * Work activity assignments, hours entered from timesheets, and the monthly verification (WV-1).
 * Writes need AccessPolicy.assertCanActOnCase; reads assertCanReadOffice. Hours entries are
 * append-only: re-entering a week or a supervisor's correction adds a row that replaces the earlier
 * one, and the database refuses UPDATE and DELETE on them.
 */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Re-derives the case's obligations: a verification meets WV-1 (with its CLNO). */
    private readonly onCaseChanged: (manager: EntityManager, caseId: string) => Promise<void> = async () => undefined,
  ) {}

  private today(): string {
    return alaskaDateOf(this.clock.now());
  }

  private async caseForWrite(manager: EntityManager, user: CurrentUser, caseId: string): Promise<CaseAccessRow> {
    assertRecordId('Case', caseId);
    const [kase] = await manager.query(
      `SELECT id, office_id AS "officeId", case_manager_id AS "caseManagerId", client_id AS "clientId" FROM work_case WHERE id = $1`, [caseId]);
    if (!kase) throw notFound('Case', caseId);
    AccessPolicy.assertCanReadOffice(user, kase.officeId);
    AccessPolicy.assertCanActOnCase(user, kase);
    return kase;
  }

  /** Serializes writes to one case's hours and verification of one month (and assignments of a case). */
  private async lock(manager: EntityManager, key: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  private async assignmentForWrite(manager: EntityManager, user: CurrentUser, assignmentId: string): Promise<{ assignment: AssignmentRow; kase: CaseAccessRow }> {
    assertRecordId('Activity assignment', assignmentId);
    // Locked: entering hours and ending the assignment must not pass each other (hours after the end).
    const [assignment] = await manager.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM activity_assignment a WHERE a.id = $1 FOR UPDATE OF a`, [assignmentId]) as AssignmentRow[];
    if (!assignment) throw notFound('Activity assignment', assignmentId);
    const kase = await this.caseForWrite(manager, user, assignment.caseId);
    return { assignment, kase };
  }

  /**
   * Assigns a work activity. AS 47.27.035: at most 40 hours a week, for this assignment and for all
   * of the person's assignments in force on any day of it together.
   */
  async assign(user: CurrentUser, request: AssignActivityRequest): Promise<ActivityAssignmentView> {
    if (!isFederalActivity(request.activity)) throw badInput(`${String(request.activity)} is not a federal activity type (45 CFR 261.30)`, 'activity', 'isEnum');
    const weekly = centi(request.scheduledHoursPerWeek, 'scheduledHoursPerWeek');
    if (weekly > MAX_SCHEDULED_CENTI_HOURS_PER_WEEK) {
      throw badInput('scheduledHoursPerWeek must be at most 40: work activity assignments are at most 40 hours a week (AS 47.27.035)', 'scheduledHoursPerWeek', 'max');
    }
    if (request.endDate && request.endDate < request.startDate) throw badInput('endDate must be on or after startDate', 'endDate', 'isOnOrAfter');
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.caseForWrite(manager, user, request.caseId);
      const memberId = request.householdMemberId ?? null;
      if (memberId) {
        assertRecordId('Household member', memberId);
        const [member] = await manager.query('SELECT relationship FROM household_member WHERE id = $1 AND client_id = $2', [memberId, kase.clientId]);
        if (!member || !['SPOUSE', 'PARTNER'].includes(member.relationship)) {
          throw badInput('householdMemberId must name the client\'s spouse or partner (the second parent of a two-parent family)', 'householdMemberId', 'isSecondParent');
        }
      }
      await this.lock(manager, `assign:${kase.id}`);
      const others = await manager.query(
        `SELECT scheduled_centi_hours_per_week AS weekly, start_date::text AS "startDate", end_date::text AS "endDate"
           FROM activity_assignment
          WHERE case_id = $1 AND household_member_id IS NOT DISTINCT FROM $2
            AND start_date <= COALESCE($4::date, 'infinity'::date) AND (end_date IS NULL OR end_date >= $3::date)`,
        [kase.id, memberId, request.startDate, request.endDate ?? null],
      ) as Array<{ weekly: number; startDate: string; endDate: string | null }>;
      // The most hours in force on one day: it peaks on a day some assignment starts.
      const starts = [request.startDate, ...others.map((o) => o.startDate).filter((d) => d > request.startDate)];
      let peak = weekly;
      for (const day of starts) {
        const total = weekly + others.filter((o) => o.startDate <= day && (o.endDate === null || o.endDate >= day)).reduce((s, o) => s + o.weekly, 0);
        peak = Math.max(peak, total);
      }
      if (peak > MAX_SCHEDULED_CENTI_HOURS_PER_WEEK) {
        throw badInput(
          `With the assignments already in force this would schedule ${formatCentiHours(peak)} hours a week; work activity assignments are at most 40 hours a week (AS 47.27.035)`,
          'scheduledHoursPerWeek', 'max',
        );
      }
      const [row] = await manager.query(
        `INSERT INTO activity_assignment (case_id, household_member_id, activity_type, scheduled_centi_hours_per_week, start_date, end_date,
           provider, timesheet_frequency, assigned_by, assigned_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [kase.id, memberId, request.activity, weekly, request.startDate, request.endDate ?? null, request.provider ?? null,
          request.timesheetFrequency, user.id, this.clock.now()],
      );
      const [created] = await manager.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM activity_assignment a WHERE a.id = $1`, [row.id]);
      return toAssignment(created);
    });
  }

  /** Ends an assignment; hours already entered for weeks after the end date must be corrected first. */
  async endAssignment(user: CurrentUser, request: { assignmentId: string; endDate: string }): Promise<ActivityAssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { assignment, kase } = await this.assignmentForWrite(manager, user, request.assignmentId);
      await this.lock(manager, `assign:${kase.id}`);
      if (request.endDate < assignment.startDate) throw badInput(`endDate must be on or after the start date ${assignment.startDate}`, 'endDate', 'isOnOrAfter');
      // Ending only shortens: a later end would escape the 40-hour check made at assignment (AS 47.27.035).
      if (assignment.endDate && request.endDate > assignment.endDate) {
        throw badInput(`The assignment already ends on ${assignment.endDate}; assign a new activity to extend it`, 'endDate', 'onlyShortens');
      }
      const [later] = await manager.query(
        `SELECT e.week_start::text AS "weekStart" FROM hours_entry e
          WHERE e.assignment_id = $1 AND e.week_start > $2::date AND e.actual_centi_hours + e.excused_centi_hours + e.holiday_centi_hours > 0
            AND NOT EXISTS (SELECT 1 FROM hours_entry r WHERE r.replaces_entry_id = e.id) LIMIT 1`,
        [assignment.id, request.endDate],
      );
      if (later) throw badInput(`Hours are entered for the week of ${later.weekStart}, after ${request.endDate}; correct them first`, 'endDate', 'hoursAfterEnd');
      await manager.query('UPDATE activity_assignment SET end_date = $2, ended_by = $3, ended_at = $4 WHERE id = $1',
        [assignment.id, request.endDate, user.id, this.clock.now()]);
      const [updated] = await manager.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM activity_assignment a WHERE a.id = $1`, [assignment.id]);
      return toAssignment(updated);
    });
  }

  /**
   * Hours from a timesheet for one week of an assignment, restricted to the month's days (a week
   * crossing months is entered in each month with that month's hours). Entering the same week
   * again replaces the earlier entry (kept in the history). Once the month is verified (WV-1),
   * only a SUPERVISOR may enter or correct its hours.
   */
  async recordHours(user: CurrentUser, request: RecordHoursRequest): Promise<HoursEntryView> {
    if (!isMonth(request.month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    const values = this.hoursValues(request);
    const days = monthDays(request.month);
    const ws = dayNumber(request.weekStart);
    if (ws === null) throw badInput('weekStart must be a date (YYYY-MM-DD)', 'weekStart', 'isDate');
    if (ws > days.last || ws < days.first - 6) {
      throw badInput(`The week starting ${request.weekStart} has no day in ${request.month}`, 'weekStart', 'weekInMonth');
    }
    // The month's part of the week must have begun: on Nov 30 the December days of that week have not.
    const firstDay = request.weekStart > `${request.month}-01` ? request.weekStart : `${request.month}-01`;
    if (firstDay > this.today()) throw badInput(`The week starting ${request.weekStart} has not begun; hours are entered from timesheets`, 'weekStart', 'notFuture');
    return this.dataSource.transaction(async (manager) => {
      const { assignment, kase } = await this.assignmentForWrite(manager, user, request.assignmentId);
      const partStart = dayToDate(Math.max(ws, days.first));
      const partEnd = dayToDate(Math.min(ws + 6, days.last));
      if (partEnd < assignment.startDate || (assignment.endDate !== null && partStart > assignment.endDate)) {
        throw badInput(
          `The ${request.month} days of the week starting ${request.weekStart} are outside the assignment (${assignment.startDate} to ${assignment.endDate ?? 'open'})`,
          'weekStart', 'weekInAssignment',
        );
      }
      this.checkHolidayAndJustification(assignment.activity, values, request.weekStart, request.month);
      await this.lock(manager, `hours:${kase.id}:${request.month}`);
      await this.assertMonthOpenFor(manager, user, kase.id, request.month);
      const current = await manager.query(
        `SELECT e.id, e.week_start::text AS "weekStart" FROM hours_entry e
          WHERE e.assignment_id = $1 AND e.month = $2 AND NOT EXISTS (SELECT 1 FROM hours_entry r WHERE r.replaces_entry_id = e.id)`,
        [assignment.id, request.month],
      ) as Array<{ id: string; weekStart: string }>;
      const same = current.find((e) => e.weekStart === request.weekStart);
      const clash = current.find((e) => e.weekStart !== request.weekStart && Math.abs((dayNumber(e.weekStart) as number) - ws) < 7);
      if (clash) {
        throw badInput(`The week starting ${request.weekStart} overlaps the week starting ${clash.weekStart} already entered for this assignment`, 'weekStart', 'overlappingWeek');
      }
      return this.insertEntry(manager, user, assignment, request.month, request.weekStart, values, same?.id ?? null, null);
    });
  }

  /** SUPERVISOR only: a correction is a new entry that replaces the current one, with the reason; history is kept (WV-1). */
  async correctHours(user: CurrentUser, request: CorrectHoursRequest): Promise<HoursEntryView> {
    if (user.role !== 'SUPERVISOR') throw forbidden('Only a supervisor corrects hours entries');
    assertRecordId('Hours entry', request.entryId);
    return this.dataSource.transaction(async (manager) => {
      const [original] = await manager.query(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.id = $1`, [request.entryId]) as EntryRow[];
      if (!original) throw notFound('Hours entry', request.entryId);
      const { assignment, kase } = await this.assignmentForWrite(manager, user, original.assignmentId);
      const values = this.hoursValues({
        actualHours: request.actualHours,
        excusedHours: request.excusedHours ?? centiHoursToHours(original.excused),
        holidayHours: request.holidayHours ?? centiHoursToHours(original.holiday),
        holidayDate: request.holidayDate !== undefined ? request.holidayDate : original.holidayDate,
        justification: request.justification !== undefined ? request.justification : original.justification,
      });
      this.checkHolidayAndJustification(assignment.activity, values, original.weekStart, original.month);
      await this.lock(manager, `hours:${kase.id}:${original.month}`);
      const [replaced] = await manager.query('SELECT id FROM hours_entry WHERE replaces_entry_id = $1', [original.id]);
      if (replaced) {
        throw badInput(`Entry ${original.id} was already replaced by entry ${replaced.id}; correct the current entry`, 'entryId', 'isCurrentEntry');
      }
      return this.insertEntry(manager, user, assignment, original.month, original.weekStart, values, original.id, request.reason);
    });
  }

  /**
   * WV-1: a case's work activities for a month are verified once, by whom and when. A month that
   * has not begun (by the injected clock's Alaska date) cannot be verified.
   */
  async verifyMonth(user: CurrentUser, request: { caseId: string; month: string }): Promise<MonthVerificationView> {
    if (!isMonth(request.month)) throw badInput('month must be YYYY-MM, e.g. 2026-10', 'month', 'matches');
    const todayMonth = this.today().slice(0, 7);
    // WV-1 verifies the prior month; the current one is still being worked.
    if (request.month >= todayMonth) {
      throw badInput(`${request.month} has not ended: a month is verified after it ends, by the 20th of the next (WV-1)`, 'month', 'notFutureMonth');
    }
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.caseForWrite(manager, user, request.caseId);
      await this.lock(manager, `hours:${kase.id}:${request.month}`);
      const [existing] = await manager.query(
        `SELECT v.verified_at AS "verifiedAt", s.name FROM month_verification v JOIN staff s ON s.id = v.verified_by WHERE v.case_id = $1 AND v.month = $2`,
        [kase.id, request.month],
      );
      if (existing) {
        throw badInput(`${request.month} was already verified by ${existing.name} at ${new Date(existing.verifiedAt).toISOString()} (WV-1: one verification per month)`, 'month', 'alreadyVerified');
      }
      const [row] = await manager.query(
        `INSERT INTO month_verification (case_id, month, verified_by, verified_at) VALUES ($1, $2, $3, $4)
         RETURNING case_id AS "caseId", month, verified_by AS "verifiedById", verified_at AS "verifiedAt"`,
        [kase.id, request.month, user.id, this.clock.now()],
      );
      await this.onCaseChanged(manager, kase.id);
      return row as MonthVerificationView;
    });
  }

  /** Assignments of the cases, oldest first, grouped by case (one statement for any number of cases). */
  async assignmentsByCase(caseIds: readonly string[]): Promise<ActivityAssignmentView[][]> {
    const rows = await this.dataSource.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM activity_assignment a WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.start_date, a.assigned_at, a.id`,
      [caseIds],
    ) as AssignmentRow[];
    const byCase = new Map<string, ActivityAssignmentView[]>();
    for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), toAssignment(row)]);
    return caseIds.map((id) => byCase.get(id) ?? []);
  }

  /** Hours entries of the assignments, by month and week; superseded entries only when asked for. */
  async entriesByAssignment(assignmentIds: readonly string[], options: { month?: string | null; includeSuperseded?: boolean }): Promise<HoursEntryView[][]> {
    const rows = await this.dataSource.query(
      `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM}
        WHERE e.assignment_id = ANY($1::uuid[]) AND ($2::text IS NULL OR e.month = $2) AND ($3 OR r.id IS NULL)
        ORDER BY e.month, e.week_start, e.entered_at, e.id`,
      [assignmentIds, options.month ?? null, options.includeSuperseded ?? false],
    ) as EntryRow[];
    const byAssignment = new Map<string, HoursEntryView[]>();
    for (const row of rows) byAssignment.set(row.assignmentId, [...(byAssignment.get(row.assignmentId) ?? []), toEntry(row)]);
    return assignmentIds.map((id) => byAssignment.get(id) ?? []);
  }

  private hoursValues(v: HoursValues): { actual: number; excused: number; holiday: number; holidayDate: string | null; justification: string | null } {
    const actual = centi(v.actualHours, 'actualHours');
    const excused = centi(v.excusedHours, 'excusedHours');
    const holiday = centi(v.holidayHours, 'holidayHours');
    for (const [field, value] of [['actualHours', actual], ['excusedHours', excused], ['holidayHours', holiday]] as const) {
      if (value > MAX_WEEKLY_CENTI_HOURS) throw badInput(`${field} must be at most 168 (the hours in a week)`, field, 'max');
    }
    if (actual + excused + holiday > MAX_WEEKLY_CENTI_HOURS) {
      throw badInput('actualHours + excusedHours + holidayHours must be at most 168 (the hours in a week)', 'actualHours', 'maxWeeklyTotal');
    }
    const justification = v.justification?.trim() ? v.justification.trim() : null;
    return { actual, excused, holiday, holidayDate: holiday > 0 ? v.holidayDate ?? null : null, justification };
  }

  private checkHolidayAndJustification(
    activity: string,
    values: { actual: number; excused: number; holiday: number; holidayDate: string | null; justification: string | null },
    weekStart: string,
    month: string,
  ): void {
    if (values.holiday > 0) {
      const days = monthDays(month);
      const d = values.holidayDate ? dayNumber(values.holidayDate) : null;
      const ws = dayNumber(weekStart) as number;
      if (d === null || d < ws || d > ws + 6 || d < days.first || d > days.last) {
        throw badInput(`holidayDate is required with holiday hours and must be a day of ${month} in the week starting ${weekStart} (${weekStart} to ${addDays(weekStart, 6)})`, 'holidayDate', 'holidayInWeek');
      }
    }
    // WV-2 (45 CFR 261.61): work search hours are supervised; every entry carries a justification.
    if (activity === 'JOB_SEARCH_JOB_READINESS' && values.actual + values.excused + values.holiday > 0 && !values.justification) {
      throw badInput('Job search / job readiness hours need a justification: work search hours are supervised (WV-2)', 'justification', 'jsjrJustificationRequired');
    }
  }

  /** WV-1: after verification only a supervisor may change a month's hours. */
  private async assertMonthOpenFor(manager: EntityManager, user: CurrentUser, caseId: string, month: string): Promise<void> {
    const [verified] = await manager.query(
      `SELECT v.verified_at AS "verifiedAt", s.name FROM month_verification v JOIN staff s ON s.id = v.verified_by WHERE v.case_id = $1 AND v.month = $2`,
      [caseId, month],
    );
    if (verified && user.role !== 'SUPERVISOR') {
      throw badInput(
        `${month} was verified by ${verified.name} on ${alaskaDateOf(new Date(verified.verifiedAt))}; its hours can now be changed only by a supervisor's correction (WV-1)`,
        'month', 'monthVerified',
      );
    }
  }

  private async insertEntry(
    manager: EntityManager,
    user: CurrentUser,
    assignment: AssignmentRow,
    month: string,
    weekStart: string,
    values: { actual: number; excused: number; holiday: number; holidayDate: string | null; justification: string | null },
    replacesEntryId: string | null,
    correctionReason: string | null,
  ): Promise<HoursEntryView> {
    const [row] = await manager.query(
      `INSERT INTO hours_entry (assignment_id, case_id, month, week_start, actual_centi_hours, excused_centi_hours, holiday_centi_hours,
         holiday_date, justification, replaces_entry_id, correction_reason, entered_by, entered_role, entered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [assignment.id, assignment.caseId, month, weekStart, values.actual, values.excused, values.holiday, values.holidayDate,
        values.justification, replacesEntryId, correctionReason, user.id, user.role, this.clock.now()],
    );
    const [created] = await manager.query(`SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE e.id = $1`, [row.id]) as EntryRow[];
    return toEntry(created);
  }
}
