import type { PenaltyRecord } from '../../../../src/machines/case-lifecycle.types';
import type {
  AssignmentRow, CaseHistoryEventRow, EnteredWeekRow, HouseholdMemberRow, ParticipationCaseRow,
} from '../../../../src/repositories/participation.repository';

/** Rows as the participation repository returns them, for the pure fact builders. */

export const CASE_ID = '0b7c2a52-0000-4000-8000-000000000001';
export const CLIENT_ID = '0b7c2a52-0000-4000-8000-0000000000c1';

export const caseRow = (over: Partial<ParticipationCaseRow> = {}): ParticipationCaseRow => ({
  id: CASE_ID,
  clientId: CLIENT_ID,
  officeId: 'office-1',
  caseManagerId: 'cm-1',
  caseManagerName: 'Case Manager',
  track: 'WORK_FIRST',
  phase: 'PARTICIPATING',
  referralDate: '2026-01-05',
  childCareChanges: [],
  firstName: 'Ada',
  lastName: 'Client',
  clientDateOfBirth: '1990-04-12',
  penalty: null,
  penaltyHistory: [],
  exemption: null,
  exit: null,
  ...over,
});

let version = 0;
/** A case_history row; payload fields default to null, versions increase in call order. */
export const event = (name: string, over: Partial<CaseHistoryEventRow> = {}): CaseHistoryEventRow => ({
  caseId: CASE_ID,
  version: ++version,
  event: name,
  referralDate: null,
  track: null,
  closedOn: null,
  toTrack: null,
  approved: null,
  reason: null,
  startedOn: null,
  endedOn: null,
  occurredAt: new Date('2026-01-05T18:00:00Z'),
  ...over,
});

export const member = (id: string, relationship: HouseholdMemberRow['relationship'], dateOfBirth: string): HouseholdMemberRow => ({
  id, clientId: CLIENT_ID, relationship, dateOfBirth,
});

export const assignment = (over: Partial<AssignmentRow> = {}): AssignmentRow => ({
  id: 'asg-we',
  caseId: CASE_ID,
  householdMemberId: null,
  activityType: 'WORK_EXPERIENCE',
  scheduledCentiHoursPerWeek: 3000,
  startDate: '2026-01-05',
  endDate: null,
  ...over,
});

/** An entered week of an assignment (the assignment's columns come with it, as the join returns them). */
export const week = (month: string, weekStart: string, actualCentiHours: number, over: Partial<EnteredWeekRow> = {}, of: AssignmentRow = assignment()): EnteredWeekRow => ({
  caseId: of.caseId,
  assignmentId: of.id,
  householdMemberId: of.householdMemberId,
  activityType: of.activityType,
  scheduledCentiHoursPerWeek: of.scheduledCentiHoursPerWeek,
  startDate: of.startDate,
  endDate: of.endDate,
  month,
  weekStart,
  actualCentiHours,
  excusedCentiHours: 0,
  holidayCentiHours: 0,
  holidayDate: null,
  justified: false,
  ...over,
});

export const penalty = (over: Partial<PenaltyRecord>): PenaltyRecord => ({
  kind: 'WORK_ACTIVITY',
  occurredOn: '2026-03-02',
  reportedOn: '2026-03-02',
  goodCause: false,
  goodCauseReason: null,
  stage: 1,
  imposedOn: '2026-04-01',
  homeVisitOn: null,
  homeVisitRecordedOn: null,
  endedOn: null,
  endReason: null,
  ...over,
});
