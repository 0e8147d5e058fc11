/**
 * One adult's countable hours for a month: applies, week by week in date order, the limits that
 * belong to a person rather than to the family:
 *
 * - WV-1 / 45 CFR 261.60(a): only actual, verified hours (plus allowed excused hours) count;
 * - WV-2 / 45 CFR 261.61: work search (JSJR) entries need a justification;
 * - 45 CFR 261.33(a): vocational educational training counts for 12 months in a lifetime;
 * - 45 CFR 261.60(b): excused absences only for unpaid activities, only where scheduled, at most
 *   10 holidays and 80 other hours per 12 months, at most 16 other hours in one month;
 * - 45 CFR 261.34: JSJR counts for 6 weeks (12 in a needy State) per 12 months, a week being
 *   20 or 30 hours; no credit for a week following 4 consecutive JSJR weeks; once per 12 months a
 *   week of 3 or 4 days counts as a full week, prorated to 5 days.
 *
 * Order inside a week: activity-level exclusions (VET, justification, paid, not scheduled), then
 * the 4-consecutive-weeks rule, then the JSJR hour limit (actual hours before excused hours, so
 * that excused allowance is not spent on hours the limit would drop anyway), then the excused
 * caps, then the short-week proration. Weeks straddling two months are entered in both months
 * with each month's hours (DOMAIN.md: "Only actual, verified hours count").
 */
import { dayNumberOf, fromDayNumber } from '../dates';
import { applyActivityExclusions, holidayCandidateTotal, NotCountedLedger, toWorks, type CountedEntry } from './adult-hours-ledger';
import { monthlyThresholdCentiHours } from './hours';
import type { AdultCarryForward, AdultParticipationFacts, NotCountedHours, ParticipationNote } from './participation.types';
import {
  EXCUSED_CENTI_HOURS_PER_12_MONTHS,
  EXCUSED_CENTI_HOURS_PER_MONTH,
  HOLIDAYS_PER_12_MONTHS,
  JSJR_MAX_CONSECUTIVE_WEEKS,
  TEEN_DEEMING_AGE_LIMIT_YEARS,
  TEEN_EDUCATION_WEEKLY_HOURS,
  VET_LIFETIME_MONTHS,
} from './rules';

/** Family-level facts the per-adult computation needs. */
export interface AdultHoursContext {
  /** Day number of the first day of the month. */
  monthFirstDay: number;
  /** Centi-hours in one JSJR "week" (2000 or 3000, 45 CFR 261.34(c)). */
  jsjrWeekCentiHours: number;
  /** JSJR weeks allowed per 12 months (6, or 12 in a needy State). */
  jsjrWeeksAllowed: number;
}

/** What the per-adult computation returns. */
export interface AdultHoursOutcome {
  adultId: string;
  coreCentiHours: number;
  /** Non-core hours that passed every personal limit (the family core minimum is checked later). */
  nonCoreCentiHours: number;
  vetCentiHours: number;
  educationRelatedCentiHours: number;
  teenHeadOfHouseholdOrMarried: boolean;
  teenDeemed: boolean;
  entries: CountedEntry[];
  notCounted: NotCountedHours[];
  notes: ParticipationNote[];
  carryForward: AdultCarryForward;
}

/** Computes one adult's countable hours. Pure; does not modify `adult`. */
export function computeAdultHours(adult: AdultParticipationFacts, ctx: AdultHoursContext): AdultHoursOutcome {
  const history = adult.history ?? {};
  const jsjrCap = ctx.jsjrWeeksAllowed * ctx.jsjrWeekCentiHours;
  const jsjrPrior = history.jsjrCentiHoursCountedPrior12Months ?? (history.jsjrWeeksCountedPrior12Months ?? 0) * ctx.jsjrWeekCentiHours;
  let jsjrUsed = jsjrPrior;
  let streak = history.jsjrConsecutiveWeeksBeforeMonth ?? 0;
  let streakLast: number | null =
    streak > 0 && history.jsjrLastWeekStartBeforeMonth !== undefined ? dayNumberOf(history.jsjrLastWeekStartBeforeMonth) : null;
  let streakAssumedIntoMonth = streak > 0 && history.jsjrLastWeekStartBeforeMonth === undefined;
  let shortWeekUsed = history.jsjrShortWeekUsedPrior12Months ?? false;
  let shortWeekUsedThisMonth = false;
  const vetAllowed = (history.vetMonthsUsedBeforeMonth ?? 0) < VET_LIFETIME_MONTHS;
  let holidaysUsed = history.holidaysExcusedPrior11Months ?? 0;
  const holidayDatesThisMonth = new Set<string>();
  let excusedThisMonth = 0;
  let excusedIn12Months = history.excusedCentiHoursPrior11Months ?? 0;
  let jsjrThisMonth = 0;

  const ledger = new NotCountedLedger(adult.adultId);
  const notes: ParticipationNote[] = [];
  const works = toWorks(adult.activities);

  // Weeks in date order; entries inside a week keep their input order.
  const weekStarts = [...new Set(works.map((w) => dayNumberOf(w.entry.weekStart) as number))].sort((a, b) => a - b);

  for (const ws of weekStarts) {
    const week = works.filter((w) => dayNumberOf(w.entry.weekStart) === ws);

    // 1. Activity-level exclusions and the "only where scheduled" test.
    applyActivityExclusions(week, vetAllowed, ledger);

    // 2. JSJR: no credit for a week that follows 4 consecutive JSJR weeks (45 CFR 261.34(d)).
    const jsjrWorks = week.filter(
      (w) => w.live && w.isJsjr && w.actualCandidate + w.excusedCandidate + holidayCandidateTotal(w) > 0,
    );
    let continuing = false;
    let sameWeek = false;
    if (jsjrWorks.length > 0 && streak > 0) {
      if (streakAssumedIntoMonth) continuing = ws - ctx.monthFirstDay <= 6;
      else if (streakLast !== null) {
        sameWeek = ws === streakLast;
        continuing = ws - streakLast === 7;
      }
    }
    if (jsjrWorks.length > 0) streakAssumedIntoMonth = false;
    const blocked = continuing && streak >= JSJR_MAX_CONSECUTIVE_WEEKS;
    if (blocked) {
      for (const w of jsjrWorks) ledger.dropAll(w, 'JSJR_AFTER_4_CONSECUTIVE_WEEKS');
      streak = 0;
      streakLast = null;
    }

    // 3. JSJR hour limit, actual hours first (45 CFR 261.34(a)-(c)).
    let jsjrRoom = Math.max(0, jsjrCap - jsjrUsed);
    for (const w of jsjrWorks) {
      if (!w.live) continue;
      const a = Math.min(w.actualCandidate, jsjrRoom);
      jsjrRoom -= a;
      ledger.drop(w, 'ACTUAL', 'JSJR_CAP_6_WEEKS', w.actualCandidate - a);
      w.actualCandidate = a;
    }

    // 4. Count actual hours, then holidays and excused hours under their caps (45 CFR 261.60(b)).
    for (const w of week) {
      if (!w.live) continue;
      w.counted.actual = w.actualCandidate;
      for (const h of w.holidayCandidates) {
        let c = h.centiHours;
        if (w.isJsjr) {
          const kept = Math.min(c, jsjrRoom);
          ledger.drop(w, 'HOLIDAY', 'JSJR_CAP_6_WEEKS', c - kept);
          c = kept;
        }
        if (c === 0) continue;
        if (!holidayDatesThisMonth.has(h.date)) {
          if (holidaysUsed >= HOLIDAYS_PER_12_MONTHS) {
            ledger.drop(w, 'HOLIDAY', 'HOLIDAY_CAP_10', c);
            continue;
          }
          holidaysUsed += 1;
          holidayDatesThisMonth.add(h.date);
        }
        w.counted.holiday += c;
        if (w.isJsjr) jsjrRoom -= c;
      }
      let c = w.excusedCandidate;
      if (w.isJsjr) {
        const kept = Math.min(c, jsjrRoom);
        ledger.drop(w, 'EXCUSED', 'JSJR_CAP_6_WEEKS', c - kept);
        c = kept;
      }
      const monthRoom = Math.max(0, EXCUSED_CENTI_HOURS_PER_MONTH - excusedThisMonth);
      const yearRoom = Math.max(0, EXCUSED_CENTI_HOURS_PER_12_MONTHS - excusedIn12Months);
      const counted = Math.min(c, monthRoom, yearRoom);
      const overMonth = Math.max(0, c - monthRoom);
      ledger.drop(w, 'EXCUSED', 'EXCUSED_MONTHLY_CAP_16', overMonth);
      ledger.drop(w, 'EXCUSED', 'EXCUSED_YEARLY_CAP_80', c - counted - overMonth);
      w.counted.excused = counted;
      excusedThisMonth += counted;
      excusedIn12Months += counted;
      if (w.isJsjr) jsjrRoom -= counted;
    }

    // 5. Once per 12 months, a JSJR week of 3 or 4 days counts as a full week (45 CFR 261.34(e)):
    //    the week's hours are prorated to 5 days (rounded down to a whole centi-hour) and the
    //    prorated hours are included in the JSJR limit.
    const liveJsjr = jsjrWorks.filter((w) => w.live);
    let weekJsjr = liveJsjr.reduce((s, w) => s + w.counted.actual + w.counted.excused + w.counted.holiday, 0);
    const claim = liveJsjr.find((w) => w.entry.shortWeekDays !== undefined);
    if (claim && claim.entry.shortWeekDays !== undefined && weekJsjr > 0) {
      const days = claim.entry.shortWeekDays;
      if (shortWeekUsed) {
        notes.push({
          adultId: adult.adultId,
          weekStart: claim.entry.weekStart,
          code: 'JSJR_SHORT_WEEK_ALREADY_USED',
          text: 'The 3-or-4-day short week was already counted as a full week in the preceding 12 months (45 CFR 261.34(e)); actual hours only.',
        });
      } else {
        const extra = Math.min(Math.floor((weekJsjr * 5) / days) - weekJsjr, jsjrRoom);
        if (extra > 0) {
          claim.counted.prorated = extra;
          // Counted in the JSJR limit through weekJsjr -> jsjrUsed (this week's room ends here).
          weekJsjr += extra;
          shortWeekUsed = true;
          shortWeekUsedThisMonth = true;
          notes.push({
            adultId: adult.adultId,
            weekStart: claim.entry.weekStart,
            code: 'JSJR_SHORT_WEEK_APPLIED',
            text: `JSJR on ${days} days counted as a full week: ${extra} centi-hours prorated to 5 days (45 CFR 261.34(e)).`,
          });
        } else {
          notes.push({
            adultId: adult.adultId,
            weekStart: claim.entry.weekStart,
            code: 'JSJR_SHORT_WEEK_NO_CAPACITY',
            text: 'No JSJR hours left under the 6-week limit for the short-week proration; the allowance was not used (45 CFR 261.34(e)).',
          });
        }
      }
    }
    jsjrUsed += weekJsjr;
    jsjrThisMonth += weekJsjr;

    // 6. The run of consecutive weeks with reported JSJR hours (45 CFR 261.34(d)).
    if (jsjrWorks.length > 0 && !blocked) {
      if (weekJsjr > 0) {
        if (!sameWeek) streak = continuing ? streak + 1 : 1;
        streakLast = ws;
      } else {
        streak = 0;
        streakLast = null;
      }
    }
  }

  let core = 0;
  let nonCore = 0;
  let vet = 0;
  let education = 0;
  for (const w of works) {
    const c = w.counted;
    const total = c.actual + c.excused + c.holiday + c.prorated;
    if (c.core) core += total;
    else nonCore += total;
    if (c.activity === 'VOCATIONAL_EDUCATIONAL_TRAINING') vet += total;
    if (c.activity === 'EDUCATION_RELATED_TO_EMPLOYMENT') education += total;
  }

  // Teen deeming (45 CFR 261.35; 42 USC 607(c)(2)(C)): head of household or married, under 20,
  // attending secondary school satisfactorily or averaging 20 hours/week of education directly
  // related to employment.
  const teen = adult.ageYears < TEEN_DEEMING_AGE_LIMIT_YEARS && (adult.headOfHousehold || adult.married);
  const teenDeemed =
    teen && (adult.secondarySchoolAttendanceSatisfactory === true || education >= monthlyThresholdCentiHours(TEEN_EDUCATION_WEEKLY_HOURS));

  const lastDay = streakLast;
  return {
    adultId: adult.adultId,
    coreCentiHours: core,
    nonCoreCentiHours: nonCore,
    vetCentiHours: vet,
    educationRelatedCentiHours: education,
    teenHeadOfHouseholdOrMarried: teen,
    teenDeemed,
    entries: works.map((w) => w.counted),
    notCounted: ledger.lines(),
    notes,
    carryForward: {
      jsjrCountedCentiHours: jsjrThisMonth,
      jsjrCountedCentiHoursThrough12Months: jsjrPrior + jsjrThisMonth,
      jsjrConsecutiveWeeksAtEndOfMonth: streak,
      jsjrLastWeekStart: lastDay === null ? null : fromDayNumber(lastDay),
      jsjrShortWeekUsedThisMonth: shortWeekUsedThisMonth,
      vetMonthUsed: vetAllowed && vet > 0,
      holidaysCounted: holidayDatesThisMonth.size,
      excusedCentiHoursCounted: excusedThisMonth,
    },
  };
}
