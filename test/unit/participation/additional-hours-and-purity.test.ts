import {
  ParticipationFactsError,
  computeMonthlyParticipation,
  validateParticipationFacts,
  type ParticipationFacts,
  type WeeklyActivityEntry,
} from '../../../src/participation';

const e = (activity: WeeklyActivityEntry['activity'], actualCentiHours: number, over: Partial<WeeklyActivityEntry> = {}): WeeklyActivityEntry => ({
  weekStart: '2025-03-03',
  activity,
  actualCentiHours,
  ...over,
});
const single = (activities: WeeklyActivityEntry[], over: Partial<ParticipationFacts> = {}): ParticipationFacts => ({
  month: '2025-03',
  familyType: 'SINGLE_PARENT',
  youngestChildAgeMonths: 96,
  receivesFederallyFundedChildCare: false,
  adults: [{ adultId: 'a1', ageYears: 30, headOfHousehold: true, married: false, activities }],
  ...over,
});
const need = (f: ParticipationFacts) => computeMonthlyParticipation(f).additionalHoursNeeded;

describe('additionalHoursNeeded: the least countable hours that would make the family engaged (45 CFR 261.31, 261.32)', () => {
  test('no hours at all, 30/20: 129.90 h, of which 86.60 core', () => {
    expect(need(single([]))).toEqual({ centiHours: 12990, coreCentiHours: 8660 });
  });

  test('80 h core + 20 h non-core: 29.90 h more, of which 6.60 core (non-core counts once core reaches 86.60)', () => {
    expect(need(single([e('WORK_EXPERIENCE', 8000), e('JOB_SKILLS_TRAINING', 2000)]))).toEqual({ centiHours: 2990, coreCentiHours: 660 });
  });

  test('50 h core + 60 h non-core: the core shortfall 36.60 h dominates', () => {
    // 8660 - 5000 = 3660 core needed; then 8660 + 6000 = 14660 >= 12990, so 3660 is enough.
    expect(need(single([e('WORK_EXPERIENCE', 5000), e('JOB_SKILLS_TRAINING', 6000)]))).toEqual({ centiHours: 3660, coreCentiHours: 3660 });
  });

  test('adding exactly the computed hours of core activity makes the family engaged; one hundredth less does not', () => {
    const base = [e('WORK_EXPERIENCE', 8000), e('JOB_SKILLS_TRAINING', 2000)];
    const { centiHours } = need(single(base));
    expect(computeMonthlyParticipation(single([...base, e('COMMUNITY_SERVICE', centiHours, { weekStart: '2025-03-10' })])).status).toBe('ENGAGED');
    expect(computeMonthlyParticipation(single([...base, e('COMMUNITY_SERVICE', centiHours - 1, { weekStart: '2025-03-10' })])).status).toBe('NOT_ENGAGED');
  });

  test('hours that do not count are not counted in the estimate (JSJR without justification, WV-2)', () => {
    expect(need(single([e('JOB_SEARCH_JOB_READINESS', 12990)]))).toEqual({ centiHours: 12990, coreCentiHours: 8660 });
  });

  test('two-parent 55/50: 200 h core combined + 50 h non-core needs 16.50 core hours', () => {
    const f: ParticipationFacts = {
      month: '2025-03',
      familyType: 'TWO_PARENT',
      youngestChildAgeMonths: 40,
      receivesFederallyFundedChildCare: true,
      adults: [
        { adultId: 'a1', ageYears: 30, headOfHousehold: true, married: true, activities: [e('UNSUBSIDIZED_EMPLOYMENT', 15000)] },
        { adultId: 'a2', ageYears: 31, headOfHousehold: false, married: true, activities: [e('WORK_EXPERIENCE', 5000), e('JOB_SKILLS_TRAINING', 5000)] },
      ],
    };
    // core threshold 21650 - 20000 = 1650; total 23815 - 25000 < 0, so 1650 core hours.
    expect(need(f)).toEqual({ centiHours: 1650, coreCentiHours: 1650 });
  });
});

describe('a pure computation on plain JSON facts', () => {
  const facts = single(
    [
      e('WORK_EXPERIENCE', 3000, { scheduledCentiHours: 4000, excusedCentiHours: 800 }),
      e('JOB_SEARCH_JOB_READINESS', 2000, { weekStart: '2025-03-10', justificationPresent: true, shortWeekDays: 4 }),
    ],
    { penalty: { underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 0 } },
  );

  test('does not modify its input and gives the same answer twice', () => {
    const before = JSON.stringify(facts);
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    const first = computeMonthlyParticipation(deepFreeze(structuredClone(facts)));
    const second = computeMonthlyParticipation(facts);
    expect(JSON.stringify(facts)).toBe(before);
    expect(second).toEqual(first);
  });

  test('facts and results survive a JSON round trip unchanged', () => {
    const result = computeMonthlyParticipation(JSON.parse(JSON.stringify(facts)) as ParticipationFacts);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('invalid facts are refused with every issue listed', () => {
    const bad = single([e('WORK_EXPERIENCE', 86.6), e('WORK_EXPERIENCE', 100, { weekStart: '2025-04-07' })], { month: '2025-3' });
    expect(() => computeMonthlyParticipation(bad)).toThrow(ParticipationFactsError);
    expect(validateParticipationFacts(single([], { familyType: 'TWO_PARENT' }))).toEqual([
      'TWO_PARENT family needs exactly 2 work-eligible adult(s), got 1',
    ]);
    const issues = validateParticipationFacts(single([e('WORK_EXPERIENCE', 86.6), e('WORK_EXPERIENCE', 100, { weekStart: '2025-04-07' })]));
    expect(issues).toEqual([
      'adults[0].activities[0].actualCentiHours must be a non-negative integer',
      'adults[0].activities[1].weekStart 2025-04-07 is not a week of 2025-03',
    ]);
    expect(
      validateParticipationFacts(single([], { penalty: { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 13 } })),
    ).toHaveLength(1);
  });

  test('a week that starts in the previous month belongs to the month too (Feb 24 - Mar 2)', () => {
    const r = computeMonthlyParticipation(single([e('UNSUBSIDIZED_EMPLOYMENT', 12990, { weekStart: '2025-02-24' })]));
    expect(r.status).toBe('ENGAGED');
  });
});
