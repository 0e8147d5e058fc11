import { LocalDate, YearMonth } from '../scalars';
import { IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'TL-1: a month in which cash was issued' })
export class RecordAssistanceMonthInput extends CaseEventInput {
  @Field(() => YearMonth, { description: 'The month cash was issued for' }) month: string;
}

@InputType({ description: 'TL-1: the extension review staffing at month 58' })
export class ScheduleExtensionStaffingInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day of the extension staffing (TL-2; at month 58)' }) staffingOn: string;
}

@InputType({ description: 'TL-2: the staffing form reaches the supervisor at least a week before' })
export class SubmitExtensionStaffingFormInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day the staffing form went to the supervisor (TL-2: at least 1 week before the staffing)' }) submittedOn: string;
}

@InputType({ description: 'A supervisor\'s decision on an extension of the 60-month limit (TL-2)' })
export class DecideExtensionInput extends CaseEventInput {
  @Field({ description: 'The extension is approved' }) approved: boolean;
  @Field({ description: 'The decision\'s reason' }) @IsString() @Length(3, 2000) reason: string;
}
