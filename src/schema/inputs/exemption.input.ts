import { LocalDate } from '../scalars';
import { IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ExemptionReasonEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'EXM-1: coded correctly, sent to Eligibility the same day' })
export class StartExemptionInput extends CaseEventInput {
  @Field(() => ExemptionReasonEnum) @IsEnum(ExemptionReasonEnum) reason: ExemptionReasonEnum;
  @Field(() => LocalDate) startedOn: string;
}

@InputType({ description: 'EXM-1' })
export class EndExemptionInput extends CaseEventInput {
  @Field(() => LocalDate) endedOn: string;
}
