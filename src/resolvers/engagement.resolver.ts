import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { CaseTransitionResultType as Result } from '../schema/case-transition-result.type';
import * as I from '../schema/inputs/engagement.input';
import { iso, sendCaseEvent } from './case-mutation';

/** Referral, initial engagement, emergencies and the Employability Assessment (ENG-1, ENG-2, ENG-6, EA-1, EA-2). */
@Resolver()
export class EngagementResolver {
  @Authorized() @Mutation(() => Result)
  recordContactAttempt(@Arg('input') i: I.RecordContactAttemptInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'RECORD_CONTACT_ATTEMPT', on: i.on, method: i.method, outcome: i.outcome });
  }

  @Authorized() @Mutation(() => Result)
  issueJ016Notice(@Arg('input') i: I.IssueJ016NoticeInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'ISSUE_J016', eaAppointmentAt: iso(i.eaAppointmentAt) });
  }

  @Authorized() @Mutation(() => Result, { description: 'ENG-6: record an emergency the client disclosed; it must be seen within 48 hours' })
  reportClientEmergency(@Arg('input') i: I.ReportClientEmergencyInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'DISCLOSE_EMERGENCY', description: i.description });
  }

  @Authorized() @Mutation(() => Result)
  scheduleEmployabilityAssessment(@Arg('input') i: I.ScheduleEmployabilityAssessmentInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'SCHEDULE_EA', appointmentAt: iso(i.appointmentAt) });
  }

  @Authorized() @Mutation(() => Result)
  completeEmployabilityAssessment(@Arg('input') i: I.CompleteEmployabilityAssessmentInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'COMPLETE_EA', completedOn: i.completedOn });
  }

  @Authorized() @Mutation(() => Result)
  recordEmployabilityAssessmentNote(@Arg('input') i: I.RecordEmployabilityAssessmentNoteInput, @Ctx() ctx: RequestContext) {
    return sendCaseEvent(ctx, i, { type: 'RECORD_EA_NOTE', enteredOn: i.enteredOn });
  }
}
