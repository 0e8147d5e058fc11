import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from './scalars';

@ObjectType('PenaltyPosition', { description: 'The open penalty of a case: its stage and reduction (AS 47.27.085, 7 AAC 45.980; DOMAIN "Penalty stages")' })
export class PenaltyPositionType {
  @Field(() => Int, { description: '0 until imposed; 1: 40% (months 1-4 from the finding date), 2: 75% (months 5-8), 3: full family sanction (closure)' }) stage: number;
  @Field(() => Int, { description: 'The reduction of the maximum grant at this stage, in percent: 0, 40, 75 or 100' }) percentage: number;
  @Field(() => LocalDate, { nullable: true, description: 'The day of the written notice (PEN-5); null before imposition' }) noticeOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The finding (effective) date: the 1st of the first month at least 10 days after the notice (7 AAC 45.980(d)); null before imposition' }) findingDate: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The first day of the current stage; null before imposition' }) stageBeganOn: string | null;
}
