import {
  computeMonthlyParticipation,
  type AdultParticipationFacts,
  type FederalActivity,
  type ParticipationFacts,
  type WeeklyActivityEntry,
} from '../../../src/participation';

// March 2025: weeks start on Mondays 3, 10, 17, 24 and 31.
const entry = (activity: FederalActivity, actualCentiHours: number, over: Partial<WeeklyActivityEntry> = {}): WeeklyActivityEntry => ({
  weekStart: '2025-03-03',
  activity,
  actualCentiHours,
  ...over,
});
const adult = (adultId: string, activities: WeeklyActivityEntry[], over: Partial<AdultParticipationFacts> = {}): AdultParticipationFacts => ({
  adultId,
  ageYears: 30,
  headOfHousehold: adultId === 'a1',
  married: false,
  activities,
  ...over,
});
const singleParent = (activities: WeeklyActivityEntry[], over: Partial<ParticipationFacts> = {}): ParticipationFacts => ({
  month: '2025-03',
  familyType: 'SINGLE_PARENT',
  youngestChildAgeMonths: 96,
  receivesFederallyFundedChildCare: false,
  adults: [adult('a1', activities)],
  ...over,
});
const twoParent = (a: WeeklyActivityEntry[], b: WeeklyActivityEntry[], over: Partial<ParticipationFacts> = {}): ParticipationFacts => ({
  month: '2025-03',
  familyType: 'TWO_PARENT',
  youngestChildAgeMonths: 96,
  receivesFederallyFundedChildCare: false,
  adults: [adult('a1', a, { married: true }), adult('a2', b, { married: true })],
  ...over,
});

describe('all families: 30 hours/week of which 20 core (45 CFR 261.31)', () => {
  test('129.90 hours of employment in the month is engaged (12990 >= 30 x 433)', () => {
    const r = computeMonthlyParticipation(singleParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12990)]));
    expect(r.status).toBe('ENGAGED');
    expect(r.engagementBasis).toBe('HOURS');
    expect(r.requirementCode).toBe('ALL_FAMILIES');
    expect(r.requiredWeeklyHours).toBe(30);
    expect(r.requiredWeeklyCoreHours).toBe(20);
    expect(r.requirementReason).toBe('all families: 30 hours/week, of which 20 core (45 CFR 261.31)');
    expect(r.requiredMonthlyCentiHours).toBe(12990);
    expect(r.requiredMonthlyCoreCentiHours).toBe(8660);
    expect(r.countableCoreCentiHours).toBe(12990);
    expect(r.countableTotalCentiHours).toBe(12990);
    expect(r.inAllFamiliesRate).toBe(true);
    expect(r.inTwoParentRate).toBe(false);
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 0, coreCentiHours: 0 });
  });

  test('129.89 hours is not engaged: one hundredth of an hour short', () => {
    const r = computeMonthlyParticipation(singleParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12989)]));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.engagementBasis).toBeNull();
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 0 });
  });

  test('hours spread over the weeks of the month add up (CWE 4 weeks x 32.48 h = 129.92 h)', () => {
    const weeks = ['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24'];
    const r = computeMonthlyParticipation(singleParent(weeks.map((w) => entry('WORK_EXPERIENCE', 3248, { weekStart: w }))));
    expect(r.countableCoreCentiHours).toBe(12992);
    expect(r.status).toBe('ENGAGED');
  });

  test('non-core hours count above the core minimum: 86.60 core + 43.30 job skills = 129.90 engaged (45 CFR 261.31(c))', () => {
    const r = computeMonthlyParticipation(singleParent([entry('WORK_EXPERIENCE', 8660), entry('JOB_SKILLS_TRAINING', 4330)]));
    expect(r.status).toBe('ENGAGED');
    expect(r.countableCoreCentiHours).toBe(8660);
    expect(r.countableTotalCentiHours).toBe(12990);
    expect(r.adults[0].countableNonCoreCentiHours).toBe(4330);
    expect(r.notCounted).toEqual([]);
  });

  test('non-core hours do not count below the core minimum: 86.59 core + 43.31 GED is not engaged', () => {
    const r = computeMonthlyParticipation(singleParent([entry('WORK_EXPERIENCE', 8659), entry('SECONDARY_SCHOOL_OR_GED', 4331)]));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.countableCoreCentiHours).toBe(8659);
    expect(r.countableTotalCentiHours).toBe(8659);
    expect(r.adults[0].eligibleNonCoreCentiHours).toBe(4331);
    expect(r.adults[0].countableNonCoreCentiHours).toBe(0);
    expect(r.notCounted).toEqual([
      expect.objectContaining({
        adultId: 'a1',
        activity: 'SECONDARY_SCHOOL_OR_GED',
        kind: 'ACTUAL',
        centiHours: 4331,
        reason: 'NON_CORE_BELOW_CORE_MINIMUM',
        rule: '45 CFR 261.31(c), 261.32(c)',
      }),
    ]);
    // One more hundredth of core hours releases the 43.31 non-core hours: 86.60 + 43.31 >= 129.90.
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 1 });
  });

  test('education hours alone never make an adult (20 or over) engaged', () => {
    const r = computeMonthlyParticipation(singleParent([entry('EDUCATION_RELATED_TO_EMPLOYMENT', 20000)]));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 8660, coreCentiHours: 8660 });
  });
});

describe('single custodial parent of a child under 6: 20 hours/week, all core (45 CFR 261.35)', () => {
  const under6 = { youngestChildAgeMonths: 71 };

  test('86.60 hours of core activity is engaged (8660 >= 20 x 433)', () => {
    const r = computeMonthlyParticipation(singleParent([entry('COMMUNITY_SERVICE', 8660)], under6));
    expect(r.status).toBe('ENGAGED');
    expect(r.requirementCode).toBe('SINGLE_PARENT_CHILD_UNDER_6');
    expect(r.requiredWeeklyHours).toBe(20);
    expect(r.requiredWeeklyCoreHours).toBe(20);
    expect(r.requirementReason).toBe('single custodial parent of a child under 6: 20 core hours/week (45 CFR 261.35)');
  });

  test('86.59 hours is not engaged, and non-core hours cannot make up the core hours', () => {
    const r = computeMonthlyParticipation(singleParent([entry('COMMUNITY_SERVICE', 8659), entry('JOB_SKILLS_TRAINING', 5000)], under6));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.countableTotalCentiHours).toBe(8659);
    expect(r.notCounted.map((n) => n.reason)).toEqual(['NON_CORE_BELOW_CORE_MINIMUM']);
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 1 });
  });

  test('the child turning 6 (72 months) brings back the 30-hour figure', () => {
    const r = computeMonthlyParticipation(singleParent([entry('COMMUNITY_SERVICE', 8660)], { youngestChildAgeMonths: 72 }));
    expect(r.requirementCode).toBe('ALL_FAMILIES');
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 4330, coreCentiHours: 0 });
  });

  test('the under-6 figure is for single parents only: a two-parent family with a young child still needs 35', () => {
    const r = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 8660)], [], under6));
    expect(r.requirementCode).toBe('TWO_PARENT');
    expect(r.status).toBe('NOT_ENGAGED');
  });
});

describe('two-parent families: 35 hours/week combined, 30 core (45 CFR 261.32)', () => {
  test('151.55 combined core hours is engaged (15155 >= 35 x 433); both parents hours add up', () => {
    const r = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 10000)], [entry('WORK_EXPERIENCE', 5155)]));
    expect(r.status).toBe('ENGAGED');
    expect(r.requirementCode).toBe('TWO_PARENT');
    expect(r.requiredWeeklyHours).toBe(35);
    expect(r.requiredWeeklyCoreHours).toBe(30);
    expect(r.inTwoParentRate).toBe(true);
    expect(r.inAllFamiliesRate).toBe(true);
    expect(r.countableTotalCentiHours).toBe(15155);
    expect(r.adults.map((a) => a.countableTotalCentiHours)).toEqual([10000, 5155]);
  });

  test('151.54 combined hours is not engaged', () => {
    const r = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 10000)], [entry('WORK_EXPERIENCE', 5154)]));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 0 });
  });

  test('129.90 combined core + 21.65 non-core is engaged; 129.89 core + 21.66 non-core is not', () => {
    const ok = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12990)], [entry('JOB_SKILLS_TRAINING', 2165)]));
    expect(ok.status).toBe('ENGAGED');
    const short = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12989)], [entry('JOB_SKILLS_TRAINING', 2166)]));
    expect(short.status).toBe('NOT_ENGAGED');
    expect(short.notCounted).toEqual([expect.objectContaining({ adultId: 'a2', reason: 'NON_CORE_BELOW_CORE_MINIMUM', centiHours: 2166 })]);
    expect(short.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 1 });
  });

  test('one parent working 30 h/week alone is not enough for a two-parent family', () => {
    const r = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12990)], []));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 2165, coreCentiHours: 0 });
  });

  describe('with federally funded child care: 55 combined, 50 core', () => {
    const cc = { receivesFederallyFundedChildCare: true };

    test('238.15 combined core hours is engaged (23815 >= 55 x 433); 238.14 is not', () => {
      const ok = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12000)], [entry('ON_THE_JOB_TRAINING', 11815)], cc));
      expect(ok.status).toBe('ENGAGED');
      expect(ok.requirementCode).toBe('TWO_PARENT_FEDERAL_CHILD_CARE');
      expect(ok.requiredWeeklyHours).toBe(55);
      expect(ok.requiredWeeklyCoreHours).toBe(50);
      expect(ok.requirementReason).toContain('55 hours/week combined, of which 50 core');
      const short = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 12000)], [entry('ON_THE_JOB_TRAINING', 11814)], cc));
      expect(short.status).toBe('NOT_ENGAGED');
      expect(short.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 0 });
    });

    test('216.50 core + 21.65 non-core is engaged; 216.49 core + 21.66 non-core is not', () => {
      const ok = computeMonthlyParticipation(twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 21650)], [entry('EDUCATION_RELATED_TO_EMPLOYMENT', 2165)], cc));
      expect(ok.status).toBe('ENGAGED');
      const short = computeMonthlyParticipation(
        twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 21649)], [entry('EDUCATION_RELATED_TO_EMPLOYMENT', 2166)], cc),
      );
      expect(short.status).toBe('NOT_ENGAGED');
      expect(short.additionalHoursNeeded).toEqual({ centiHours: 1, coreCentiHours: 1 });
    });

    test('a disabled parent keeps the family at 35/30', () => {
      const facts = twoParent([entry('UNSUBSIDIZED_EMPLOYMENT', 15155)], [], cc);
      facts.adults[1].disabled = true;
      const r = computeMonthlyParticipation(facts);
      expect(r.requirementCode).toBe('TWO_PARENT');
      expect(r.status).toBe('ENGAGED');
    });
  });
});
