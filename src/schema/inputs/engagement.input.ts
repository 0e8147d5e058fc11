import { LocalDate } from '../scalars';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsEnum, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ContactMethodEnum, ContactOutcomeEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'ENG-2: every contact attempt is documented' })
export class RecordContactAttemptInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day of the attempt' }) on: string;
  @Field(() => ContactMethodEnum, { description: 'How the client was contacted (ENG-5 asks for more than one method)' }) @IsEnum(ContactMethodEnum) method: ContactMethodEnum;
  @Field(() => ContactOutcomeEnum, { description: 'Whether the client was reached; REACHED moves the case to the assessment' }) @IsEnum(ContactOutcomeEnum) outcome: ContactOutcomeEnum;
}

@InputType({ description: 'ENG-2: a J016 notice carries a specific EA appointment time' })
export class IssueJ016NoticeInput extends CaseEventInput {
  @Field(() => GraphQLDateTime, { description: 'The specific EA appointment time the J016 gives (ENG-2)' }) eaAppointmentAt: Date;
}

@InputType({ description: 'ENG-6: an emergency the client disclosed; to be seen within 48 hours' })
export class ReportClientEmergencyInput extends CaseEventInput {
  @Field({ description: 'What the client disclosed (kept in the history; seen within 48 hours, ENG-6)' }) @IsString() @Length(3, 2000) description: string;
}

@InputType({ description: 'The Employability Assessment appointment (EA-1)' })
export class ScheduleEmployabilityAssessmentInput extends CaseEventInput {
  @Field(() => GraphQLDateTime, { description: 'When the EA takes place' }) appointmentAt: Date;
}

@InputType({ description: 'EA-1' })
export class CompleteEmployabilityAssessmentInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the EA took place (EA-2: its CLNO within 2 days)' }) completedOn: string;
}

@InputType({ description: 'ENG-3 / EA-1: a new Employability Assessment after a change of case manager or track' })
export class CompleteReassessmentInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the new EA took place: not before the change that called for it (EA-2: its CLNO within 2 days)' }) completedOn: string;
}

@InputType({ description: 'EA-2: the EA CLNO, due within 2 days of the EA' })
export class RecordEmployabilityAssessmentNoteInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the EA CLNO was entered (EA-2)' }) enteredOn: string;
}
