import { startTestApp, type TestApp } from '../support/test-app';

const ESTIMATE = `query($input: ParticipationEstimateInput!) {
  participationEstimate(input: $input) {
    status exclusionReason requirementReason requiredWeeklyHours requiredWeeklyCoreHours
    countableHours countableCoreHours additionalHoursNeeded additionalCoreHoursNeeded inAllFamiliesRate inTwoParentRate
    notCounted { adultId weekStart activity kind hours reason rule text }
  }
}`;

const WEEKS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
const work = (hours: number[]) => hours.map((actualHours, i) => ({ weekStart: WEEKS[i], activity: 'WORK_EXPERIENCE', actualHours }));

/** A single parent; youngest child 30 months (under 6: 20 core h/week) unless overridden. */
const family = (activities: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}, adult: Record<string, unknown> = {}) => ({
  month: '2026-10', familyType: 'SINGLE_PARENT', youngestChildAgeMonths: 30, receivesFederallyFundedChildCare: false,
  adults: [{ adultId: 'a1', ageYears: 29, headOfHousehold: true, married: false, activities, ...adult }],
  ...overrides,
});

/** participationEstimate: the federal participation computation over HTTP, from facts in the request. */
describe('participationEstimate', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  const estimate = (input: unknown, as: string | null = token) => app.gql(ESTIMATE, { input }, as ?? undefined);
  /**
   * Issue 9 item 7: a query's BAD_USER_INPUT (top-level: a read has no payload) carries `field`,
   * `constraint` and `invalid[]` as every other BAD_USER_INPUT does, whatever refused the input.
   */
  const expectInputError = (res: { errors?: Array<{ extensions: Record<string, unknown> }> }) => {
    const extensions = res.errors![0].extensions;
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String), constraint: expect.any(String) });
    expect(extensions.invalid).toEqual(expect.arrayContaining([
      { field: extensions.field, constraint: extensions.constraint, message: expect.any(String) },
    ]));
    return extensions;
  };

  it('a single parent of a child under 6 with 80 hours needs 6.6 more (86.6 = 20 h/week x 4.33)', async () => {
    const res = await estimate(family(work([20, 20, 20, 20])));
    expect(res.errors).toBeUndefined();
    expect(res.data.participationEstimate).toMatchObject({
      status: 'NOT_ENGAGED', exclusionReason: null, requiredWeeklyHours: 20, requiredWeeklyCoreHours: 20,
      countableHours: 80, countableCoreHours: 80, additionalHoursNeeded: 6.6, additionalCoreHoursNeeded: 6.6,
      inAllFamiliesRate: true, inTwoParentRate: false, notCounted: [],
    });
    expect(res.data.participationEstimate.requirementReason).toMatch(/child under 6/);
  });

  it('at exactly 86.6 hours the family is ENGAGED with nothing more needed', async () => {
    const res = await estimate(family(work([20, 20, 20, 26.6])));
    expect(res.errors).toBeUndefined();
    expect(res.data.participationEstimate).toMatchObject({
      status: 'ENGAGED', countableHours: 86.6, additionalHoursNeeded: 0, additionalCoreHoursNeeded: 0,
    });
    // one hundredth short is not enough (hours / 4.33 >= 20, no rounding)
    const short = await estimate(family(work([20, 20, 20, 26.59])));
    expect(short.data.participationEstimate).toMatchObject({ status: 'NOT_ENGAGED', additionalHoursNeeded: 0.01 });
  });

  it('lists JSJR hours beyond the 6-week cap as not counted, with the reason and rule', async () => {
    // child aged 8: all families, 30 h/week of which 20 core; a JSJR week is 30 h, so 6 weeks = 180 h,
    // 5 weeks (150 h) already used: 30 h left this month.
    const jsjr = (weekStart: string, actualHours: number) => ({ weekStart, activity: 'JOB_SEARCH_JOB_READINESS', actualHours, justificationPresent: true });
    const res = await estimate(family([jsjr(WEEKS[0], 25), jsjr(WEEKS[1], 25)], { youngestChildAgeMonths: 96 }, { jsjrWeeksCountedPrior12Months: 5 }));
    expect(res.errors).toBeUndefined();
    const e = res.data.participationEstimate;
    expect(e).toMatchObject({
      status: 'NOT_ENGAGED', requiredWeeklyHours: 30, requiredWeeklyCoreHours: 20,
      countableHours: 30, countableCoreHours: 30, additionalHoursNeeded: 99.9, additionalCoreHoursNeeded: 56.6,
    });
    expect(e.requirementReason).toMatch(/all families/);
    expect(e.notCounted).toEqual([{
      adultId: 'a1', weekStart: WEEKS[1], activity: 'JOB_SEARCH_JOB_READINESS', kind: 'ACTUAL', hours: 20,
      reason: 'JSJR_CAP_6_WEEKS', rule: expect.stringMatching(/261\.34/), text: expect.stringMatching(/6 weeks/),
    }]);
  });

  it.each([
    ['negative hours', family(work([-1])), 'adults.0.activities.0.actualHours', 'min'],
    ['169 hours in one week', family(work([169])), 'adults.0.activities.0.actualHours', 'max'],
    ['hours with more than 2 decimals', family(work([20.555])), 'adults.0.activities.0.actualHours', 'isCentiHourPrecision'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, field, constraint) => {
    const res = await estimate(input);
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(expectInputError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field, constraint });
  });

  it.each([
    ['a malformed month', family(work([20]), { month: '2026-13' })],
    ['a month that is not YYYY-MM', family(work([20]), { month: 'October 2026' })],
    ['a month before 1900', family(work([20]), { month: '1899-12' })],
  ])('refuses %s: the YearMonth scalar, before anything runs', async (_what, input) => {
    const res = await estimate(input);
    expect(res.data ?? null).toBeNull();
    expect(expectInputError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month', constraint: 'isYearMonth' });
    expect(res.errors![0].message).toMatch(/YearMonth must be YYYY-MM/);
  });

  it('refuses an activity type that does not exist (GraphQL enum)', async () => {
    const res = await estimate(family([{ weekStart: WEEKS[0], activity: 'CWE', actualHours: 20 }]));
    expect(expectInputError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adults.0.activities.0.activity' });
    expect(res.errors![0].message).toMatch(/FederalActivity/);
  });

  it('turns facts the computation refuses into BAD_USER_INPUT, not a 500', async () => {
    const outside = await estimate(family([{ weekStart: '2026-11-02', activity: 'WORK_EXPERIENCE', actualHours: 20 }]));
    expect(outside.status).toBe(200);
    expectInputError(outside);
    expect(outside.errors![0].message).toMatch(/weekStart 2026-11-02 is not a week of 2026-10/);
    const twoAdults = await estimate(family(work([20]), { familyType: 'TWO_PARENT' }));
    expectInputError(twoAdults);
    expect(twoAdults.errors![0].message).toMatch(/exactly 2/);
  });

  it('requires a signed-in user', async () => {
    const res = await estimate(family(work([20, 20, 20, 20])), null);
    expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});
