import { LocalDate } from '../scalars';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { HouseholdRelationshipEnum, TrackEnum } from '../enums';
import { MutationInput } from './mutation.input';

@InputType({ description: 'Who the client is, as the referral gives it' })
export class ClientDetailsInput {
  @Field({ description: 'Given name' }) @IsString() @Length(1, 100) firstName: string;
  @Field({ description: 'Family name' }) @IsString() @Length(1, 100) lastName: string;
  @Field(() => LocalDate, { description: 'Date of birth' }) dateOfBirth: string;
  @Field({ nullable: true, description: 'Phone number, if known' }) @IsOptional() @Length(7, 30) phone?: string;
  @Field({ nullable: true, description: 'E-mail address, if known' }) @IsOptional() @IsEmail() email?: string;
  @Field({ nullable: true, description: 'Mailing address, if known' }) @IsOptional() @Length(1, 500) mailingAddress?: string;
  @Field({ nullable: true, description: 'Community or village, if known' }) @IsOptional() @Length(1, 100) community?: string;
}

@InputType({ description: 'One other member of the client\'s household' })
export class HouseholdMemberInput {
  @Field({ description: 'Given name' }) @IsString() @Length(1, 100) firstName: string;
  @Field({ description: 'Family name' }) @IsString() @Length(1, 100) lastName: string;
  @Field(() => HouseholdRelationshipEnum, { description: 'Relationship to the client (SPOUSE or PARTNER makes a two-parent family)' }) @IsEnum(HouseholdRelationshipEnum) relationship: HouseholdRelationshipEnum;
  @Field(() => LocalDate, { description: 'Date of birth' }) dateOfBirth: string;
  @Field(() => Int, { nullable: true, description: 'A SPOUSE or PARTNER only: months of assistance this parent already used elsewhere (TL-1); counted on the family\'s clock' })
  @IsOptional() @IsInt() @Min(0) @Max(60) monthsUsed?: number;
}

@InputType({ description: 'A referral from Eligibility: creates the client and a case' })
export class ReferClientInput extends MutationInput {
  @Field(() => ClientDetailsInput, { description: 'The client' }) @ValidateNested() @Type(() => ClientDetailsInput) client: ClientDetailsInput;
  @Field(() => [HouseholdMemberInput], { defaultValue: [], description: 'The other household members; empty when the client lives alone' })
  @ValidateNested({ each: true }) @Type(() => HouseholdMemberInput) @ArrayMaxSize(20) household: HouseholdMemberInput[];
  @Field(() => TrackEnum, { description: 'The track the referral gives' }) @IsEnum(TrackEnum) track: TrackEnum;
  @Field(() => LocalDate, { description: 'The referral\'s date (ENG-1: contact within 1 business day)' }) referralDate: string;
  @Field(() => Int, { description: 'Months of assistance already used (TL-1)' }) @IsInt() @Min(0) @Max(60) monthsUsed: number;
  @Field(() => ID, { nullable: true, description: 'Defaults to the referring case manager' }) @IsOptional() @IsUUID() caseManagerId?: string;
}
