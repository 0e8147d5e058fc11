import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CasePhaseEnum, TrackEnum } from './enums';

@InputType('CaseFilter')
export class CaseFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() office?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() caseManager?: string;
  @Field(() => TrackEnum, { nullable: true }) @IsOptional() track?: TrackEnum;
  @Field(() => CasePhaseEnum, { nullable: true }) @IsOptional() phase?: CasePhaseEnum;
  @Field({ nullable: true, description: 'Part of the state path, e.g. "compliance.penalized"' })
  @IsOptional() @IsString() @MaxLength(200) state?: string;
}
