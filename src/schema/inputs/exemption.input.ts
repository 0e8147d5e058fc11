import { LocalDate } from '../scalars';
import { IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ExemptionReasonEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'EXM-1: coded correctly, sent to Eligibility the same day' })
export class StartExemptionInput extends CaseEventInput {
  @Field(() => ExemptionReasonEnum, { description: 'The exemption\'s reason (AS 47.27.035, 7 AAC 45.260)' }) @IsEnum(ExemptionReasonEnum) reason: ExemptionReasonEnum;
  @Field(() => LocalDate, { description: 'The day it starts; Eligibility is told the same day (EXM-1)' }) startedOn: string;
}

@InputType({ description: 'EXM-1' })
export class EndExemptionInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day it ends; Eligibility is told the same day (EXM-1)' }) endedOn: string;
}
