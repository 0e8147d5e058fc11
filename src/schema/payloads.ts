import { ActivityAssignmentType, HoursEntryType, MonthVerificationType } from './activity.type';
import { CaseType } from './case.type';
import { EligibilityNoticeType } from './eligibility-notice.type';
import { entityPayload } from './mutation-payload';
import { CaseNoteType, ClientNoteType } from './note.type';
import { ObligationType } from './obligation.type';

/** The payload of each mutation outside the lifecycle chart (those are in case-transition-result.type.ts). */
export const ReferClientPayload = entityPayload('ReferClientPayload', 'case', () => CaseType, 'The case the referral created');
export const RecordChildCareAuthorizationPayload = entityPayload('RecordChildCareAuthorizationPayload', 'case', () => CaseType, 'The case with its child care authorization (SS-3)');
export const AddClientNotePayload = entityPayload('AddClientNotePayload', 'clientNote', () => ClientNoteType, 'The client note entered (CLNO)');
export const AddCaseNotePayload = entityPayload('AddCaseNotePayload', 'caseNote', () => CaseNoteType, 'The case note entered (CANO)');
export const WaiveObligationPayload = entityPayload('WaiveObligationPayload', 'obligation', () => ObligationType, 'The obligation, now WAIVED');
export const AcknowledgeEligibilityNoticePayload = entityPayload('AcknowledgeEligibilityNoticePayload', 'notice', () => EligibilityNoticeType, 'The notice, acknowledged');
export const AssignActivityPayload = entityPayload('AssignActivityPayload', 'assignment', () => ActivityAssignmentType, 'The activity assignment created');
export const EndActivityAssignmentPayload = entityPayload('EndActivityAssignmentPayload', 'assignment', () => ActivityAssignmentType, 'The assignment with its new end date');
export const RecordHoursPayload = entityPayload('RecordHoursPayload', 'entry', () => HoursEntryType, 'The hours entry recorded');
export const CorrectHoursPayload = entityPayload('CorrectHoursPayload', 'entry', () => HoursEntryType, 'The correcting entry, which replaces the one corrected');
export const VerifyMonthPayload = entityPayload('VerifyMonthPayload', 'verification', () => MonthVerificationType, "The month's verification (WV-1)");
