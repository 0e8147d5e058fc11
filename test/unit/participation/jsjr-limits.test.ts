import {
  computeMonthlyParticipation,
  type AdultParticipationHistory,
  type ParticipationFacts,
  type WeeklyActivityEntry,
} from '../../../src/participation';

// March 2025: weeks start on Mondays 3, 10, 17, 24 and 31.
const jsjr = (weekStart: string, actualCentiHours: number, over: Partial<WeeklyActivityEntry> = {}): WeeklyActivityEntry => ({
  weekStart,
  activity: 'JOB_SEARCH_JOB_READINESS',
  actualCentiHours,
  justificationPresent: true,
  ...over,
});
const facts = (activities: WeeklyActivityEntry[], history: AdultParticipationHistory = {}, over: Partial<ParticipationFacts> = {}): ParticipationFacts => ({
  month: '2025-03',
  familyType: 'SINGLE_PARENT',
  youngestChildAgeMonths: 96,
  receivesFederallyFundedChildCare: false,
  adults: [{ adultId: 'a1', ageYears: 28, headOfHousehold: true, married: false, activities, history }],
  ...over,
});
const reasons = (r: ReturnType<typeof computeMonthlyParticipation>) => r.notCounted.map((n) => [n.weekStart, n.reason, n.centiHours]);

describe('work search hours need a justification (WV-2)', () => {
  test('a JSJR entry without a justification does not count', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 3000, { justificationPresent: false }), jsjr('2025-03-10', 3000)]));
    expect(r.countableCoreCentiHours).toBe(3000);
    expect(r.notCounted).toEqual([
      expect.objectContaining({ weekStart: '2025-03-03', reason: 'JSJR_WITHOUT_JUSTIFICATION', centiHours: 3000, rule: 'WV-2; 45 CFR 261.61' }),
    ]);
  });
});

describe('JSJR counts for at most 6 weeks in the preceding 12 months (45 CFR 261.34(a)-(c))', () => {
  test('with 5 weeks used, the 6th week (30 h) counts and the 7th does not', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 3000), jsjr('2025-03-10', 3000)], { jsjrWeeksCountedPrior12Months: 5 }));
    expect(r.countableCoreCentiHours).toBe(3000);
    expect(reasons(r)).toEqual([['2025-03-10', 'JSJR_CAP_6_WEEKS', 3000]]);
    expect(r.adults[0].carryForward.jsjrCountedCentiHours).toBe(3000);
    expect(r.adults[0].carryForward.jsjrCountedCentiHoursThrough12Months).toBe(18000);
  });

  test('with 6 weeks used, nothing more counts', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 100)], { jsjrWeeksCountedPrior12Months: 6 }));
    expect(r.countableCoreCentiHours).toBe(0);
    expect(reasons(r)).toEqual([['2025-03-03', 'JSJR_CAP_6_WEEKS', 100]]);
  });

  test('the limit is in hours (a week = 30 h): 179.99 h used leaves 0.01 h', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 3000)], { jsjrCentiHoursCountedPrior12Months: 17999 }));
    expect(r.countableCoreCentiHours).toBe(1);
    expect(reasons(r)).toEqual([['2025-03-03', 'JSJR_CAP_6_WEEKS', 2999]]);
  });

  test('for a single custodial parent of a child under 6 a week is 20 h: 6 weeks = 120 h', () => {
    const r = computeMonthlyParticipation(
      facts([jsjr('2025-03-03', 3000)], { jsjrWeeksCountedPrior12Months: 5 }, { youngestChildAgeMonths: 24 }),
    );
    expect(r.countableCoreCentiHours).toBe(2000);
    expect(reasons(r)).toEqual([['2025-03-03', 'JSJR_CAP_6_WEEKS', 1000]]);
  });

  test('a needy State counts 12 weeks (45 CFR 261.34(b))', () => {
    const r = computeMonthlyParticipation(
      facts([jsjr('2025-03-03', 3000)], { jsjrWeeksCountedPrior12Months: 6 }, { options: { needyStateJsjrExtension: true } }),
    );
    expect(r.countableCoreCentiHours).toBe(3000);
  });

  test('JSJR counts with other core activities: 30 h JSJR + 99.90 h employment = engaged', () => {
    const r = computeMonthlyParticipation(
      facts([jsjr('2025-03-03', 3000), { weekStart: '2025-03-03', activity: 'UNSUBSIDIZED_EMPLOYMENT', actualCentiHours: 9990 }]),
    );
    expect(r.status).toBe('ENGAGED');
  });
});

describe('no JSJR credit for a week that follows 4 consecutive JSJR weeks (45 CFR 261.34(d))', () => {
  test('weeks 1-4 count, the 5th consecutive week does not', () => {
    const weeks = ['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31'];
    const r = computeMonthlyParticipation(facts(weeks.map((w) => jsjr(w, 1000))));
    expect(r.countableCoreCentiHours).toBe(4000);
    expect(reasons(r)).toEqual([['2025-03-31', 'JSJR_AFTER_4_CONSECUTIVE_WEEKS', 1000]]);
    expect(r.adults[0].carryForward.jsjrConsecutiveWeeksAtEndOfMonth).toBe(0);
    expect(r.adults[0].carryForward.jsjrLastWeekStart).toBeNull();
  });

  test('a run of 4 weeks ending the week before the month blocks the first week of the month; the next week counts again', () => {
    const r = computeMonthlyParticipation(
      facts([jsjr('2025-03-03', 1000), jsjr('2025-03-10', 1000)], {
        jsjrConsecutiveWeeksBeforeMonth: 4,
        jsjrLastWeekStartBeforeMonth: '2025-02-24',
      }),
    );
    expect(reasons(r)).toEqual([['2025-03-03', 'JSJR_AFTER_4_CONSECUTIVE_WEEKS', 1000]]);
    expect(r.countableCoreCentiHours).toBe(1000);
    expect(r.adults[0].carryForward.jsjrConsecutiveWeeksAtEndOfMonth).toBe(1);
    expect(r.adults[0].carryForward.jsjrLastWeekStart).toBe('2025-03-10');
  });

  test('a run of 3 weeks: the first March week is the 4th and counts, the second is blocked', () => {
    const r = computeMonthlyParticipation(
      facts([jsjr('2025-03-03', 1000), jsjr('2025-03-10', 1000), jsjr('2025-03-17', 1000)], {
        jsjrConsecutiveWeeksBeforeMonth: 3,
        jsjrLastWeekStartBeforeMonth: '2025-02-24',
      }),
    );
    expect(reasons(r)).toEqual([['2025-03-10', 'JSJR_AFTER_4_CONSECUTIVE_WEEKS', 1000]]);
    expect(r.countableCoreCentiHours).toBe(2000);
  });

  test('a week without JSJR breaks the run', () => {
    const r = computeMonthlyParticipation(
      facts([jsjr('2025-03-03', 1000)], { jsjrConsecutiveWeeksBeforeMonth: 4, jsjrLastWeekStartBeforeMonth: '2025-02-17' }),
    );
    expect(r.notCounted).toEqual([]);
    expect(r.countableCoreCentiHours).toBe(1000);
  });

  test('without the last week of the run, the run is taken to reach into the first week of the month', () => {
    const blocked = computeMonthlyParticipation(facts([jsjr('2025-03-03', 1000)], { jsjrConsecutiveWeeksBeforeMonth: 4 }));
    expect(reasons(blocked)).toEqual([['2025-03-03', 'JSJR_AFTER_4_CONSECUTIVE_WEEKS', 1000]]);
    const later = computeMonthlyParticipation(facts([jsjr('2025-03-10', 1000)], { jsjrConsecutiveWeeksBeforeMonth: 4 }));
    expect(later.notCounted).toEqual([]);
  });
});

describe('once in 12 months a JSJR week of 3 or 4 days counts as a full week (45 CFR 261.34(e))', () => {
  test('12 h on 3 days is prorated to 5 days: 20 h', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 1200, { shortWeekDays: 3 })]));
    expect(r.countableCoreCentiHours).toBe(2000);
    expect(r.notes).toEqual([expect.objectContaining({ code: 'JSJR_SHORT_WEEK_APPLIED', weekStart: '2025-03-03' })]);
    expect(r.adults[0].carryForward.jsjrShortWeekUsedThisMonth).toBe(true);
    expect(r.adults[0].carryForward.jsjrCountedCentiHours).toBe(2000);
  });

  test('24 h on 4 days is prorated to 30 h; prorated hours are rounded down to the hundredth (10 h on 3 days = 16.66 h)', () => {
    expect(computeMonthlyParticipation(facts([jsjr('2025-03-03', 2400, { shortWeekDays: 4 })])).countableCoreCentiHours).toBe(3000);
    expect(computeMonthlyParticipation(facts([jsjr('2025-03-03', 1000, { shortWeekDays: 3 })])).countableCoreCentiHours).toBe(1666);
  });

  test('only once: a second short week in the month, or one already used in the last 12 months, counts actual hours only', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 1200, { shortWeekDays: 3 }), jsjr('2025-03-10', 1200, { shortWeekDays: 3 })]));
    expect(r.countableCoreCentiHours).toBe(2000 + 1200);
    expect(r.notes.map((n) => n.code)).toEqual(['JSJR_SHORT_WEEK_APPLIED', 'JSJR_SHORT_WEEK_ALREADY_USED']);
    const used = computeMonthlyParticipation(facts([jsjr('2025-03-03', 1200, { shortWeekDays: 3 })], { jsjrShortWeekUsedPrior12Months: true }));
    expect(used.countableCoreCentiHours).toBe(1200);
  });

  test('prorated hours are included in the 6-week limit', () => {
    const r = computeMonthlyParticipation(facts([jsjr('2025-03-03', 1200, { shortWeekDays: 3 })], { jsjrCentiHoursCountedPrior12Months: 17500 }));
    expect(r.countableCoreCentiHours).toBe(500);
    expect(reasons(r)).toEqual([['2025-03-03', 'JSJR_CAP_6_WEEKS', 700]]);
    expect(r.notes.map((n) => n.code)).toEqual(['JSJR_SHORT_WEEK_NO_CAPACITY']);
    expect(r.adults[0].carryForward.jsjrShortWeekUsedThisMonth).toBe(false);
  });
});
