import { registerEnumType } from 'type-graphql';
import { WAIVER_REASON_CODES, WAIVER_REASONS, type WaiverReasonCode } from '../obligations/waiver-reasons';
import { ACCESS_FIELD_GROUPS, type AccessFieldGroup } from '../access-log/field-groups';
import { RELEASE_SCOPES, RELEASE_TYPES, type ReleaseScope, type ReleaseType } from '../releases/release-rules';

/** GraphQL enums, declared once from the domain's own lists so the two cannot drift. */
export enum StaffRoleEnum { CASE_MANAGER = 'CASE_MANAGER', SUPERVISOR = 'SUPERVISOR', MANAGER = 'MANAGER', WSTA = 'WSTA', PARTNER = 'PARTNER', SYSTEM = 'SYSTEM' }
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
/** A supervisor's decision (TL-2 extensions, TRK-1 consultations): the chart's 'APPROVED' | 'DENIED'. */
export enum DecisionEnum { APPROVED = 'APPROVED', DENIED = 'DENIED' }
/** XState's state node types, as the `workflow` query lists them. */
export enum WorkflowStateKindEnum { atomic = 'atomic', compound = 'compound', parallel = 'parallel', final = 'final', history = 'history' }
/** What raised a case alert: only a case note today (NOTE-3's "E" alert). */
export enum CaseAlertKindEnum { E = 'E' }
/** The two kinds of narrative record (NOTE-1, NOTE-3). */
export enum NoteKindEnum { CLNO = 'CLNO', CANO = 'CANO' }

registerEnumType(StaffRoleEnum, {
  name: 'StaffRole',
  description: 'What a signed-in user is; with the office it decides what they may read and do',
  valuesConfig: {
    CASE_MANAGER: { description: 'Works their own caseload in one office' },
    SUPERVISOR: { description: 'Oversees an office; makes the decisions policy reserves to a supervisor (TRK-1, TL-2, waivers)' },
    MANAGER: { description: 'The provider\'s management team (file reviews, complaints); reads and works the office\'s cases' },
    WSTA: { description: 'DPA Work Services Technical Assistance, the state team: reads every office (escalated complaints, rates)' },
    PARTNER: { description: 'An integration client (the Eligibility system): case facts and the notice outbox, no narrative record (ROI-1)' },
    SYSTEM: { description: 'The system itself, as the actor of an event time sends (an FSSP lapsing after its last step review date, FSSP-3); one per office; never signs in' },
  },
});
registerEnumType(TrackEnum, {
  name: 'Track',
  description: 'Work First (work-ready) or Families First (significant barriers)',
  valuesConfig: {
    WORK_FIRST: { description: 'Work-ready clients; counted in the work participation rates (WV-3)' },
    FAMILIES_FIRST: { description: 'Clients with significant barriers to work' },
  },
});
registerEnumType(HouseholdRelationshipEnum, {
  name: 'HouseholdRelationship',
  description: 'How a household member is related to the client',
  valuesConfig: {
    SPOUSE: { description: 'Spouse: a second parent, making a two-parent family (45 CFR 261.24)' },
    PARTNER: { description: 'Partner: a second parent, making a two-parent family (45 CFR 261.24)' },
    CHILD: { description: 'The client\'s child' },
    OTHER_ADULT: { description: 'Another adult in the household' },
    OTHER_CHILD: { description: 'Another child in the household' },
  },
});
registerEnumType(CasePhaseEnum, {
  name: 'CasePhase',
  description: 'Where a case is in its lifecycle',
  valuesConfig: {
    REFERRAL: { description: 'Referred; the client is to be reached (ENG-1, ENG-2)' },
    ASSESSMENT: { description: 'The Employability Assessment is pending or done, its CLNO not yet entered (EA-1, EA-2)' },
    PLANNING: { description: 'The Family Self-Sufficiency Plan is drafted and out for signature (FSSP-1, FSSP-6)' },
    PARTICIPATING: { description: 'The signed plan is in force: activities, compliance, exemptions and the time limit run in parallel' },
    EXIT: { description: 'TA closed: the exit summary and the work activity record are due (EXIT-1, EXIT-2)' },
    POST_TA: { description: 'Post-TA services after a closure with work (EXIT-3)' },
    CLOSED: { description: 'Closed; a new referral reopens it' },
  },
});
registerEnumType(ContactMethodEnum, {
  name: 'ContactMethod',
  description: 'How the client was contacted (ENG-2: attempts by more than one method)',
  valuesConfig: {
    PHONE: { description: 'By telephone' },
    IN_PERSON: { description: 'In person at the office' },
    LETTER: { description: 'By letter' },
    EMAIL: { description: 'By email' },
    HOME_VISIT: { description: 'At the client\'s home (an in-person contact, e.g. for ENG-6)' },
    TEXT: { description: 'By text message' },
  },
});
registerEnumType(ContactOutcomeEnum, {
  name: 'ContactOutcome',
  description: 'Whether a contact attempt reached the client',
  valuesConfig: {
    REACHED: { description: 'The client was reached' },
    NOT_REACHED: { description: 'The client was not reached' },
  },
});
registerEnumType(NonComplianceKindEnum, {
  name: 'NonComplianceKind',
  description: 'What the client failed to do (AS 47.27.085); MISSING_TIMESHEET alone never leads to a penalty (PEN-2)',
  valuesConfig: {
    FSSP: { description: 'Did not sign or follow the Family Self-Sufficiency Plan' },
    WORK_ACTIVITY: { description: 'Did not take part in an assigned work activity' },
    CHILD_SUPPORT: { description: 'Did not cooperate with child support enforcement' },
    NOT_ENGAGED: { description: 'Did not engage in Work Services' },
    MISSING_TIMESHEET: { description: 'A timesheet is missing: never a penalty on its own (PEN-2)' },
  },
});
registerEnumType(ExemptionReasonEnum, {
  name: 'ExemptionReason',
  description: 'Why a client is exempt from the work requirement (AS 47.27.035 / 7 AAC 45.260)',
  valuesConfig: {
    CARETAKER_CHILD_UNDER_12_MONTHS: { description: 'Caring for a child under 12 months' },
    HOME_CARE_DISABLED_CHILD: { description: 'Needed at home to care for a disabled child' },
    HOME_CARE_DISABLED_RELATIVE: { description: 'Needed at home to care for a disabled relative' },
    MEDICAL_INABILITY: { description: 'Medically unable to work' },
    UNREASONABLE_HARDSHIP: { description: 'Work would be an unreasonable hardship' },
    CHILD_UNDER_6_NO_CHILD_CARE: { description: 'A child under 6 and no child care available' },
  },
});
registerEnumType(DecisionEnum, {
  name: 'Decision',
  description: 'A supervisor\'s decision on a request (an extension, TL-2; a track change, TRK-1)',
  valuesConfig: {
    APPROVED: { description: 'Approved' },
    DENIED: { description: 'Denied' },
  },
});
registerEnumType(WorkflowStateKindEnum, {
  name: 'WorkflowStateKind',
  description: 'The kind of a lifecycle chart state node (XState / SCXML state types)',
  valuesConfig: {
    atomic: { description: 'A leaf state: no children (the only kind a case\'s CaseState lists)' },
    compound: { description: 'Has child states, one of them active at a time' },
    parallel: { description: 'Has child regions, all of them active at once' },
    final: { description: 'A final leaf state of its parent' },
    history: { description: 'A history pseudo-state, remembering the last active child' },
  },
});
registerEnumType(NoteKindEnum, {
  name: 'NoteKind',
  description: 'A narrative record of a case',
  valuesConfig: {
    CLNO: { description: 'A client note: standardized title and headings per subject (NOTE-1)' },
    CANO: { description: 'A case note: one of the NOTE-3 reasons, raising an "E" alert' },
  },
});
registerEnumType(CaseAlertKindEnum, {
  name: 'CaseAlertKind',
  description: 'What raised a case alert',
  valuesConfig: { E: { description: 'A case note (CANO) was entered: every CANO raises an "E" alert for the office (NOTE-3)' } },
});

/** The coded reasons a supervisor may give for a waiver, from src/obligations/waiver-reasons.ts. */
export const WaiverReasonEnum = Object.fromEntries(WAIVER_REASON_CODES.map((c) => [c, c])) as { [K in WaiverReasonCode]: K };
registerEnumType(WaiverReasonEnum, {
  name: 'WaiverReason',
  description: 'Why an obligation is waived, from a coded list that also says which rules each reason may waive; a rule no reason names may never be waived',
  valuesConfig: Object.fromEntries(WAIVER_REASON_CODES.map((c) => [c, { description: `${WAIVER_REASONS[c].description}. May waive: ${WAIVER_REASONS[c].waives.join(', ')}` }])),
});

/** ROI-1: the kinds of release a client signs (src/releases/release-rules.ts). */
export const ReleaseTypeEnum = Object.fromEntries(RELEASE_TYPES.map((t) => [t, t])) as { [K in ReleaseType]: K };
registerEnumType(ReleaseTypeEnum, {
  name: 'ReleaseType',
  description: 'The kind of release of information a client signed (ROI-1)',
  valuesConfig: {
    GENERAL: { description: 'A general release to the agencies it names, for the scope it lists; never medical information' },
    AGENCY_SPECIFIC: { description: 'A release to one agency\'s program for a stated purpose; never medical information' },
    HIPAA: { description: 'A HIPAA authorization: the only release under which medical information is shared (ROI-1)' },
  },
});
export const ReleaseScopeEnum = Object.fromEntries(RELEASE_SCOPES.map((s) => [s, s])) as { [K in ReleaseScope]: K };
registerEnumType(ReleaseScopeEnum, {
  name: 'ReleaseScope',
  description: 'What a release lets its parties receive',
  valuesConfig: {
    CASE_STATUS: { description: 'The case\'s status: phase, track, time limit months, penalties' },
    EMPLOYMENT_AND_ACTIVITIES: { description: 'Work activities, hours and employment' },
    MEDICAL: { description: 'Medical information: exemption reasons and their TA10 or physician documentation, extension criteria resting on a TA10 or a disability. HIPAA releases only' },
  },
});
/** Who viewed whom: the parts of a client's record a read touched (src/access-log/field-groups.ts). */
export const AccessFieldGroupEnum = Object.fromEntries(ACCESS_FIELD_GROUPS.map((g) => [g, g])) as { [K in AccessFieldGroup]: K };
registerEnumType(AccessFieldGroupEnum, {
  name: 'AccessFieldGroup',
  description: 'A part of a client\'s record, as the access log names what a request read',
  valuesConfig: {
    CLIENT: { description: 'The client\'s identity (name, birth date, community)' },
    CONTACT: { description: 'Phone, e-mail, mailing address' },
    HOUSEHOLD: { description: 'The household members' },
    CASE: { description: 'The case\'s facts: state, track, plan, penalty, time limit, actions' },
    HISTORY: { description: 'The case history (events with their facts)' },
    NOTES: { description: 'Client notes, case notes and their alerts' },
    OBLIGATIONS: { description: 'Deadlines and waivers' },
    ACTIVITIES: { description: 'Work activity assignments' },
    HOURS: { description: 'Hours entries and monthly participation' },
    PARTICIPATION: { description: 'The case in an office\'s participation rate' },
    NOTICES: { description: 'Eligibility notices' },
    MEDICAL: { description: 'Medical information actually shown (exemption reasons and documentation, TA10 extension criteria)' },
    RELEASES: { description: 'Releases of information' },
    TRACK_RECORDS: { description: 'Families First records (Family Network, Family Support Team, Weekly Calendar of Routines, meetings, readiness reviews) and Work First readiness items' },
    STAFFINGS: { description: 'Case review staffings and extension staffing forms' },
    CASEWORK: { description: 'Employability Assessments, referrals to agencies and follow-ups, the contact log and visits' },
    FILE_REVIEWS: { description: 'File reviews of the case (MGT-1): its place in a sample, the checklist answered, the corrections (MGT-2)' },
    COMPLAINTS: { description: 'The client\'s complaints (MGT-4): what was said, the returned call, the resolution and the WSTA steps' },
  },
});
