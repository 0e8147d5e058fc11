import type { DataSource, EntityManager } from 'typeorm';
import {
  correctedHours, currentEntryViolation, endAssignmentViolation, holidayAndJustificationViolation, hoursAfterEndViolation, hoursEntryValues,
  alreadyVerifiedViolation, exemptAssignmentViolation, replacedEntryOf, secondParentViolation, validateAssignmentRequest, validateHoursEntry, verifiableMonthViolation,
  verifiedMonthViolation, weekInAssignmentViolation, weeklyLimitViolation,
  type HoursEntryValues, type RuleResult, type RuleViolation,
} from '../activities';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type Month, type PlainDate } from '../dates';
import type { ActivityAssignmentEntity } from '../entities';
import { badInput, notFound } from '../errors';
import { centiHoursToHours, FEDERAL_ACTIVITIES } from '../participation';
import { ActivityRepository, type CaseOwnershipRow, type HoursEntryRow } from '../repositories/activity.repository';
import { ExemptionRepository } from '../repositories/exemption.repository';
import type { Clock } from './clock';
import { assertRecordId } from './ids';
import { writeTransaction } from './transaction';

export type { HoursValues } from '../activities';

export type { ActivityAssignmentView, AssignActivityRequest, CorrectHoursRequest, HoursEntryView, MonthVerificationView, RecordHoursRequest } from './activity.types';
import type { ActivityAssignmentView, AssignActivityRequest, CorrectHoursRequest, HoursEntryView, MonthVerificationView, RecordHoursRequest } from './activity.types';

function toAssignment(row: ActivityAssignmentEntity): ActivityAssignmentView {
  const def = FEDERAL_ACTIVITIES[row.activityType];
  return {
    id: row.id, caseId: row.caseId, householdMemberId: row.householdMemberId,
    activity: row.activityType, federalName: def.federalName, localNames: [...def.localNames], core: def.core,
    scheduledHoursPerWeek: centiHoursToHours(row.scheduledCentiHoursPerWeek), startDate: row.startDate, endDate: row.endDate,
    provider: row.provider, timesheetFrequency: row.timesheetFrequency,
    assignedById: row.assignedBy, assignedAt: row.assignedAt, endedById: row.endedBy, endedAt: row.endedAt,
  };
}

function toEntry(row: HoursEntryRow): HoursEntryView {
  return {
    id: row.id, assignmentId: row.assignmentId, caseId: row.caseId, activity: row.activityType, month: row.month, weekStart: row.weekStart,
    actualHours: centiHoursToHours(row.actualCentiHours), excusedHours: centiHoursToHours(row.excusedCentiHours),
    holidayHours: centiHoursToHours(row.holidayCentiHours), holidayDate: row.holidayDate, justification: row.justification,
    replacesEntryId: row.replacesEntryId, supersededById: row.supersededById, current: row.supersededById === null,
    correctionReason: row.correctionReason, enteredById: row.enteredBy, enteredRole: row.enteredRole, enteredAt: row.enteredAt,
  };
}

/** A rule's violation as the API's BAD_USER_INPUT, with the rule's field and constraint. */
function refuseIf(violation: RuleViolation | null): void {
  if (violation) throw badInput(violation.message, violation.field, violation.constraint);
}

function valueOf<T>(result: RuleResult<T>): T {
  if (!result.ok) throw badInput(result.violation.message, result.violation.field, result.violation.constraint);
  return result.value;
}

/**
 * Work activity assignments, hours entered from timesheets, and the monthly verification (WV-1).
 * Orchestration only: who (AccessPolicy), what (ActivityRepository), whether (the pure rules of
 * src/activities), then the write. Writes need AccessPolicy.assertCanActOnCase; reads
 * assertCanReadOffice. Hours entries are append-only: re-entering a week or a supervisor's
 * correction adds a row that replaces the earlier one, and the database refuses UPDATE and DELETE
 * on them.
 */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Re-derives the case's obligations: a verification meets WV-1 (with its CLNO). */
    private readonly onCaseChanged: (manager: EntityManager, caseId: string) => Promise<void> = () => Promise.resolve(),
  ) {}

  private today(): PlainDate {
    return alaskaDateOf(this.clock.now());
  }

  private async caseForWrite(activities: ActivityRepository, user: CurrentUser, caseId: string): Promise<CaseOwnershipRow> {
    assertRecordId('Case', caseId);
    const kase = await activities.caseOwnership(caseId);
    if (!kase) throw notFound('Case', caseId);
    AccessPolicy.assertCanReadOffice(user, kase.officeId);
    AccessPolicy.assertCanActOnCase(user, kase);
    return kase;
  }

  private async assignmentForWrite(activities: ActivityRepository, user: CurrentUser, assignmentId: string) {
    assertRecordId('Activity assignment', assignmentId);
    // Locked: entering hours and ending the assignment must not pass each other (hours after the end).
    const assignment = await activities.assignmentForUpdate(assignmentId);
    if (!assignment) throw notFound('Activity assignment', assignmentId);
    const kase = await this.caseForWrite(activities, user, assignment.caseId);
    return { assignment, kase };
  }

  /**
   * Assigns a work activity. AS 47.27.035: at most 40 hours a week, for this assignment and for all
   * of the person's assignments in force on any day of it together.
   */
  async assign(user: CurrentUser, request: AssignActivityRequest): Promise<ActivityAssignmentView> {
    const { activity, weeklyCentiHours } = valueOf(validateAssignmentRequest(request));
    const endDate = request.endDate ?? null;
    return writeTransaction(this.dataSource, async (manager) => {
      const activities = new ActivityRepository(manager);
      const kase = await this.caseForWrite(activities, user, request.caseId);
      const memberId = request.householdMemberId ?? null;
      if (memberId) {
        assertRecordId('Household member', memberId);
        refuseIf(secondParentViolation(await activities.householdRelationship(memberId, kase.clientId)));
      }
      await activities.lock(`assign:${kase.id}`);
      // AS 47.27.035: no hours for the client while exempt (the second parent is not exempted by it).
      if (!memberId) refuseIf(exemptAssignmentViolation(await new ExemptionRepository(manager).periodsOfCase(kase.id), { startDate: request.startDate, endDate }));
      const others = await activities.schedulesInForce(kase.id, memberId, request.startDate, endDate);
      refuseIf(weeklyLimitViolation(
        { weeklyCentiHours, startDate: request.startDate, endDate },
        others.map((o) => ({ weeklyCentiHours: o.scheduledCentiHoursPerWeek, startDate: o.startDate, endDate: o.endDate })),
      ));
      const assignment = toAssignment(await activities.insertAssignment({
        caseId: kase.id, householdMemberId: memberId, activityType: activity, scheduledCentiHoursPerWeek: weeklyCentiHours,
        startDate: request.startDate, endDate, provider: request.provider ?? null, timesheetFrequency: request.timesheetFrequency,
        assignedBy: user.id, assignedAt: this.clock.now(),
      }));
      // EA-5: the assignment's follow-up is an obligation of the case from now on.
      await this.onCaseChanged(manager, kase.id);
      return assignment;
    });
  }

  /** Ends an assignment; hours already entered for weeks after the end date must be corrected first. */
  async endAssignment(user: CurrentUser, request: { assignmentId: string; endDate: PlainDate }): Promise<ActivityAssignmentView> {
    return writeTransaction(this.dataSource, async (manager) => {
      const activities = new ActivityRepository(manager);
      const { assignment, kase } = await this.assignmentForWrite(activities, user, request.assignmentId);
      await activities.lock(`assign:${kase.id}`);
      refuseIf(endAssignmentViolation(assignment, request.endDate));
      refuseIf(hoursAfterEndViolation(await activities.firstWeekWithHoursAfter(assignment.id, request.endDate), request.endDate));
      const ended = toAssignment(await activities.endAssignment(assignment.id, { endDate: request.endDate, endedBy: user.id, endedAt: this.clock.now() }));
      // EA-5: follow-ups falling after the end are moot.
      await this.onCaseChanged(manager, kase.id);
      return ended;
    });
  }

  /**
   * Hours from a timesheet for one week of an assignment, restricted to the month's days (a week
   * crossing months is entered in each month with that month's hours). Entering the same week
   * again replaces the earlier entry (kept in the history). Once the month is verified (WV-1),
   * only a SUPERVISOR may enter or correct its hours.
   */
  async recordHours(user: CurrentUser, request: RecordHoursRequest): Promise<HoursEntryView> {
    const { values, week } = valueOf(validateHoursEntry(request, this.today()));
    return writeTransaction(this.dataSource, async (manager) => {
      const activities = new ActivityRepository(manager);
      const { assignment, kase } = await this.assignmentForWrite(activities, user, request.assignmentId);
      refuseIf(weekInAssignmentViolation(week, assignment));
      refuseIf(holidayAndJustificationViolation(assignment.activityType, values, week.weekStart, week.month));
      await activities.lock(`hours:${kase.id}:${week.month}`);
      refuseIf(verifiedMonthViolation(week.month, await activities.verificationOf(kase.id, week.month), AccessPolicy.may(user, 'correctHours')));
      const replaces = valueOf(replacedEntryOf(await activities.currentEntriesOfMonth(assignment.id, week.month), week.weekStart));
      return this.insertEntry(activities, user, assignment, week.month, week.weekStart, values, replaces, null);
    });
  }

  /** SUPERVISOR only: a correction is a new entry that replaces the current one, with the reason; history is kept (WV-1). */
  async correctHours(user: CurrentUser, request: CorrectHoursRequest): Promise<HoursEntryView> {
    AccessPolicy.assertMay(user, 'correctHours', 'Only a supervisor corrects hours entries');
    assertRecordId('Hours entry', request.entryId);
    return writeTransaction(this.dataSource, async (manager) => {
      const activities = new ActivityRepository(manager);
      const original = await activities.entry(request.entryId);
      if (!original) throw notFound('Hours entry', request.entryId);
      const { assignment, kase } = await this.assignmentForWrite(activities, user, original.assignmentId);
      const values = valueOf(hoursEntryValues(correctedHours(request, {
        excused: original.excusedCentiHours, holiday: original.holidayCentiHours, holidayDate: original.holidayDate, justification: original.justification,
      })));
      refuseIf(holidayAndJustificationViolation(assignment.activityType, values, original.weekStart, original.month));
      await activities.lock(`hours:${kase.id}:${original.month}`);
      refuseIf(currentEntryViolation(original.id, await activities.replacementOf(original.id)));
      return this.insertEntry(activities, user, assignment, original.month, original.weekStart, values, original.id, request.reason);
    });
  }

  /**
   * WV-1: a case's work activities for a month are verified once, by whom and when. A month that
   * has not ended (by the injected clock's Alaska date) cannot be verified.
   */
  async verifyMonth(user: CurrentUser, request: { caseId: string; month: string }): Promise<MonthVerificationView> {
    refuseIf(verifiableMonthViolation(request.month, this.today()));
    return writeTransaction(this.dataSource, async (manager) => {
      const activities = new ActivityRepository(manager);
      const kase = await this.caseForWrite(activities, user, request.caseId);
      await activities.lock(`hours:${kase.id}:${request.month}`);
      refuseIf(alreadyVerifiedViolation(request.month, await activities.verificationOf(kase.id, request.month)));
      const row = await activities.insertVerification({ caseId: kase.id, month: request.month, verifiedBy: user.id, verifiedAt: this.clock.now() });
      await this.onCaseChanged(manager, kase.id);
      return { caseId: row.caseId, month: row.month, verifiedById: row.verifiedBy, verifiedAt: row.verifiedAt };
    });
  }

  /** Assignments of the cases, oldest first, grouped by case (one statement for any number of cases). */
  async assignmentsByCase(caseIds: readonly string[]): Promise<ActivityAssignmentView[][]> {
    const rows = await new ActivityRepository(this.dataSource.manager).assignmentsOfCases(caseIds);
    return groupBy(caseIds, rows.map(toAssignment), (a) => a.caseId);
  }

  /** Assignments and hours entries by their ids, one statement each (node lookups; the caller checks access). */
  async assignmentsByIds(ids: readonly string[]): Promise<ActivityAssignmentView[]> {
    return (await new ActivityRepository(this.dataSource.manager).assignmentsByIds(ids)).map(toAssignment);
  }

  async entriesByIds(ids: readonly string[]): Promise<HoursEntryView[]> {
    return (await new ActivityRepository(this.dataSource.manager).entriesByIds(ids)).map(toEntry);
  }

  /** Hours entries of the assignments, by month and week; superseded entries only when asked for. */
  async entriesByAssignment(assignmentIds: readonly string[], options: { month?: string | null; includeSuperseded?: boolean }): Promise<HoursEntryView[][]> {
    const rows = await new ActivityRepository(this.dataSource.manager)
      .entriesOfAssignments(assignmentIds, options.month ?? null, options.includeSuperseded ?? false);
    return groupBy(assignmentIds, rows.map(toEntry), (e) => e.assignmentId);
  }

  private async insertEntry(
    activities: ActivityRepository, user: CurrentUser, assignment: ActivityAssignmentEntity, month: Month, weekStart: PlainDate,
    values: HoursEntryValues, replacesEntryId: string | null, correctionReason: string | null,
  ): Promise<HoursEntryView> {
    return toEntry(await activities.insertEntry({
      assignmentId: assignment.id, caseId: assignment.caseId, month, weekStart,
      actualCentiHours: values.actual, excusedCentiHours: values.excused, holidayCentiHours: values.holiday, holidayDate: values.holidayDate,
      justification: values.justification, replacesEntryId, correctionReason, enteredBy: user.id, enteredRole: user.role, enteredAt: this.clock.now(),
    }));
  }
}

/** Items grouped under the keys given, in the keys' order (a DataLoader batch answer). */
function groupBy<T>(keys: readonly string[], items: readonly T[], keyOf: (item: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const list = byKey.get(keyOf(item));
    if (list) list.push(item);
    else byKey.set(keyOf(item), [item]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
