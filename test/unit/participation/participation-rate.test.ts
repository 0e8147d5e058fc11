import {
  averageYearlyRate,
  computeMonthlyParticipation,
  computeParticipationRate,
  type FamilyType,
  type ParticipationFacts,
  type ParticipationResult,
} from '../../../src/participation';

const family = (familyType: FamilyType, centiHours: number, over: Partial<ParticipationFacts> = {}, month = '2025-03'): ParticipationResult => {
  const adults = (familyType === 'TWO_PARENT' ? ['a1', 'a2'] : ['a1']).map((adultId, i) => ({
    adultId,
    ageYears: 30,
    headOfHousehold: i === 0,
    married: familyType === 'TWO_PARENT',
    activities: i === 0 && centiHours > 0 ? [{ weekStart: `${month}-03`, activity: 'UNSUBSIDIZED_EMPLOYMENT' as const, actualCentiHours: centiHours }] : [],
  }));
  return computeMonthlyParticipation({ month, familyType, youngestChildAgeMonths: 96, receivesFederallyFundedChildCare: false, adults, ...over });
};
const ENGAGED_SINGLE = 12990;
const ENGAGED_TWO = 15155;

describe('monthly participation rates against the Work First targets (WV-3; 45 CFR 261.21-261.24)', () => {
  const cases = [
    { caseId: 's1', result: family('SINGLE_PARENT', ENGAGED_SINGLE) },
    { caseId: 's2', result: family('SINGLE_PARENT', 12989) },
    { caseId: 't1', result: family('TWO_PARENT', ENGAGED_TWO) },
    { caseId: 't2', result: family('TWO_PARENT', ENGAGED_TWO) },
    { caseId: 't3', result: family('TWO_PARENT', 15154) },
    { caseId: 'x1', result: family('SINGLE_PARENT', 0, { penalty: { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 1 } }) },
    { caseId: 'c1', result: family('SINGLE_PARENT', 0, { childOnly: true, adults: [] }) },
  ];

  test('all families: 3 of 5 engaged = 60%, target 50% met; excluded and child-only cases are outside', () => {
    const rate = computeParticipationRate(cases);
    expect(rate.month).toBe('2025-03');
    expect(rate.allFamilies).toEqual({
      measure: 'ALL_FAMILIES',
      numerator: 3,
      denominator: 5,
      rate: 0.6,
      rateDisplay: '60.00%',
      target: 0.5,
      targetFraction: { numerator: 1, denominator: 2 },
      met: true,
      numeratorCaseIds: ['s1', 't1', 't2'],
      denominatorCaseIds: ['s1', 's2', 't1', 't2', 't3'],
      educationLimitRemovedCaseIds: [],
    });
  });

  test('two-parent: 2 of 3 engaged = 66.67%, target 75% not met', () => {
    const rate = computeParticipationRate(cases).twoParent;
    expect(rate.numerator).toBe(2);
    expect(rate.denominator).toBe(3);
    expect(rate.rate).toBeCloseTo(0.6667, 4);
    expect(rate.rateDisplay).toBe('66.67%');
    expect(rate.target).toBe(0.75);
    expect(rate.met).toBe(false);
    expect(rate.denominatorCaseIds).toEqual(['t1', 't2', 't3']);
  });

  test('exactly at the target is met: 1 of 2 = 50%, 3 of 4 = 75%', () => {
    const half = computeParticipationRate([
      { caseId: 'a', result: family('SINGLE_PARENT', ENGAGED_SINGLE) },
      { caseId: 'b', result: family('SINGLE_PARENT', 0) },
    ]);
    expect(half.allFamilies.met).toBe(true);
    const threeQuarters = computeParticipationRate(
      ['a', 'b', 'c', 'd'].map((caseId, i) => ({ caseId, result: family('TWO_PARENT', i < 3 ? ENGAGED_TWO : 0) })),
    );
    expect(threeQuarters.twoParent.met).toBe(true);
    const justBelow = computeParticipationRate(
      ['a', 'b', 'c', 'd', 'e'].map((caseId, i) => ({ caseId, result: family('SINGLE_PARENT', i < 2 ? ENGAGED_SINGLE : 0) })),
    );
    expect(justBelow.allFamilies.rateDisplay).toBe('40.00%');
    expect(justBelow.allFamilies.met).toBe(false);
  });

  test('no family in a rate: rate null, nothing to meet', () => {
    const rate = computeParticipationRate([{ caseId: 's1', result: family('SINGLE_PARENT', ENGAGED_SINGLE) }]);
    expect(rate.twoParent.denominator).toBe(0);
    expect(rate.twoParent.rate).toBeNull();
    expect(rate.twoParent.met).toBe(true);
    expect(computeParticipationRate([], { month: '2025-03' }).month).toBe('2025-03');
  });

  test('results of different months, or a case twice, are refused', () => {
    expect(() =>
      computeParticipationRate([
        { caseId: 'a', result: family('SINGLE_PARENT', 0) },
        { caseId: 'b', result: family('SINGLE_PARENT', 0, {}, '2025-04') },
      ]),
    ).toThrow(RangeError);
    const r = family('SINGLE_PARENT', 0);
    expect(() => computeParticipationRate([{ caseId: 'a', result: r }, { caseId: 'a', result: r }])).toThrow(RangeError);
  });

});

describe('42 USC 607(c)(2)(D): at most 30% of the engaged families may count through VET or teen deeming (45 CFR 261.33(b); DOMAIN.md)', () => {
  const vet = (id: string, familyType: FamilyType = 'SINGLE_PARENT') => ({
    caseId: id,
    result: computeMonthlyParticipation({
      month: '2025-03',
      familyType,
      youngestChildAgeMonths: 96,
      receivesFederallyFundedChildCare: false,
      adults: (familyType === 'TWO_PARENT' ? ['a1', 'a2'] : ['a1']).map((adultId, i) => ({
        adultId,
        ageYears: 30,
        headOfHousehold: i === 0,
        married: familyType === 'TWO_PARENT',
        activities: i === 0 ? [{ weekStart: '2025-03-03', activity: 'VOCATIONAL_EDUCATIONAL_TRAINING' as const, actualCentiHours: 15155 }] : [],
      })),
    }),
  });
  // A teen head of household deemed engaged by satisfactory secondary school attendance (45 CFR 261.35).
  const teen = (id: string) => ({
    caseId: id,
    result: family('SINGLE_PARENT', 0, {
      adults: [{ adultId: 'a1', ageYears: 18, headOfHousehold: true, married: false, secondarySchoolAttendanceSatisfactory: true, activities: [] }],
    }),
  });
  const work = (n: number) => Array.from({ length: n }, (_, i) => ({ caseId: `w${i + 1}`, result: family('SINGLE_PARENT', ENGAGED_SINGLE) }));

  test('7 engaged by hours and 3 through VET: 3 / 10 = 30% exactly, all count (the boundary)', () => {
    const r = computeParticipationRate([...work(7), vet('v1'), vet('v2'), vet('v3')]).allFamilies;
    expect(r.numerator).toBe(10);
    expect(r.educationLimitRemovedCaseIds).toEqual([]);
  });

  test('7 engaged by hours and 4 through VET or teen deeming: only floor(3 * 7 / 7) = 3 count; the 4th is not engaged for the rate but stays in it', () => {
    const r = computeParticipationRate([...work(7), vet('v1'), teen('t1'), vet('v2'), vet('v3')]).allFamilies;
    expect(r.numerator).toBe(10);
    expect(r.denominator).toBe(11);
    // Kept: the smallest case ids (code-unit order); removed: the largest.
    expect(r.educationLimitRemovedCaseIds).toEqual(['v3']);
    expect(r.numeratorCaseIds).not.toContain('v3');
    expect(r.denominatorCaseIds).toContain('v3');
  });

  test('which families are dropped does not depend on the input order, only on the case ids', () => {
    const families = [...work(6), vet('v2'), teen('t1'), vet('v9'), vet('v1')];
    const forward = computeParticipationRate(families).allFamilies;
    const backward = computeParticipationRate([...families].reverse()).allFamilies;
    // 6 others: floor(18 / 7) = 2 may count (2 / 8 = 25%; a third would be 3 / 9 = 33%).
    expect(forward.educationLimitRemovedCaseIds).toEqual(['v2', 'v9']);
    expect(backward.educationLimitRemovedCaseIds).toEqual(['v2', 'v9']);
    expect([...backward.numeratorCaseIds].sort()).toEqual([...forward.numeratorCaseIds].sort());
    expect(forward.numerator).toBe(8);
  });

  test('with no family engaged by hours, no VET or teen-deemed family counts (0% of 0 allowed)', () => {
    const r = computeParticipationRate([vet('v1'), teen('t1')]).allFamilies;
    expect(r.numerator).toBe(0);
    expect(r.denominator).toBe(2);
    expect(r.educationLimitRemovedCaseIds).toEqual(['t1', 'v1']);
  });

  test('the limit is applied to each rate separately: the two-parent rate counts its own engaged families', () => {
    const two = [1, 2, 3].map((i) => ({ caseId: `p${i}`, result: family('TWO_PARENT', ENGAGED_TWO) }));
    const rate = computeParticipationRate([...two, vet('pv1', 'TWO_PARENT'), vet('pv2', 'TWO_PARENT'), ...work(4)]);
    // Two-parent: 3 others -> floor(9 / 7) = 1 of the 2 VET families counts.
    expect(rate.twoParent.numerator).toBe(4);
    expect(rate.twoParent.educationLimitRemovedCaseIds).toEqual(['pv2']);
    // All families: 7 others -> 3 may count, both count.
    expect(rate.allFamilies.numerator).toBe(9);
    expect(rate.allFamilies.educationLimitRemovedCaseIds).toEqual([]);
  });
});

describe('42 USC 607(b)(2)(C): a family that includes a disabled parent is not a two-parent family for the rates', () => {
  const twoParent = (over: { disabled?: boolean; caresForSeverelyDisabledChild?: boolean }, centiHours = ENGAGED_TWO) => family('TWO_PARENT', centiHours, {
    adults: [
      { adultId: 'a1', ageYears: 30, headOfHousehold: true, married: true, activities: [{ weekStart: '2025-03-03', activity: 'UNSUBSIDIZED_EMPLOYMENT', actualCentiHours: centiHours }] },
      { adultId: 'a2', ageYears: 31, headOfHousehold: false, married: true, activities: [], ...over },
    ],
  });

  test('a disabled parent: in the all-families rate, not in the two-parent rate', () => {
    const r = twoParent({ disabled: true });
    expect(r.familyType).toBe('TWO_PARENT');
    expect(r.inAllFamiliesRate).toBe(true);
    expect(r.inTwoParentRate).toBe(false);
    const rate = computeParticipationRate([{ caseId: 'd1', result: r }, { caseId: 't1', result: twoParent({}, 15154) }]);
    expect(rate.allFamilies.denominatorCaseIds).toEqual(['d1', 't1']);
    expect(rate.allFamilies.numeratorCaseIds).toEqual(['d1']);
    expect(rate.twoParent.denominatorCaseIds).toEqual(['t1']);
  });

  test('no disabled parent, or a parent caring for a disabled child: still a two-parent family (the 55/50 figure is what care changes)', () => {
    expect(twoParent({}).inTwoParentRate).toBe(true);
    const caring = twoParent({ caresForSeverelyDisabledChild: true });
    expect(caring.inTwoParentRate).toBe(true);
    const funded = computeMonthlyParticipation({
      month: '2025-03', familyType: 'TWO_PARENT', youngestChildAgeMonths: 96, receivesFederallyFundedChildCare: true,
      adults: [
        { adultId: 'a1', ageYears: 30, headOfHousehold: true, married: true, activities: [] },
        { adultId: 'a2', ageYears: 31, headOfHousehold: false, married: true, activities: [], caresForSeverelyDisabledChild: true },
      ],
    });
    expect(funded.requiredWeeklyHours).toBe(35);
  });
});

describe('the yearly rate averages the months (DOMAIN.md; 45 CFR 261.22(a))', () => {
  const month = (m: string, engagedSingles: number, singles: number, engagedTwo: number, twos: number) =>
    computeParticipationRate([
      ...Array.from({ length: singles }, (_, i) => ({ caseId: `${m}-s${i}`, result: family('SINGLE_PARENT', i < engagedSingles ? ENGAGED_SINGLE : 0, {}, m) })),
      ...Array.from({ length: twos }, (_, i) => ({ caseId: `${m}-t${i}`, result: family('TWO_PARENT', i < engagedTwo ? ENGAGED_TWO : 0, {}, m) })),
    ]);

  test('(3/5 + 1/2) / 2 = 11/20 all families; two-parent (2/3 + 3/4) / 2 = 17/24 < 75%', () => {
    const march = month('2025-03', 1, 2, 2, 3); // all families 3/5, two-parent 2/3
    const april = month('2025-04', 0, 0, 3, 4); // two-parent 3/4 (two-parent families are in the all-families rate too: 3/4)
    expect(april.allFamilies.numerator).toBe(3);
    expect(april.allFamilies.denominator).toBe(4);
    const may = month('2025-05', 1, 2, 0, 0); // all families 1/2, no two-parent families
    const year = averageYearlyRate([may, march]);
    expect(year.months).toEqual(['2025-03', '2025-05']);
    expect(year.allFamilies.rateExact).toEqual({ numerator: '11', denominator: '20' });
    expect(year.allFamilies.rate).toBeCloseTo(0.55, 10);
    expect(year.allFamilies.rateDisplay).toBe('55.00%');
    expect(year.allFamilies.met).toBe(true);
    expect(year.twoParent.monthsAveraged).toBe(1);
    expect(year.twoParent.monthsWithoutFamilies).toBe(1);

    const twoMonths = averageYearlyRate([march, april]);
    expect(twoMonths.twoParent.rateExact).toEqual({ numerator: '17', denominator: '24' });
    expect(twoMonths.twoParent.rateDisplay).toBe('70.83%');
    expect(twoMonths.twoParent.met).toBe(false);
  });

  test('a month given twice is refused', () => {
    const march = month('2025-03', 1, 2, 0, 0);
    expect(() => averageYearlyRate([march, march])).toThrow(RangeError);
  });

  test('no months: no rate', () => {
    const year = averageYearlyRate([]);
    expect(year.allFamilies.rate).toBeNull();
    expect(year.allFamilies.monthsAveraged).toBe(0);
  });
});
