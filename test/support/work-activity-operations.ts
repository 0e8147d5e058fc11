import { USER_ERRORS } from './case-mutations';

/** The work-activity operations the e2e tests send, as a front end would. */
export const ASSIGN = `mutation($input: AssignActivityInput!) {
  assignActivity(input: $input) { assignment { id caseId householdMemberId activity federalName localNames core scheduledHoursPerWeek startDate endDate provider timesheetFrequency assignedBy { id } } ${USER_ERRORS} }
}`;
export const END = `mutation($input: EndActivityAssignmentInput!) { endActivityAssignment(input: $input) { assignment { id endDate } ${USER_ERRORS} } }`;
export const RECORD = `mutation($input: RecordHoursInput!) {
  recordHours(input: $input) { entry { id month weekStart activity actualHours excusedHours holidayHours holidayDate justification replacesEntryId supersededById current enteredRole enteredBy { id } } ${USER_ERRORS} }
}`;
export const CORRECT = `mutation($input: CorrectHoursInput!) {
  correctHours(input: $input) { entry { id month weekStart actualHours replacesEntryId correctionReason current enteredRole enteredBy { id } } ${USER_ERRORS} }
}`;
export const VERIFY = `mutation($input: VerifyMonthInput!) { verifyMonth(input: $input) { verification { caseId month verifiedAt verifiedBy { id role } } ${USER_ERRORS} } }`;
export const ACTIVITIES = `query($id: ID!, $month: YearMonth, $all: Boolean!) { case(id: $id) {
  activities { edges { node { id activity hoursEntries(month: $month, includeSuperseded: $all) { edges { node { id month weekStart actualHours replacesEntryId supersededById current correctionReason enteredRole } } } } } }
} }`;
export const PARTICIPATION = `query($id: ID!, $month: YearMonth!) { case(id: $id) { monthlyParticipation(month: $month) {
  month familyType status countableHours additionalHoursNeeded requiredWeeklyHours projected openInMonth inWorkFirstRate
  verification { month verifiedAt verifiedBy { id } } notCounted { reason rule hours }
} } }`;
