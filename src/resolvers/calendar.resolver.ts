import { LocalDate } from '../schema/scalars';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { alaskaDateOf } from '../calendar/alaska-calendar';
import type { RequestContext } from '../context';
import { CalendarType, StateHolidayType } from '../schema/calendar.type';

@ArgsType()
class AddBusinessDaysArgs {
  @Field(() => LocalDate) from: string;
  @Field(() => Int) @Min(0) @Max(366) days: number;
}

@ArgsType()
class HolidayYearArgs {
  @Field(() => Int) @Min(1959) @Max(2100) year: number;
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
