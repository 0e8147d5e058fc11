import { LocalDate } from '../scalars';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { HouseholdRelationshipEnum, TrackEnum } from '../enums';

@InputType()
export class ClientDetailsInput {
  @Field() @IsString() @Length(1, 100) firstName: string;
  @Field() @IsString() @Length(1, 100) lastName: string;
  @Field(() => LocalDate) dateOfBirth: string;
  @Field({ nullable: true }) @IsOptional() @Length(7, 30) phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() email?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 500) mailingAddress?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 100) community?: string;
}

@InputType()
export class HouseholdMemberInput {
  @Field() @IsString() @Length(1, 100) firstName: string;
  @Field() @IsString() @Length(1, 100) lastName: string;
  @Field(() => HouseholdRelationshipEnum) @IsEnum(HouseholdRelationshipEnum) relationship: HouseholdRelationshipEnum;
  @Field(() => LocalDate) dateOfBirth: string;
}

@InputType({ description: 'A referral from Eligibility: creates the client and a case' })
export class ReferClientInput {
  @Field(() => ClientDetailsInput) @ValidateNested() @Type(() => ClientDetailsInput) client: ClientDetailsInput;
  @Field(() => [HouseholdMemberInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @Type(() => HouseholdMemberInput) @ArrayMaxSize(20) household: HouseholdMemberInput[];
  @Field(() => TrackEnum) @IsEnum(TrackEnum) track: TrackEnum;
  @Field(() => LocalDate) referralDate: string;
  @Field(() => Int, { description: 'Months of assistance already used (TL-1)' }) @IsInt() @Min(0) @Max(60) monthsUsed: number;
  @Field(() => ID, { nullable: true, description: 'Defaults to the referring case manager' }) @IsOptional() @IsUUID() caseManagerId?: string;
}
