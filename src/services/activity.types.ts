import type { HoursValues } from '../activities';
import type { Month, PlainDate } from '../dates';
import type { TimesheetFrequency } from '../entities/activity-assignment.entity';
import type { FederalActivity } from '../participation';

/** What the activity service takes and gives: requests from the resolvers, views for the schema. */

export interface AssignActivityRequest {
  caseId: string;
  activity: FederalActivity;
  scheduledHoursPerWeek: number;
  startDate: PlainDate;
  endDate?: PlainDate | null;
  provider?: string | null;
  timesheetFrequency: TimesheetFrequency;
  /** The client's spouse or partner; omitted for the client. */
  householdMemberId?: string | null;
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
  startDate: PlainDate;
  endDate: PlainDate | null;
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
  month: Month;
  weekStart: PlainDate;
  actualHours: number;
  excusedHours: number;
  holidayHours: number;
  holidayDate: PlainDate | null;
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
  month: Month;
  verifiedById: string;
  verifiedAt: Date;
}
