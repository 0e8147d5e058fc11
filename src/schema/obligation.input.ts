import { LocalDate } from './scalars';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ObligationStatusEnum } from './obligation.type';

@InputType('ObligationFilter')
export class ObligationFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() office?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() caseManager?: string;
  @Field(() => ObligationStatusEnum, { nullable: true }) @IsOptional() status?: ObligationStatusEnum;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() dueBefore?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(40) ruleIds?: string[];
}

@InputType({ description: 'A supervisor waives an obligation with a reason (e.g. EA-2 extenuating circumstances)' })
export class WaiveObligationInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsString() @Matches(/^[A-Z]+-\d+(:.+)?$/, { message: 'key must be an obligation key such as EA-2:v5' }) key: string;
  @Field() @IsString() @Length(10, 2000, { message: 'reason must explain the waiver (at least 10 characters)' }) reason: string;
}
