import { IsNull, LessThanOrEqual, MoreThanOrEqual, Raw, type EntityManager, type FindOptionsWhere, type InsertResult } from 'typeorm';
import type { VerificationOfMonth } from '../activities';
import type { Month, PlainDate } from '../dates';
import { ActivityAssignmentEntity, CaseEntity, HouseholdMemberEntity, HoursEntryEntity, MonthVerificationEntity, StaffEntity } from '../entities';
import { entityColumns, execute, selectRow, selectRows } from './sql';

/** What a write on a case's activities needs of the case: who may act on it, and whose household it is. */
export type CaseOwnershipRow = Pick<CaseEntity, 'id' | 'officeId' | 'caseManagerId' | 'clientId'>;

/** An assignment's schedule and the days it is in force (the 40-hour rule's input, AS 47.27.035). */
export type ScheduleRow = Pick<ActivityAssignmentEntity, 'scheduledCentiHoursPerWeek' | 'startDate' | 'endDate'>;

/**
 * An hours entry with its assignment's activity and the entry that replaced it, if any (null:
 * the entry is current). The one row type of an hours entry read for display and correction.
 */
export type HoursEntryRow = HoursEntryEntity & Pick<ActivityAssignmentEntity, 'activityType'> & { supersededById: string | null };

/** The columns of an hours entry that are written: everything but the generated id. */
export type NewHoursEntry = Omit<HoursEntryEntity, 'id'>;

/** The generated id of a one-row insert. */
function insertedId(result: InsertResult): string {
  const id: unknown = result.identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('insert returned no id');
  return id;
}

/** An entry is current when no later entry replaces it (hours entries are append-only). */
const NOT_REPLACED = 'NOT EXISTS (SELECT 1 FROM hours_entry r WHERE r.replaces_entry_id = e.id)';

/**
 * Work activity assignments, hours entries and month verifications (WV-1) of cases: loads and
 * writes only, no rule (those are src/activities). Construct it with the transaction's
 * EntityManager so locks and writes belong to the caller's transaction.
 */
export class ActivityRepository {
  constructor(private readonly db: EntityManager) {}

  private entrySelect(): string {
    return `SELECT ${entityColumns(this.db, HoursEntryEntity, 'e')}, ${entityColumns(this.db, ActivityAssignmentEntity, 'a', ['activityType'])},
        r.id AS "supersededById"
      FROM hours_entry e JOIN activity_assignment a ON a.id = e.assignment_id LEFT JOIN hours_entry r ON r.replaces_entry_id = e.id`;
  }

  caseOwnership(caseId: string): Promise<CaseOwnershipRow | null> {
    return this.db.findOne(CaseEntity, { select: { id: true, officeId: true, caseManagerId: true, clientId: true }, where: { id: caseId } });
  }

  /** The member's relationship to the client, or null when the member is not of the client's household. */
  async householdRelationship(memberId: string, clientId: string): Promise<string | null> {
    const member = await this.db.findOne(HouseholdMemberEntity, { select: { relationship: true }, where: { id: memberId, clientId } });
    return member?.relationship ?? null;
  }

  /** A transaction-scoped advisory lock: serializes writes that share the key (a case's assignments, a case's month of hours). */
  async lock(key: string): Promise<void> {
    await execute(this.db, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  /** The assignment, locked FOR UPDATE: hours and the assignment's end serialize on this row. */
  assignmentForUpdate(id: string): Promise<ActivityAssignmentEntity | null> {
    return this.db.findOne(ActivityAssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The person's assignments (the client's when `householdMemberId` is null) in force on some day from `startDate` to `endDate` (null: open). */
  schedulesInForce(caseId: string, householdMemberId: string | null, startDate: PlainDate, endDate: PlainDate | null): Promise<ScheduleRow[]> {
    const person: FindOptionsWhere<ActivityAssignmentEntity> = {
      caseId, householdMemberId: householdMemberId ?? IsNull(), ...(endDate ? { startDate: LessThanOrEqual(endDate) } : {}),
    };
    return this.db.find(ActivityAssignmentEntity, {
      select: { scheduledCentiHoursPerWeek: true, startDate: true, endDate: true },
      where: [{ ...person, endDate: IsNull() }, { ...person, endDate: MoreThanOrEqual(startDate) }],
    });
  }

  async insertAssignment(values: Omit<ActivityAssignmentEntity, 'id' | 'endedBy' | 'endedAt'>): Promise<ActivityAssignmentEntity> {
    const result = await this.db.insert(ActivityAssignmentEntity, { ...values, endedBy: null, endedAt: null });
    return this.db.findOneByOrFail(ActivityAssignmentEntity, { id: insertedId(result) });
  }

  async endAssignment(id: string, end: Pick<ActivityAssignmentEntity, 'endDate' | 'endedBy' | 'endedAt'>): Promise<ActivityAssignmentEntity> {
    await this.db.update(ActivityAssignmentEntity, { id }, end);
    return this.db.findOneByOrFail(ActivityAssignmentEntity, { id });
  }

  /** The first week after `date` with hours in a current entry of the assignment, or null. */
  async firstWeekWithHoursAfter(assignmentId: string, date: PlainDate): Promise<PlainDate | null> {
    const entry = await this.db.createQueryBuilder(HoursEntryEntity, 'e')
      .select(['e.id', 'e.weekStart'])
      .where('e.assignmentId = :assignmentId AND e.weekStart > :date', { assignmentId, date })
      .andWhere('e.actualCentiHours + e.excusedCentiHours + e.holidayCentiHours > 0')
      .andWhere(NOT_REPLACED)
      .limit(1)
      .getOne();
    return entry?.weekStart ?? null;
  }

  /** The current entries of an assignment for a month: which week each covers. */
  currentEntriesOfMonth(assignmentId: string, month: Month): Promise<Array<Pick<HoursEntryEntity, 'id' | 'weekStart'>>> {
    return this.db.createQueryBuilder(HoursEntryEntity, 'e')
      .select(['e.id', 'e.weekStart'])
      .where('e.assignmentId = :assignmentId AND e.month = :month', { assignmentId, month })
      .andWhere(NOT_REPLACED)
      .getMany();
  }

  entry(id: string): Promise<HoursEntryRow | null> {
    return selectRow<HoursEntryRow>(this.db, `${this.entrySelect()} WHERE e.id = $1`, [id]);
  }

  /** The id of the entry that replaced `entryId`, or null while it is current. */
  async replacementOf(entryId: string): Promise<string | null> {
    const replacement = await this.db.findOne(HoursEntryEntity, { select: { id: true }, where: { replacesEntryId: entryId } });
    return replacement?.id ?? null;
  }

  async insertEntry(values: NewHoursEntry): Promise<HoursEntryRow> {
    const result = await this.db.insert(HoursEntryEntity, values);
    const created = await this.entry(insertedId(result));
    if (!created) throw new Error('hours entry vanished after insert');
    return created;
  }

  /** WV-1: the month's verification of the case, with the verifier's name, or null. */
  async verificationOf(caseId: string, month: Month): Promise<VerificationOfMonth | null> {
    const row = await selectRow<Pick<MonthVerificationEntity, 'verifiedAt'> & Pick<StaffEntity, 'name'>>(this.db,
      `SELECT ${entityColumns(this.db, MonthVerificationEntity, 'v', ['verifiedAt'])}, ${entityColumns(this.db, StaffEntity, 's', ['name'])}
         FROM month_verification v JOIN staff s ON s.id = v.verified_by WHERE v.case_id = $1 AND v.month = $2`, [caseId, month]);
    return row ? { verifiedByName: row.name, verifiedAt: row.verifiedAt } : null;
  }

  async insertVerification(values: Omit<MonthVerificationEntity, 'id'>): Promise<MonthVerificationEntity> {
    const result = await this.db.insert(MonthVerificationEntity, values);
    return { id: insertedId(result), ...values };
  }

  /** Assignments of the cases, oldest first (one statement for any number of cases). */
  assignmentsOfCases(caseIds: readonly string[]): Promise<ActivityAssignmentEntity[]> {
    // ANY of one array parameter: a page of cases is one bound value, not one per case.
    return this.db.find(ActivityAssignmentEntity, {
      where: { caseId: Raw((column) => `${column} = ANY(CAST(:caseIds AS uuid[]))`, { caseIds: [...caseIds] }) },
      order: { startDate: 'ASC', assignedAt: 'ASC', id: 'ASC' },
    });
  }

  assignmentsByIds(ids: readonly string[]): Promise<ActivityAssignmentEntity[]> {
    return this.db.find(ActivityAssignmentEntity, { where: { id: Raw((column) => `${column} = ANY(CAST(:ids AS uuid[]))`, { ids: [...ids] }) } });
  }

  entriesByIds(ids: readonly string[]): Promise<HoursEntryRow[]> {
    return selectRows<HoursEntryRow>(this.db, `${this.entrySelect()} WHERE e.id = ANY($1::uuid[])`, [ids]);
  }

  /** Entries of the assignments by month and week; superseded entries only when asked for. */
  entriesOfAssignments(assignmentIds: readonly string[], month: Month | null, includeSuperseded: boolean): Promise<HoursEntryRow[]> {
    return selectRows<HoursEntryRow>(this.db, `${this.entrySelect()}
      WHERE e.assignment_id = ANY($1::uuid[]) AND ($2::text IS NULL OR e.month = $2) AND ($3 OR r.id IS NULL)
      ORDER BY e.month, e.week_start, e.entered_at, e.id`, [assignmentIds, month, includeSuperseded]);
  }
}
