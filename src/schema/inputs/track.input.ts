import { IsEnum, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { TrackEnum } from '../enums';
import { CaseEventInput } from './case-event.input';

@InputType({ description: 'TRK-1: the consultation request' })
export class RequestTrackChangeInput extends CaseEventInput {
  @Field(() => TrackEnum, { description: 'The track asked for (TRK-1)' }) @IsEnum(TrackEnum) toTrack: TrackEnum;
  @Field({ description: 'Why the change is asked for' }) @IsString() @Length(3, 2000) reason: string;
}

@InputType({ description: 'TRK-1: a supervisor approves or denies' })
export class DecideTrackChangeInput extends CaseEventInput {
  @Field({ description: 'The supervisor approves; the track changes and ENG-3\'s 30-day clock restarts' }) approved: boolean;
  @Field({ description: 'The decision\'s reason' }) @IsString() @Length(3, 2000) reason: string;
}
