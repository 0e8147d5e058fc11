import { registerEnumType } from 'type-graphql';

/** GraphQL enums, declared once from the domain's own lists so the two cannot drift. */
export enum StaffRoleEnum { CASE_MANAGER = 'CASE_MANAGER', SUPERVISOR = 'SUPERVISOR', MANAGER = 'MANAGER', WSTA = 'WSTA', PARTNER = 'PARTNER' }
export enum TrackEnum { WORK_FIRST = 'WORK_FIRST', FAMILIES_FIRST = 'FAMILIES_FIRST' }
export enum HouseholdRelationshipEnum { SPOUSE = 'SPOUSE', PARTNER = 'PARTNER', CHILD = 'CHILD', OTHER_ADULT = 'OTHER_ADULT', OTHER_CHILD = 'OTHER_CHILD' }
export enum CasePhaseEnum { REFERRAL = 'REFERRAL', ASSESSMENT = 'ASSESSMENT', PLANNING = 'PLANNING', PARTICIPATING = 'PARTICIPATING', EXIT = 'EXIT', POST_TA = 'POST_TA', CLOSED = 'CLOSED' }
export enum ContactMethodEnum { PHONE = 'PHONE', IN_PERSON = 'IN_PERSON', LETTER = 'LETTER', EMAIL = 'EMAIL', HOME_VISIT = 'HOME_VISIT', TEXT = 'TEXT' }
export enum ContactOutcomeEnum { REACHED = 'REACHED', NOT_REACHED = 'NOT_REACHED' }
export enum NonComplianceKindEnum { FSSP = 'FSSP', WORK_ACTIVITY = 'WORK_ACTIVITY', CHILD_SUPPORT = 'CHILD_SUPPORT', NOT_ENGAGED = 'NOT_ENGAGED', MISSING_TIMESHEET = 'MISSING_TIMESHEET' }
export enum ExemptionReasonEnum {
  CARETAKER_CHILD_UNDER_12_MONTHS = 'CARETAKER_CHILD_UNDER_12_MONTHS',
  HOME_CARE_DISABLED_CHILD = 'HOME_CARE_DISABLED_CHILD',
  HOME_CARE_DISABLED_RELATIVE = 'HOME_CARE_DISABLED_RELATIVE',
  MEDICAL_INABILITY = 'MEDICAL_INABILITY',
  UNREASONABLE_HARDSHIP = 'UNREASONABLE_HARDSHIP',
  CHILD_UNDER_6_NO_CHILD_CARE = 'CHILD_UNDER_6_NO_CHILD_CARE',
}

registerEnumType(StaffRoleEnum, { name: 'StaffRole' });
registerEnumType(TrackEnum, { name: 'Track', description: 'Work First (work-ready) or Families First (significant barriers)' });
registerEnumType(HouseholdRelationshipEnum, { name: 'HouseholdRelationship' });
registerEnumType(CasePhaseEnum, { name: 'CasePhase', description: 'Where a case is in its lifecycle' });
registerEnumType(ContactMethodEnum, { name: 'ContactMethod' });
registerEnumType(ContactOutcomeEnum, { name: 'ContactOutcome' });
registerEnumType(NonComplianceKindEnum, { name: 'NonComplianceKind', description: 'MISSING_TIMESHEET alone never leads to a penalty (PEN-2)' });
registerEnumType(ExemptionReasonEnum, { name: 'ExemptionReason', description: 'AS 47.27.035 / 7 AAC 45.260' });
