import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { badInput, badInputs, type InvalidInput } from '../errors';
import {
  computeMonthlyParticipation, hoursToCentiHours, ParticipationFactsError,
  type AdultParticipationFacts, type ParticipationFacts, type ParticipationResult, type WeeklyActivityEntry,
} from '../participation';
import { ParticipationEstimateInput, type ParticipationActivityInput, type ParticipationAdultInput } from '../schema/participation-estimate.input';
import { ParticipationEstimateType } from '../schema/participation-estimate.type';
import { toParticipationView } from './participation-result.mapper';

/** Decimal hours to exact centi-hours; more than 2 decimals is refused, never rounded. */
function centi(hours: number, field: string): number {
  try {
    return hoursToCentiHours(String(hours));
  } catch {
    throw badInput(`${field} must be a non-negative number of hours with at most 2 decimals, got ${hours}`, field, 'isCentiHourPrecision');
  }
}
const optCenti = (hours: number | null | undefined, field: string) => (hours == null ? undefined : centi(hours, field));
const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function toEntry(e: ParticipationActivityInput, at: string): WeeklyActivityEntry {
  return {
    weekStart: e.weekStart,
    activity: e.activity,
    actualCentiHours: centi(e.actualHours, `${at}.actualHours`),
    scheduledCentiHours: optCenti(e.scheduledHours, `${at}.scheduledHours`),
    excusedCentiHours: optCenti(e.excusedHours, `${at}.excusedHours`),
    holidays: e.holidays.map((h, k) => ({ date: h.date, centiHours: centi(h.hours, `${at}.holidays.${k}.hours`) })),
    justificationPresent: opt(e.justificationPresent),
    shortWeekDays: opt(e.shortWeekDays) as 3 | 4 | undefined, // @IsIn([3, 4]) on the input
  };
}

function toAdult(a: ParticipationAdultInput, at: string): AdultParticipationFacts {
  return {
    adultId: a.adultId,
    ageYears: a.ageYears,
    headOfHousehold: a.headOfHousehold,
    married: a.married,
    disabled: a.disabled,
    secondarySchoolAttendanceSatisfactory: a.secondarySchoolAttendanceSatisfactory,
    activities: a.activities.map((e, j) => toEntry(e, `${at}.activities.${j}`)),
    history: {
      jsjrWeeksCountedPrior12Months: opt(a.jsjrWeeksCountedPrior12Months),
      jsjrCentiHoursCountedPrior12Months: optCenti(a.jsjrHoursCountedPrior12Months, `${at}.jsjrHoursCountedPrior12Months`),
      jsjrConsecutiveWeeksBeforeMonth: opt(a.jsjrConsecutiveWeeksBeforeMonth),
      jsjrLastWeekStartBeforeMonth: opt(a.jsjrLastWeekStartBeforeMonth),
      jsjrShortWeekUsedPrior12Months: opt(a.jsjrShortWeekUsedPrior12Months),
      vetMonthsUsedBeforeMonth: opt(a.vetMonthsUsedBeforeMonth),
      holidaysExcusedPrior11Months: opt(a.holidaysExcusedPrior11Months),
      excusedCentiHoursPrior11Months: optCenti(a.excusedHoursPrior11Months, `${at}.excusedHoursPrior11Months`),
    },
  };
}

function toFacts(i: ParticipationEstimateInput): ParticipationFacts {
  return {
    month: i.month,
    familyType: i.familyType,
    childOnly: i.childOnly,
    youngestChildAgeMonths: i.youngestChildAgeMonths ?? null,
    receivesFederallyFundedChildCare: i.receivesFederallyFundedChildCare,
    adults: i.adults.map((a, n) => toAdult(a, `adults.${n}`)),
    penalty: i.penalty ? {
      underWorkPenaltyThisMonth: i.penalty.underWorkPenaltyThisMonth,
      // The input counts the 12 months ending with this month; the rule looks at the 12 before it (42 USC 607(b)(1)(B)(ii)).
      penaltyMonthsInPreceding12Months: Math.max(0, i.penalty.penaltyMonthsInLast12Months - (i.penalty.underWorkPenaltyThisMonth ? 1 : 0)),
    } : undefined,
    childUnder12MonthsDisregard: i.childUnder12MonthsDisregard
      ? { claimed: i.childUnder12MonthsDisregard.claimed, monthsUsedBeforeMonth: i.childUnder12MonthsDisregard.monthsUsedBeforeMonth }
      : undefined,
  };
}

/** "What-if" federal work participation from facts given in the request (DOMAIN.md, 45 CFR 261.21-261.36). */
@Resolver()
export class ParticipationResolver {
  @Authorized() @Query(() => ParticipationEstimateType, {
    description: 'How a family stands against the federal work participation requirement for a month, and how many more hours it needs; reads and writes no case',
  })
  participationEstimate(@Arg('input', () => ParticipationEstimateInput, { description: 'The month\'s facts: family, activities, hours entered, penalties' }) input: ParticipationEstimateInput): ParticipationEstimateType {
    let result: ParticipationResult;
    try {
      result = computeMonthlyParticipation(toFacts(input));
    } catch (e) {
      if (e instanceof ParticipationFactsError) throw badInputs(e.message, e.issues.map(asInvalidInput));
      throw e;
    }
    return toParticipationView(result);
  }
}

/** A facts issue names its path first ("adults[0].ageYears must be ..."); other issues are about the whole input. */
function asInvalidInput(issue: string): InvalidInput {
  const path = /^([a-z][\w.[\]]*)\s/.exec(issue)?.[1];
  return { field: path ?? 'input', constraint: 'participationFacts', message: issue };
}
