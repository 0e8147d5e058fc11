import { LocalDate } from '../scalars';
import { IsString, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'TL-1: a month in which cash was issued' })
export class RecordAssistanceMonthInput extends CaseEventInput {
  @Field({ description: 'YYYY-MM' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' }) month: string;
}

@InputType({ description: 'TL-1: the extension review staffing at month 58' })
export class ScheduleExtensionStaffingInput extends CaseEventInput {
  @Field(() => LocalDate) staffingOn: string;
}

@InputType({ description: 'TL-2: the staffing form reaches the supervisor at least a week before' })
export class SubmitExtensionStaffingFormInput extends CaseEventInput {
  @Field(() => LocalDate) submittedOn: string;
}

@InputType()
export class DecideExtensionInput extends CaseEventInput {
  @Field() approved: boolean;
  @Field() @IsString() @Length(3, 2000) reason: string;
}
