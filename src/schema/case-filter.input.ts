import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CaseStateFilterInput } from './case-state.type';
import { CasePhaseEnum, TrackEnum } from './enums';

@InputType('CaseFilter', { description: 'Narrows the caseload; every filter given must hold' })
export class CaseFilterInput {
  @Field(() => ID, { nullable: true, description: 'Cases of this office (yours unless you may read others)' }) @IsOptional() @IsUUID() office?: string;
  @Field(() => ID, { nullable: true, description: 'Cases of this case manager' }) @IsOptional() @IsUUID() caseManager?: string;
  @Field(() => TrackEnum, { nullable: true, description: 'Cases on this track' }) @IsOptional() track?: TrackEnum;
  @Field(() => CasePhaseEnum, { nullable: true, description: 'Cases in this phase' }) @IsOptional() phase?: CasePhaseEnum;
  @Field(() => CaseStateFilterInput, { nullable: true, description: 'Cases in these lifecycle state nodes, matched exactly (EXEMPT never matches NOT_EXEMPT)' })
  @IsOptional() @ValidateNested() @Type(() => CaseStateFilterInput) state?: CaseStateFilterInput;
}
