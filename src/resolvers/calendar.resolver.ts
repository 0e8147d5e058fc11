import { LocalDate } from '../schema/scalars';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { ALASKA_STATEHOOD_YEAR } from '../calendar/alaska-calendar';
import { alaskaDateOf, LAST_YEAR } from '../dates';
import type { RequestContext } from '../context';
import { CalendarType, StateHolidayType } from '../schema/calendar.type';

@ArgsType()
class AddBusinessDaysArgs {
  @Field(() => LocalDate) from: string;
  @Field(() => Int) @Min(0) @Max(366) days: number;
}

/**
 * Holidays are listed from statehood (AS 44.12.010 is a state law; no Alaska state holidays before
 * 1959) to the last year of the supported date range (src/dates LAST_YEAR).
 */
@ArgsType()
class HolidayYearArgs {
  @Field(() => Int) @Min(ALASKA_STATEHOOD_YEAR) @Max(LAST_YEAR) year: number;
}

/** Read-only: Alaska business days, counted exactly as the server counts deadlines. */
@Resolver(() => CalendarType)
export class CalendarResolver {
  @Query(() => CalendarType)
  calendar() {
    return new CalendarType();
  }

  @FieldResolver(() => LocalDate, { description: "Today's date in Alaska (America/Anchorage)" })
  today(@Ctx() ctx: RequestContext) {
    return alaskaDateOf(ctx.services.clock.now());
  }

  @FieldResolver(() => Boolean)
  isBusinessDay(@Arg('date', () => LocalDate) date: string, @Ctx() ctx: RequestContext) {
    return ctx.services.calendar.isBusinessDay(date);
  }

  @FieldResolver(() => LocalDate, { description: 'Excludes the first day, includes the last (AS 01.10.080)' })
  addBusinessDays(@Args() { from, days }: AddBusinessDaysArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.calendar.addBusinessDays(from, days);
  }

  @FieldResolver(() => [StateHolidayType])
  holidays(@Args() { year }: HolidayYearArgs, @Ctx() ctx: RequestContext) {
    return ctx.services.calendar.holidays(year);
  }
}
