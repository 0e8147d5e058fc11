import {
  computeMonthlyParticipation,
  type AdultParticipationHistory,
  type FederalActivity,
  type ParticipationFacts,
  type WeeklyActivityEntry,
} from '../../../src/participation';

// November 2025: weeks start on Mondays 3, 10, 17, 24; Veterans Day Tue Nov 11, Thanksgiving Thu Nov 27.
const entry = (activity: FederalActivity, actualCentiHours: number, over: Partial<WeeklyActivityEntry> = {}): WeeklyActivityEntry => ({
  weekStart: '2025-11-03',
  activity,
  actualCentiHours,
  ...over,
});
const facts = (activities: WeeklyActivityEntry[], history: AdultParticipationHistory = {}): ParticipationFacts => ({
  month: '2025-11',
  familyType: 'SINGLE_PARENT',
  youngestChildAgeMonths: 100,
  receivesFederallyFundedChildCare: false,
  adults: [{ adultId: 'a1', ageYears: 35, headOfHousehold: true, married: false, activities, history }],
});
const reasons = (r: ReturnType<typeof computeMonthlyParticipation>) => r.notCounted.map((n) => [n.kind, n.reason, n.centiHours]);

describe('vocational educational training counts for 12 months in a lifetime (45 CFR 261.33(a))', () => {
  test('the 12th VET month counts (11 used before) and is reported as used', () => {
    const r = computeMonthlyParticipation(facts([entry('VOCATIONAL_EDUCATIONAL_TRAINING', 12990)], { vetMonthsUsedBeforeMonth: 11 }));
    expect(r.status).toBe('ENGAGED');
    expect(r.adults[0].carryForward.vetMonthUsed).toBe(true);
    expect(r.engagedThroughEducation).toBe(true);
  });

  test('the 13th VET month does not count (12 used before)', () => {
    const r = computeMonthlyParticipation(
      facts([entry('VOCATIONAL_EDUCATIONAL_TRAINING', 12990, { excusedCentiHours: 400, scheduledCentiHours: 13390 })], { vetMonthsUsedBeforeMonth: 12 }),
    );
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.countableCoreCentiHours).toBe(0);
    expect(reasons(r)).toEqual([
      ['ACTUAL', 'VET_LIFETIME_12_MONTHS', 12990],
      ['EXCUSED', 'VET_LIFETIME_12_MONTHS', 400],
    ]);
    expect(r.notCounted[0].rule).toContain('45 CFR 261.33(a)');
    expect(r.adults[0].carryForward.vetMonthUsed).toBe(false);
  });

  test('a month with VET plus enough other hours is not "engaged through education"', () => {
    const r = computeMonthlyParticipation(facts([entry('VOCATIONAL_EDUCATIONAL_TRAINING', 2000), entry('UNSUBSIDIZED_EMPLOYMENT', 12990)]));
    expect(r.status).toBe('ENGAGED');
    expect(r.engagedThroughEducation).toBe(false);
  });
});

describe('excused absences for unpaid activities (45 CFR 261.60(b))', () => {
  test('16 excused hours in a month count; 16.01 do not (EXCUSED_MONTHLY_CAP_16)', () => {
    const ok = computeMonthlyParticipation(facts([entry('WORK_EXPERIENCE', 2400, { scheduledCentiHours: 4000, excusedCentiHours: 1600 })]));
    expect(ok.countableCoreCentiHours).toBe(4000);
    expect(ok.notCounted).toEqual([]);
    expect(ok.adults[0].carryForward.excusedCentiHoursCounted).toBe(1600);
    const over = computeMonthlyParticipation(facts([entry('WORK_EXPERIENCE', 2400, { scheduledCentiHours: 4001, excusedCentiHours: 1601 })]));
    expect(over.countableCoreCentiHours).toBe(4000);
    expect(reasons(over)).toEqual([['EXCUSED', 'EXCUSED_MONTHLY_CAP_16', 1]]);
  });

  test('the 16-hour monthly cap is shared by all activities and weeks of the month', () => {
    const r = computeMonthlyParticipation(
      facts([
        entry('WORK_EXPERIENCE', 2000, { scheduledCentiHours: 3000, excusedCentiHours: 1000 }),
        entry('COMMUNITY_SERVICE', 1000, { weekStart: '2025-11-17', scheduledCentiHours: 2000, excusedCentiHours: 700 }),
      ]),
    );
    expect(r.countableCoreCentiHours).toBe(2000 + 1000 + 1000 + 600);
    expect(r.notCounted).toEqual([expect.objectContaining({ weekStart: '2025-11-17', reason: 'EXCUSED_MONTHLY_CAP_16', centiHours: 100 })]);
  });

  test('80 excused hours per 12 months: 64 used before leaves 16; 70 used before leaves 10 (EXCUSED_YEARLY_CAP_80)', () => {
    const ok = computeMonthlyParticipation(
      facts([entry('WORK_EXPERIENCE', 2400, { scheduledCentiHours: 4000, excusedCentiHours: 1600 })], { excusedCentiHoursPrior11Months: 6400 }),
    );
    expect(ok.notCounted).toEqual([]);
    const over = computeMonthlyParticipation(
      facts([entry('WORK_EXPERIENCE', 2400, { scheduledCentiHours: 4000, excusedCentiHours: 1600 })], { excusedCentiHoursPrior11Months: 7000 }),
    );
    expect(over.countableCoreCentiHours).toBe(2400 + 1000);
    expect(reasons(over)).toEqual([['EXCUSED', 'EXCUSED_YEARLY_CAP_80', 600]]);
  });

  test('hours over both caps are reported under the monthly cap first, the rest under the yearly cap', () => {
    const r = computeMonthlyParticipation(
      facts([entry('WORK_EXPERIENCE', 0, { scheduledCentiHours: 1700, excusedCentiHours: 1700 })], { excusedCentiHoursPrior11Months: 7500 }),
    );
    expect(r.countableCoreCentiHours).toBe(500);
    expect(reasons(r)).toEqual([
      ['EXCUSED', 'EXCUSED_MONTHLY_CAP_16', 100],
      ['EXCUSED', 'EXCUSED_YEARLY_CAP_80', 1100],
    ]);
  });

  test('excused hours count only where scheduled: scheduled 40 h, actual 30 h, excused 12 h -> 10 h count (EXCUSED_NOT_SCHEDULED)', () => {
    const r = computeMonthlyParticipation(facts([entry('COMMUNITY_SERVICE', 3000, { scheduledCentiHours: 4000, excusedCentiHours: 1200 })]));
    expect(r.countableCoreCentiHours).toBe(4000);
    expect(reasons(r)).toEqual([['EXCUSED', 'EXCUSED_NOT_SCHEDULED', 200]]);
    const unscheduled = computeMonthlyParticipation(facts([entry('COMMUNITY_SERVICE', 3000, { excusedCentiHours: 800 })]));
    expect(reasons(unscheduled)).toEqual([['EXCUSED', 'EXCUSED_NOT_SCHEDULED', 800]]);
  });

  test('no excused or holiday hours for paid work (EXCUSED_PAID_ACTIVITY)', () => {
    const r = computeMonthlyParticipation(
      facts([
        entry('UNSUBSIDIZED_EMPLOYMENT', 3200, {
          weekStart: '2025-11-10',
          scheduledCentiHours: 4800,
          excusedCentiHours: 800,
          holidays: [{ date: '2025-11-11', centiHours: 800 }],
        }),
      ]),
    );
    expect(r.countableCoreCentiHours).toBe(3200);
    expect(reasons(r)).toEqual([
      ['HOLIDAY', 'EXCUSED_PAID_ACTIVITY', 800],
      ['EXCUSED', 'EXCUSED_PAID_ACTIVITY', 800],
    ]);
  });

  test('holidays do not use the 16-hour excused allowance', () => {
    const r = computeMonthlyParticipation(
      facts([
        entry('WORK_EXPERIENCE', 1600, {
          weekStart: '2025-11-10',
          scheduledCentiHours: 4000,
          excusedCentiHours: 1600,
          holidays: [{ date: '2025-11-11', centiHours: 800 }],
        }),
      ]),
    );
    expect(r.countableCoreCentiHours).toBe(4000);
    expect(r.notCounted).toEqual([]);
    expect(r.adults[0].carryForward.holidaysCounted).toBe(1);
  });

  test('at most 10 holidays per 12 months: with 9 used, Veterans Day counts and Thanksgiving does not (HOLIDAY_CAP_10)', () => {
    const r = computeMonthlyParticipation(
      facts(
        [
          entry('WORK_EXPERIENCE', 3200, { weekStart: '2025-11-10', scheduledCentiHours: 4000, holidays: [{ date: '2025-11-11', centiHours: 800 }] }),
          entry('WORK_EXPERIENCE', 3200, { weekStart: '2025-11-24', scheduledCentiHours: 4000, holidays: [{ date: '2025-11-27', centiHours: 800 }] }),
        ],
        { holidaysExcusedPrior11Months: 9 },
      ),
    );
    expect(r.countableCoreCentiHours).toBe(3200 + 800 + 3200);
    expect(r.notCounted).toEqual([expect.objectContaining({ weekStart: '2025-11-24', kind: 'HOLIDAY', reason: 'HOLIDAY_CAP_10', centiHours: 800 })]);
  });

  test('one holiday spread over two unpaid activities is one holiday', () => {
    const r = computeMonthlyParticipation(
      facts(
        [
          entry('WORK_EXPERIENCE', 1600, { weekStart: '2025-11-10', scheduledCentiHours: 2000, holidays: [{ date: '2025-11-11', centiHours: 400 }] }),
          entry('JOB_SKILLS_TRAINING', 1600, { weekStart: '2025-11-10', scheduledCentiHours: 2000, holidays: [{ date: '2025-11-11', centiHours: 400 }] }),
        ],
        { holidaysExcusedPrior11Months: 9 },
      ),
    );
    expect(r.notCounted.filter((n) => n.reason === 'HOLIDAY_CAP_10')).toEqual([]);
    expect(r.adults[0].carryForward.holidaysCounted).toBe(1);
  });

  test('holiday hours must also have been scheduled', () => {
    const r = computeMonthlyParticipation(
      facts([entry('WORK_EXPERIENCE', 4000, { weekStart: '2025-11-10', scheduledCentiHours: 4000, holidays: [{ date: '2025-11-11', centiHours: 800 }] })]),
    );
    expect(reasons(r)).toEqual([['HOLIDAY', 'EXCUSED_NOT_SCHEDULED', 800]]);
  });

  test('excused hours of a JSJR week count within the JSJR limit', () => {
    const r = computeMonthlyParticipation(
      facts(
        [entry('JOB_SEARCH_JOB_READINESS', 2000, { justificationPresent: true, scheduledCentiHours: 3000, excusedCentiHours: 1000 })],
        { jsjrCentiHoursCountedPrior12Months: 15500 },
      ),
    );
    expect(r.countableCoreCentiHours).toBe(2500);
    expect(reasons(r)).toEqual([['EXCUSED', 'JSJR_CAP_6_WEEKS', 500]]);
    expect(r.adults[0].carryForward.excusedCentiHoursCounted).toBe(500);
  });
});
