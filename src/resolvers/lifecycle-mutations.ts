import { requireUser, type RequestContext } from '../context';
import type { CaseEventOf, CaseEventType } from '../machines/case-lifecycle.types';
import type { CaseEventInput } from '../schema/inputs/case-event.input';
import * as Engagement from '../schema/inputs/engagement.input';
import * as Exemption from '../schema/inputs/exemption.input';
import * as Exit from '../schema/inputs/exit.input';
import * as Fssp from '../schema/inputs/fssp.input';
import * as Penalty from '../schema/inputs/penalty.input';
import * as TimeLimit from '../schema/inputs/time-limit.input';
import * as Track from '../schema/inputs/track.input';

/** What a client sends for an event besides its name: the chart's payload, without `type` and the server's `at`. */
export type EventPayload<T extends CaseEventType> = Omit<CaseEventOf<T>, 'type' | 'at'>;

/**
 * One lifecycle mutation: the chart event it sends, the input class that describes and validates
 * its fields, and how that input becomes the event's payload. The mutation's name and who may send
 * it come from the event catalog (CASE_EVENTS), so they are written once.
 */
export interface LifecycleMutation<T extends CaseEventType = CaseEventType, I extends CaseEventInput = CaseEventInput> {
  event: T;
  input: new () => I;
  /** The schema description; cites the rule the event serves. */
  description: string;
  /** Set when a richer mutation replaces it (clients keep working; the schema says which to use). */
  deprecationReason?: string;
  command(input: I, context: RequestContext): EventPayload<T> | Promise<EventPayload<T>>;
}

/** R, checked to be exactly P: every field of P, and any field P lacks typed `never` (so an extra one fails too). */
type Exactly<R, P> = P & { [K in Exclude<keyof R, keyof P>]: never };

/**
 * Ties an entry's input class to its event's payload, so a missing, extra, misspelt or mistyped
 * field is a compile error; the entry then travels with its input type erased.
 *
 * @example
 * lifecycle({ event: 'SIGN_FSSP', input: RecordFsspSignedInput, description: 'FSSP-1: ...', command: (i) => ({ signedOn: i.signedOn }) })
 */
export function lifecycle<T extends CaseEventType, I extends CaseEventInput, R extends Exactly<R, EventPayload<T>>>(
  entry: Omit<LifecycleMutation<T, I>, 'command'> & { command(input: I, context: RequestContext): R | Promise<R> },
): LifecycleMutation<T> {
  // Erasing I is sound: type-graphql hands `command` only validated instances of `entry.input`.
  return entry;
}

/** GraphQL DateTime inputs arrive as Date; events store ISO instants. */
const iso = (d: Date) => d.toISOString();

/**
 * Every lifecycle mutation, in the catalog's order (the order of the schema's Mutation fields).
 * The input classes in src/schema/inputs keep each field's type, validation and description.
 */
export const LIFECYCLE_MUTATIONS = [
  // Referral, initial engagement, emergencies and the Employability Assessment.
  lifecycle({
    event: 'RECORD_CONTACT_ATTEMPT', input: Engagement.RecordContactAttemptInput,
    description: 'ENG-1 / ENG-2: an attempt to reach the client, documented (in person, by phone, letter...)',
    command: (i) => ({ on: i.on, method: i.method, outcome: i.outcome }),
  }),
  lifecycle({
    event: 'ISSUE_J016', input: Engagement.IssueJ016NoticeInput,
    description: 'ENG-2: the client cannot be reached; the J016 notice gives a specific EA appointment time',
    command: (i) => ({ eaAppointmentAt: iso(i.eaAppointmentAt) }),
  }),
  lifecycle({
    event: 'DISCLOSE_EMERGENCY', input: Engagement.ReportClientEmergencyInput,
    description: 'ENG-6: record an emergency the client disclosed; it must be seen within 48 hours',
    command: (i) => ({ description: i.description }),
  }),
  lifecycle({
    event: 'SCHEDULE_EA', input: Engagement.ScheduleEmployabilityAssessmentInput,
    description: 'EA-1: the Employability Assessment appointment, at the first available interview slot',
    command: (i) => ({ appointmentAt: iso(i.appointmentAt) }),
  }),
  lifecycle({
    event: 'COMPLETE_EA', input: Engagement.CompleteEmployabilityAssessmentInput,
    description: 'EA-1: the Employability Assessment took place (ENG-3: within 30 days)',
    command: (i) => ({ completedOn: i.completedOn }),
  }),
  lifecycle({
    event: 'COMPLETE_REASSESSMENT', input: Engagement.CompleteReassessmentInput,
    description: 'ENG-3 / EA-1: a new Employability Assessment after a change of case manager or track restarted the 30-day clock',
    command: (i) => ({ completedOn: i.completedOn }),
  }),
  lifecycle({
    event: 'RECORD_EA_NOTE', input: Engagement.RecordEmployabilityAssessmentNoteInput,
    description: 'EA-2: the EA CLNO was entered, due within 2 days of the EA',
    command: (i) => ({ enteredOn: i.enteredOn }),
  }),

  // The Family Self-Sufficiency Plan.
  lifecycle({
    event: 'DRAFT_FSSP', input: Fssp.DraftFsspInput,
    description: 'FSSP-3: a drafted plan, which expires after its last step review date',
    deprecationReason: 'Use draftFsspVersion: the plan as a document (goals, steps, review dates) sends DRAFT_FSSP itself',
    command: (i) => ({ draftedOn: i.draftedOn, lastStepReviewDate: i.lastStepReviewDate }),
  }),
  lifecycle({
    event: 'MAIL_FSSP', input: Fssp.MailFsspForSignatureInput,
    description: 'FSSP-6: the plan was mailed for signature; records when it is due back',
    deprecationReason: 'Use mailFsspVersion: it records the mailing of the version and sends MAIL_FSSP',
    command: (i) => ({ mailedOn: i.mailedOn, dueBackOn: i.dueBackOn }),
  }),
  lifecycle({
    event: 'SIGN_FSSP', input: Fssp.RecordFsspSignedInput,
    description: 'FSSP-1: the client signed the plan; only a current, signed plan is valid',
    deprecationReason: 'Use signFsspVersion: it records the signature (in person, mailed or field) and sends SIGN_FSSP',
    command: (i) => ({ signedOn: i.signedOn }),
  }),
  lifecycle({
    event: 'REVIEW_FSSP', input: Fssp.ReviewFsspInput,
    description: 'FSSP-2: the monthly review of the plan with the client (ENG-4)',
    deprecationReason: 'Use reviewFsspVersion: it records progress per step and sends REVIEW_FSSP',
    command: (i) => ({ reviewedOn: i.reviewedOn }),
  }),
  lifecycle({
    event: 'UPDATE_FSSP', input: Fssp.UpdateFsspInput,
    description: 'FSSP-2 / FSSP-4: the plan was updated (at least every 3 months) with a new last step review date',
    deprecationReason: 'Use draftFsspVersion (the update, with changeSummary) then signFsspVersion, which sends UPDATE_FSSP',
    command: (i) => ({ updatedOn: i.updatedOn, lastStepReviewDate: i.lastStepReviewDate }),
  }),
  lifecycle({
    event: 'EXPIRE_FSSP', input: Fssp.ExpireFsspInput,
    description: 'FSSP-3: the plan passed its last step review date and is no longer current',
    command: () => ({}),
  }),

  // Track consultation; an approval restarts the 30-day clock (ENG-3).
  lifecycle({
    event: 'REQUEST_TRACK_CHANGE', input: Track.RequestTrackChangeInput,
    description: 'TRK-1: a consultation request to move the client to the other track',
    command: (i) => ({ toTrack: i.toTrack, reason: i.reason }),
  }),
  lifecycle({
    event: 'DECIDE_TRACK_CHANGE', input: Track.DecideTrackChangeInput,
    description: "The supervisor's decision on a consultation request (TRK-1)",
    command: (i) => ({ approved: i.approved, reason: i.reason }),
  }),

  // Non-compliance, good cause and the staged penalty.
  lifecycle({
    event: 'REPORT_NON_COMPLIANCE', input: Penalty.ReportNonComplianceInput,
    description: 'PEN-1: a non-compliance as it occurs; good cause is determined before any penalty (PEN-2)',
    command: (i) => ({ kind: i.kind, occurredOn: i.occurredOn }),
  }),
  lifecycle({
    event: 'DETERMINE_GOOD_CAUSE', input: Penalty.DetermineGoodCauseInput,
    description: 'PEN-1: the good cause result for the open non-compliance, documented',
    command: (i) => ({ goodCause: i.goodCause, reason: i.reason }),
  }),
  lifecycle({
    event: 'REQUEST_PENALTY', input: Penalty.RequestPenaltyInput,
    description: 'PEN-1: request the penalty once good cause was found absent',
    command: () => ({}),
  }),
  lifecycle({
    event: 'IMPOSE_PENALTY', input: Penalty.ImposePenaltyInput,
    description: 'PEN-5: stage 1 (40%) from its effective date, after written notice; Eligibility is told (MGT-5)',
    command: (i) => ({ noticeOn: i.noticeOn!, effectiveOn: i.effectiveOn ?? null }),
  }),
  lifecycle({
    event: 'RECORD_PENALTY_HOME_VISIT', input: Penalty.RecordPenaltyResolutionHomeVisitInput,
    description: 'PEN-4: the Penalty Resolution home visit and child-safety determination the next stage needs',
    command: (i) => ({ visitedOn: i.visitedOn, childSafetyDetermined: i.childSafetyDetermined }),
  }),
  lifecycle({
    event: 'ESCALATE_PENALTY', input: Penalty.EscalatePenaltyInput,
    description: 'PEN-4: raise the penalty to its next stage after the home visit; Eligibility is told (MGT-5)',
    command: () => ({}),
  }),
  lifecycle({
    event: 'CURE_PENALTY', input: Penalty.CurePenaltyInput,
    description: 'PEN-3: end the penalty back to the earlier of intent to comply and compliance; Eligibility is told (MGT-5)',
    command: (i) => ({ intentToComplyOn: i.intentToComplyOn ?? null, compliedOn: i.compliedOn ?? null }),
  }),
  lifecycle({
    event: 'REMOVE_PENALTY_FOR_GOOD_CAUSE', input: Penalty.RemovePenaltyForGoodCauseInput,
    description: 'PEN-1: good cause found after imposition removes the penalty back to when it began; Eligibility is told (MGT-5)',
    command: (i) => ({ goodCauseBeganOn: i.goodCauseBeganOn, reason: i.reason }),
  }),

  // Exemptions.
  lifecycle({
    event: 'START_EXEMPTION', input: Exemption.StartExemptionInput,
    description: 'EXM-1: an exemption begins, coded by its reason; Eligibility is told the same day',
    command: (i) => ({ reason: i.reason, startedOn: i.startedOn, ...(i.documentedOn ? { documentedOn: i.documentedOn } : {}) }),
  }),
  lifecycle({
    event: 'END_EXEMPTION', input: Exemption.EndExemptionInput,
    description: 'EXM-1: the exemption ends; Eligibility is told the same day',
    command: (i) => ({ endedOn: i.endedOn }),
  }),

  // The 60-month clock and the extension staffing.
  lifecycle({
    event: 'RECORD_ASSISTANCE_MONTH', input: TimeLimit.RecordAssistanceMonthInput,
    description: 'TL-1: a month of assistance, counted once per parent toward the 60-month lifetime limit (either parent reaching 60 reaches it)',
    command: (i) => ({ month: i.month, ...(i.householdMemberId ? { householdMemberId: i.householdMemberId } : {}) }),
  }),
  lifecycle({
    event: 'SCHEDULE_EXTENSION_STAFFING', input: TimeLimit.ScheduleExtensionStaffingInput,
    description: 'TL-1 / TL-2: the extension review staffing, held at month 58',
    command: (i) => ({ staffingOn: i.staffingOn }),
  }),
  lifecycle({
    event: 'SUBMIT_STAFFING_FORM', input: TimeLimit.SubmitExtensionStaffingFormInput,
    description: 'TL-2: the staffing form reached the supervisor, at least a week before the staffing',
    deprecationReason: 'Use submitExtensionStaffingFormContent: it records the form itself (criteria per parent, TA10, partner input) and sends SUBMIT_STAFFING_FORM',
    command: (i) => ({ submittedOn: i.submittedOn }),
  }),
  lifecycle({
    event: 'DECIDE_EXTENSION', input: TimeLimit.DecideExtensionInput,
    description: "TL-2: the supervisor's extension decision with the criterion each parent meets (7 AAC 45.610); Eligibility is told (MGT-5)",
    command: (i) => ({
      approved: i.approved, reason: i.reason,
      ...(i.criteria ? { criteria: i.criteria.map((c) => ({ householdMemberId: c.householdMemberId ?? null, criteria: [...c.criteria] })) } : {}),
    }),
  }),

  // Reassignment, TA closure, exit, Post-TA and re-referral.
  lifecycle({
    event: 'CHANGE_CASE_MANAGER', input: Exit.ReassignCaseManagerInput,
    description: 'ENG-3: a supervisor reassigns the case to an active case manager of the office; the 30-day clock restarts',
    command: (i) => ({ caseManagerId: i.caseManagerId }),
  }),
  lifecycle({
    event: 'CLOSE_TA', input: Exit.CloseTemporaryAssistanceInput,
    description: 'EXIT-3: TA closes; a closure with work starts 12 months of Post-TA; Eligibility is told (MGT-5)',
    command: (i) => ({ closedOn: i.closedOn, withWork: i.withWork }),
  }),
  lifecycle({
    event: 'RECORD_EXIT_SUMMARY', input: Exit.RecordExitSummaryInput,
    description: 'EXIT-1: the exit summary, in the month of TA closure or the month after',
    command: (i) => ({ enteredOn: i.enteredOn }),
  }),
  lifecycle({
    event: 'CLOSE_WORK_ACTIVITY_RECORD', input: Exit.CloseWorkActivityRecordInput,
    description: 'EXIT-2: the work activity record closes, on the last day of the month after TA closure',
    command: (i) => ({ closedOn: i.closedOn }),
  }),
  lifecycle({
    event: 'RECORD_POST_TA_CONTACT', input: Exit.RecordPostTaContactInput,
    description: 'EXIT-3: a Post-TA job retention and advancement contact',
    command: (i) => ({ contactedOn: i.contactedOn }),
  }),
  lifecycle({
    event: 'COMPLETE_POST_TA', input: Exit.CompletePostTaInput,
    description: 'EXIT-3: the 12 months of Post-TA services are over',
    command: () => ({}),
  }),
  lifecycle({
    event: 'REFER_AGAIN', input: Exit.ReferClientAgainInput,
    description: "A closed or Post-TA client returns, keeping the lifetime months (TL-1); a case manager may choose only their own caseload (ENG-3)",
    command: async (i, ctx) => {
      // Read first, as a query would: a case the user may not see is refused before the transition runs.
      const current = await ctx.services.cases.findCase(requireUser(ctx), i.caseId);
      return { referralDate: i.referralDate, track: i.track, monthsUsed: i.monthsUsed, caseManagerId: i.caseManagerId ?? current.caseManagerId };
    },
  }),
] as const;

/** Every chart event has its mutation here: a missing one is a compile error (the build-time check repeats it at start-up). */
type Unlisted = Exclude<CaseEventType, (typeof LIFECYCLE_MUTATIONS)[number]['event']>;
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyEventListed;
