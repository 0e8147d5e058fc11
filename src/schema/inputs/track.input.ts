import { IsEnum, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { TrackEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'TRK-1: the consultation request' })
export class RequestTrackChangeInput extends CaseEventInput {
  @Field(() => TrackEnum) @IsEnum(TrackEnum) toTrack: TrackEnum;
  @Field() @IsString() @Length(3, 2000) reason: string;
}

@InputType({ description: 'TRK-1: a supervisor approves or denies' })
export class DecideTrackChangeInput extends CaseEventInput {
  @Field() approved: boolean;
  @Field() @IsString() @Length(3, 2000) reason: string;
}
