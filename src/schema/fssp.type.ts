import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FSSP_SIGNATURE_METHODS, FSSP_STEP_STATUSES, type FsspSignatureMethod, type FsspStepStatus } from '../fssp/fssp-rules';
import { CaseType } from './case.type';
import { connectionType } from './connection.type';
import { MutationPayload } from './mutation-payload';
import { NodeInterface } from './node.type';
import { LocalDate } from './scalars';

export const FsspSignatureMethodEnum = Object.fromEntries(FSSP_SIGNATURE_METHODS.map((m) => [m, m])) as { [K in FsspSignatureMethod]: K };
registerEnumType(FsspSignatureMethodEnum, {
  name: 'FsspSignatureMethod',
  description: 'How the client signed an FSSP version',
  valuesConfig: {
    IN_PERSON: { description: 'Signed in the office' },
    MAILED: { description: 'Mailed for signature and signed by mail (FSSP-6: record the mailing first)' },
    FIELD: { description: 'A field FSSP at a home or village visit, with plan date, goal date and goal (FSSP-5); the original stays in the file' },
  },
});
export const FsspStepStatusEnum = Object.fromEntries(FSSP_STEP_STATUSES.map((s) => [s, s])) as { [K in FsspStepStatus]: K };
registerEnumType(FsspStepStatusEnum, {
  name: 'FsspStepStatus',
  description: 'A step\'s progress at a monthly review (FSSP-2)',
  valuesConfig: {
    NOT_STARTED: { description: 'Not started yet' }, IN_PROGRESS: { description: 'Under way, on time' },
    DONE: { description: 'Done' }, BEHIND: { description: 'Under way or due, and behind its dates' },
  },
});

@ObjectType('FsspStep', { implements: NodeInterface, description: 'A step toward a goal, with its dates and its own review date (FSSP-3)' })
export class FsspStepType {
  @Field(() => ID, { description: 'The step\'s id (reviewFsspVersion\'s progress names it)' }) id: string;
  @Field(() => ID, { description: 'The goal or intermediate goal it serves' }) goalId: string;
  @Field({ description: 'What the client will do' }) text: string;
  @Field(() => LocalDate, { description: 'When it starts' }) startsOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'When it ends; null when open-ended' }) endsOn: string | null;
  @Field(() => LocalDate, { description: 'Its own review date (FSSP-3); the plan expires after the latest one' }) reviewOn: string;
  /** Not in the schema: the access log keys the step to its client by it. */
  caseId?: string;
}

@ObjectType('FsspGoal', { implements: NodeInterface, description: 'A SMART goal (specific text, measure, target date) or an intermediate goal under one (FSSP-3)' })
export class FsspGoalType {
  @Field(() => ID, { description: 'The goal\'s id' }) id: string;
  @Field({ description: 'What the goal is' }) text: string;
  @Field({ description: 'How it is measured' }) measure: string;
  @Field(() => LocalDate, { description: 'When it is to be reached' }) targetOn: string;
  @Field(() => [FsspGoalType], { description: 'Its intermediate goals (empty on an intermediate goal)' }) intermediateGoals: FsspGoalType[];
  @Field(() => [FsspStepType], { description: 'The steps toward it directly (an intermediate goal\'s steps are under the intermediate goal)' }) steps: FsspStepType[];
  /** Not in the schema: the access log keys the goal to its client by it. */
  caseId?: string;
}

@ObjectType('FsspServicePlan', { description: 'Another agency\'s service plan the FSSP incorporates (EA-4)' })
export class FsspServicePlanType {
  @Field({ description: 'The agency' }) agency: string;
  @Field({ description: 'What its plan provides' }) summary: string;
}

@ObjectType('FsspMailing', { description: 'FSSP-6: mailed for signature, due back by a date' })
export class FsspMailingType {
  @Field(() => LocalDate, { description: 'The day it was mailed' }) mailedOn: string;
  @Field(() => LocalDate, { description: 'The day it is due back signed' }) dueBackOn: string;
}

@ObjectType('FsspSignature', { description: 'The client\'s signature of a version (FSSP-1); a field FSSP carries its own facts (FSSP-5)' })
export class FsspSignatureType {
  @Field(() => FsspSignatureMethodEnum, { description: 'In person, by mail, or a field FSSP' }) method: FsspSignatureMethod;
  @Field(() => LocalDate, { description: 'The day the client signed' }) signedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'A field FSSP\'s plan date (FSSP-5); null otherwise' }) fieldPlanOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'A field FSSP\'s goal date (FSSP-5); null otherwise' }) fieldGoalOn: string | null;
  @Field(() => String, { nullable: true, description: 'A field FSSP\'s goal (FSSP-5); null otherwise' }) fieldGoal: string | null;
  @Field(() => String, { nullable: true, description: '"Field FSSP, original in file" for a field FSSP (FSSP-5); null otherwise' }) fieldNote: string | null;
}

@ObjectType('FsspStepProgress', { description: 'One step\'s progress at a review (FSSP-2)' })
export class FsspStepProgressType {
  @Field(() => ID, { description: 'The step' }) stepId: string;
  @Field(() => FsspStepStatusEnum, { description: 'Where it stands' }) status: FsspStepStatus;
  @Field(() => String, { nullable: true, description: 'What was said about it' }) comment: string | null;
}

@ObjectType('FsspReview', { implements: NodeInterface, description: 'A monthly review of the plan with the client (FSSP-2, ENG-4)' })
export class FsspReviewType {
  @Field(() => ID, { description: 'The review\'s id' }) id: string;
  @Field(() => LocalDate, { description: 'The day of the review' }) reviewedOn: string;
  @Field(() => [FsspStepProgressType], { description: 'Progress per step' }) progress: FsspStepProgressType[];
  @Field(() => GraphQLDateTime, { description: 'When it was entered (server time)' }) recordedAt: Date;
}

@ObjectType('FsspUpdateAppointment', { implements: NodeInterface, description: 'FSSP-4: the update appointment, scheduled before the plan expires' })
export class FsspUpdateAppointmentType {
  @Field(() => ID, { description: 'The appointment\'s id' }) id: string;
  @Field(() => LocalDate, { description: 'The day of the appointment' }) scheduledFor: string;
  @Field(() => LocalDate, { description: 'The day it was scheduled (FSSP-4 is met when that is before expiry)' }) recordedOn: string;
}

@ObjectType('FsspVersion', { implements: NodeInterface, description: 'One version of the FSSP as a document: drafted, mailed, signed (then current), reviewed, replaced by an update' })
export class FsspVersionType {
  @Field(() => ID, { description: 'The version\'s id (mailFsspVersion, signFsspVersion, reviewFsspVersion take it)' }) id: string;
  @Field(() => ID, { description: 'The case' }) caseId: string;
  @Field(() => Int, { description: '1 for the first plan, then one more per update' }) number: number;
  @Field(() => LocalDate, { description: 'The day it was drafted' }) draftedOn: string;
  @Field(() => String, { nullable: true, description: 'What changed since the version it replaces (required on an update)' }) changeSummary: string | null;
  @Field(() => LocalDate, { description: 'The latest of its steps\' review dates: the plan expires after it (FSSP-3)' }) lastStepReviewOn: string;
  @Field({ description: 'Signed, the version in force, and not expired today (FSSP-1, FSSP-3)' }) current: boolean;
  @Field(() => FsspSignatureType, { nullable: true, description: 'The signature; null while unsigned' }) signature: FsspSignatureType | null;
  @Field(() => FsspMailingType, { nullable: true, description: 'The latest mailing for signature (FSSP-6); null when not mailed' }) mailing: FsspMailingType | null;
  @Field(() => [FsspGoalType], { description: 'Its goals, each with intermediate goals and steps' }) goals: FsspGoalType[];
  @Field(() => [FsspStepType], { description: 'All its steps, in order' }) steps: FsspStepType[];
  @Field(() => [FsspServicePlanType], { description: 'The agencies\' service plans it incorporates (EA-4)' }) servicePlans: FsspServicePlanType[];
  @Field(() => [FsspReviewType], { description: 'Its monthly reviews, oldest first (FSSP-2)' }) reviews: FsspReviewType[];
  @Field(() => [FsspUpdateAppointmentType], { description: 'Update appointments scheduled while it was in force (FSSP-4)' }) updateAppointments: FsspUpdateAppointmentType[];
}

export const FsspVersionConnectionType = connectionType('FsspVersion', FsspVersionType, 'A page of a case\'s FSSP versions, newest first');

function fsspPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class Payload extends MutationPayload {
    @Field(() => FsspVersionType, { nullable: true, description: 'The FSSP version written or acted on; null when refused' }) fsspVersion?: FsspVersionType | null;
    @Field(() => CaseType, { nullable: true, description: 'The case after the write (its version, plan and state); null when refused' }) case?: CaseType | null;
  }
  Object.defineProperty(Payload, 'name', { value: name });
  return Payload;
}

export const DraftFsspVersionPayload = fsspPayload('DraftFsspVersionPayload', 'The result of draftFsspVersion');
export const MailFsspVersionPayload = fsspPayload('MailFsspVersionPayload', 'The result of mailFsspVersion');
export const SignFsspVersionPayload = fsspPayload('SignFsspVersionPayload', 'The result of signFsspVersion');
export const ReviewFsspVersionPayload = fsspPayload('ReviewFsspVersionPayload', 'The result of reviewFsspVersion');

@ObjectType('ScheduleFsspUpdatePayload', { description: 'The result of scheduleFsspUpdate' })
export class ScheduleFsspUpdatePayload extends MutationPayload {
  @Field(() => FsspUpdateAppointmentType, { nullable: true, description: 'The appointment recorded; null when refused' }) appointment?: FsspUpdateAppointmentType | null;
  @Field(() => FsspVersionType, { nullable: true, description: 'The version in force it updates; null when refused' }) fsspVersion?: FsspVersionType | null;
}
