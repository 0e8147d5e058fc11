import { LocalDate } from '../scalars';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsEnum, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ContactMethodEnum, ContactOutcomeEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'ENG-2: every contact attempt is documented' })
export class RecordContactAttemptInput extends CaseEventInput {
  @Field(() => LocalDate) on: string;
  @Field(() => ContactMethodEnum) @IsEnum(ContactMethodEnum) method: ContactMethodEnum;
  @Field(() => ContactOutcomeEnum) @IsEnum(ContactOutcomeEnum) outcome: ContactOutcomeEnum;
}

@InputType({ description: 'ENG-2: a J016 notice carries a specific EA appointment time' })
export class IssueJ016NoticeInput extends CaseEventInput {
  @Field(() => GraphQLDateTime) eaAppointmentAt: Date;
}

@InputType({ description: 'ENG-6: an emergency the client disclosed; to be seen within 48 hours' })
export class ReportClientEmergencyInput extends CaseEventInput {
  @Field() @IsString() @Length(3, 2000) description: string;
}

@InputType()
export class ScheduleEmployabilityAssessmentInput extends CaseEventInput {
  @Field(() => GraphQLDateTime) appointmentAt: Date;
}

@InputType({ description: 'EA-1' })
export class CompleteEmployabilityAssessmentInput extends CaseEventInput {
  @Field(() => LocalDate) completedOn: string;
}

@InputType({ description: 'EA-2: the EA CLNO, due within 2 days of the EA' })
export class RecordEmployabilityAssessmentNoteInput extends CaseEventInput {
  @Field(() => LocalDate) enteredOn: string;
}
