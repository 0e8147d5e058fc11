import { LocalDate } from './scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('StateHoliday', { description: 'A day Alaska state offices are closed (AS 44.12.010)' })
export class StateHolidayType {
  @Field(() => LocalDate, { description: 'The day offices close (the observed day when observed is true)' }) date: string;
  @Field({ description: 'The holiday\'s name (e.g. Seward\'s Day)' }) name: string;
  @Field({ description: 'True for the day a weekend holiday is observed, not its nominal date' }) observed: boolean;
}

@ObjectType('AlaskaCalendar', { description: 'The Alaska business calendar the server counts deadlines with, so front ends show the same dates' })
export class CalendarType {}
