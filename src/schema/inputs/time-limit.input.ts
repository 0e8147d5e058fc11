import { LocalDate, YearMonth } from '../scalars';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseEventInput } from './case-event.input';
import { ExtensionCriterionEnum } from '../time-limit.type';

@InputType({ description: 'TL-1: a month in which cash was issued' })
export class RecordAssistanceMonthInput extends CaseEventInput {
  @Field(() => YearMonth, { description: 'The month cash was issued for' }) month: string;
  @Field(() => ID, { nullable: true, description: 'Two-parent families: the SPOUSE or PARTNER household member the month counts for; omit for the client (TL-1)' })
  @IsOptional() @IsUUID() householdMemberId?: string | null;
}

@InputType('ParentExtensionCriteriaInput', { description: 'The extension criteria one parent meets (7 AAC 45.610)' })
export class ParentExtensionCriteriaInput {
  @Field(() => ID, { nullable: true, description: 'The second parent (SPOUSE or PARTNER household member); omit for the client' })
  @IsOptional() @IsUUID() householdMemberId?: string | null;
  @Field(() => [ExtensionCriterionEnum], { description: 'The criteria this parent meets (TL-2: an updated TA10, partner agencies\' input)' })
  @IsEnum(ExtensionCriterionEnum, { each: true }) @ArrayUnique() @ArrayMaxSize(5) criteria: ExtensionCriterionEnum[];
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
  @Field(() => [ParentExtensionCriteriaInput], {
    nullable: true,
    description: 'The criterion each parent meets: required when approving, for the client and every second parent with months (DOMAIN.md "Time limit": each parent must meet one)',
  })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => ParentExtensionCriteriaInput) @ArrayMaxSize(3) criteria?: ParentExtensionCriteriaInput[] | null;
}
