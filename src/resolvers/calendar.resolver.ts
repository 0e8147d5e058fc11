import { LocalDate } from '../schema/scalars';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { ALASKA_STATEHOOD_YEAR } from '../calendar/alaska-calendar';
import { alaskaDateOf, LAST_YEAR } from '../dates';
import type { RequestContext } from '../context';
import { CalendarType, StateHolidayType } from '../schema/calendar.type';

@ArgsType()
class AddBusinessDaysArgs {
  @Field(() => LocalDate, { description: 'The day to count from (not itself counted)' }) from: string;
  @Field(() => Int, { description: 'Alaska business days to add, 0 to 366 (weekends, state holidays and proclaimed closures are skipped)' }) @Min(0) @Max(366) days: number;
}

/**
 * Holidays are listed from statehood (AS 44.12.010 is a state law; no Alaska state holidays before
 * 1959) to the last year of the supported date range (src/dates LAST_YEAR).
 */
@ArgsType()
class HolidayYearArgs {
  @Field(() => Int, { description: 'The year, from statehood (1959) to 2100' }) @Min(ALASKA_STATEHOOD_YEAR) @Max(LAST_YEAR) year: number;
}

/** Read-only: Alaska business days, counted exactly as the server counts deadlines. */
@Resolver(() => CalendarType)
export class CalendarResolver {
  @Query(() => CalendarType, { description: 'The Alaska business calendar the server counts deadlines with (AS 44.12.010, 44.12.020, AS 01.10.080)' })
  calendar() {
    return new CalendarType();
  }

  @FieldResolver(() => LocalDate, { description: "Today's date in Alaska (America/Anchorage)" })
  today(@Ctx() ctx: RequestContext) {
    return alaskaDateOf(ctx.services.clock.now());
  }

  @FieldResolver(() => Boolean, { description: 'Whether the date is an Alaska business day: not a weekend, not a state holiday (observed), not a proclaimed closure' })
  isBusinessDay(@Arg('date', () => LocalDate, { description: 'The date to check' }) date: string, @Ctx() ctx: RequestContext) {
    return ctx.services.calendar.isBusinessDay(date);
  }

  @FieldResolver(() => LocalDate, { description: 'Excludes the first day, includes the last (AS 01.10.080)' })
  addBusinessDays(@Args() { from, days }: AddBusinessDaysArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.calendar.addBusinessDays(from, days);
  }

  @FieldResolver(() => [StateHolidayType], { description: 'The year\'s state holidays, with the observed days (a Sunday holiday adds the Monday; a Saturday one moves to Friday)' })
  holidays(@Args() { year }: HolidayYearArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.calendar.holidays(year);
  }
}
