import { LocalDate } from '../scalars';
import { IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ExemptionReasonEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'EXM-1: coded correctly, sent to Eligibility the same day' })
export class StartExemptionInput extends CaseEventInput {
  @Field(() => ExemptionReasonEnum, { description: 'The exemption\'s reason (AS 47.27.035, 7 AAC 45.260)' }) @IsEnum(ExemptionReasonEnum) reason: ExemptionReasonEnum;
  @Field(() => LocalDate, { description: 'The day it starts; Eligibility is told the same day (EXM-1)' }) startedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The date of the TA10 (MEDICAL_INABILITY) or the physician\'s documentation (HOME_CARE_DISABLED_CHILD, HOME_CARE_DISABLED_RELATIVE) the reason rests on; required for those reasons (AS 47.27.035)' })
  @IsOptional() documentedOn?: string | null;
}

@InputType({ description: 'EXM-1' })
export class EndExemptionInput extends CaseEventInput {
  @Field(() => LocalDate, { description: 'The day it ends; Eligibility is told the same day (EXM-1)' }) endedOn: string;
}
