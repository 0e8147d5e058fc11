import {
  computeMonthlyParticipation,
  type AdultParticipationFacts,
  type ParticipationFacts,
  type WeeklyActivityEntry,
} from '../../../src/participation';

const work = (actualCentiHours: number, activity: WeeklyActivityEntry['activity'] = 'UNSUBSIDIZED_EMPLOYMENT'): WeeklyActivityEntry => ({
  weekStart: '2025-03-03',
  activity,
  actualCentiHours,
});
const adult = (over: Partial<AdultParticipationFacts> = {}): AdultParticipationFacts => ({
  adultId: 'a1',
  ageYears: 30,
  headOfHousehold: true,
  married: false,
  activities: [],
  ...over,
});
const single = (over: Partial<ParticipationFacts> = {}, a: Partial<AdultParticipationFacts> = {}): ParticipationFacts => ({
  month: '2025-03',
  familyType: 'SINGLE_PARENT',
  youngestChildAgeMonths: 96,
  receivesFederallyFundedChildCare: false,
  adults: [adult(a)],
  ...over,
});

describe('teen deeming: head of household or married recipient under 20 (45 CFR 261.35; 42 USC 607(c)(2)(C))', () => {
  test('a 19-year-old head of household attending secondary school satisfactorily is engaged without hours', () => {
    const r = computeMonthlyParticipation(single({}, { ageYears: 19, secondarySchoolAttendanceSatisfactory: true }));
    expect(r.status).toBe('ENGAGED');
    expect(r.engagementBasis).toBe('TEEN_DEEMED');
    expect(r.engagedThroughEducation).toBe(true);
    expect(r.adults[0].teenDeemed).toBe(true);
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 0, coreCentiHours: 0 });
  });

  test('at 20 the same attendance no longer deems the family engaged', () => {
    const r = computeMonthlyParticipation(single({}, { ageYears: 20, secondarySchoolAttendanceSatisfactory: true }));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.adults[0].teenHeadOfHouseholdOrMarried).toBe(false);
  });

  test('a married 18-year-old who is not head of household is deemed; an unmarried non-head of household is not', () => {
    expect(computeMonthlyParticipation(single({}, { ageYears: 18, headOfHousehold: false, married: true, secondarySchoolAttendanceSatisfactory: true })).status).toBe('ENGAGED');
    expect(computeMonthlyParticipation(single({}, { ageYears: 18, headOfHousehold: false, married: false, secondarySchoolAttendanceSatisfactory: true })).status).toBe('NOT_ENGAGED');
  });

  test('averaging 20 h/week of education directly related to employment: 86.60 h deems, 86.59 h does not', () => {
    const ok = computeMonthlyParticipation(single({}, { ageYears: 19, activities: [work(8660, 'EDUCATION_RELATED_TO_EMPLOYMENT')] }));
    expect(ok.status).toBe('ENGAGED');
    expect(ok.engagementBasis).toBe('TEEN_DEEMED');
    const short = computeMonthlyParticipation(single({}, { ageYears: 19, activities: [work(8659, 'EDUCATION_RELATED_TO_EMPLOYMENT')] }));
    expect(short.status).toBe('NOT_ENGAGED');
  });

  test('a teen with enough work hours is engaged by hours', () => {
    const r = computeMonthlyParticipation(single({}, { ageYears: 19, secondarySchoolAttendanceSatisfactory: true, activities: [work(12990)] }));
    expect(r.engagementBasis).toBe('HOURS');
    expect(r.engagedThroughEducation).toBe(false);
  });

  test('two-parent family: deemed when both teen parents are deemed; one deemed parent alone does not carry the family', () => {
    const both: ParticipationFacts = {
      month: '2025-03',
      familyType: 'TWO_PARENT',
      youngestChildAgeMonths: 20,
      receivesFederallyFundedChildCare: false,
      adults: [
        adult({ adultId: 'a1', ageYears: 18, married: true, secondarySchoolAttendanceSatisfactory: true }),
        adult({ adultId: 'a2', ageYears: 19, headOfHousehold: false, married: true, secondarySchoolAttendanceSatisfactory: true }),
      ],
    };
    expect(computeMonthlyParticipation(both).status).toBe('ENGAGED');
    const one = structuredClone(both);
    one.adults[1] = adult({ adultId: 'a2', ageYears: 25, headOfHousehold: false, married: true, activities: [work(8000)] });
    const r = computeMonthlyParticipation(one);
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.adults.map((a) => a.teenDeemed)).toEqual([true, false]);
  });
});

describe('single parent of a child under 12 months: disregarded, 12 months in a lifetime (45 CFR 261.22(b))', () => {
  test('the 12th disregard month (11 used) is excluded and reported as used', () => {
    const r = computeMonthlyParticipation(single({ youngestChildAgeMonths: 4, childUnder12MonthsDisregard: { monthsUsedBeforeMonth: 11 } }));
    expect(r.status).toBe('EXCLUDED');
    expect(r.exclusionReason).toBe('SINGLE_PARENT_CHILD_UNDER_12_MONTHS');
    expect(r.exclusionText).toContain('45 CFR 261.22(b)');
    expect(r.childUnder12MonthsDisregardUsed).toBe(true);
    expect(r.inAllFamiliesRate).toBe(false);
    expect(r.inTwoParentRate).toBe(false);
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 0, coreCentiHours: 0 });
  });

  test('a 13th month (12 used) is not excluded: the family is back in the rate', () => {
    const r = computeMonthlyParticipation(single({ youngestChildAgeMonths: 4, childUnder12MonthsDisregard: { monthsUsedBeforeMonth: 12 } }));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.inAllFamiliesRate).toBe(true);
    expect(r.childUnder12MonthsDisregardUsed).toBe(false);
    // under 6 as well: 20 core hours a week
    expect(r.additionalHoursNeeded).toEqual({ centiHours: 8660, coreCentiHours: 8660 });
  });

  test('no disregard once the child is 12 months old, when not claimed, or for a two-parent family', () => {
    expect(computeMonthlyParticipation(single({ youngestChildAgeMonths: 12 })).status).toBe('NOT_ENGAGED');
    expect(computeMonthlyParticipation(single({ youngestChildAgeMonths: 11 })).status).toBe('EXCLUDED');
    expect(
      computeMonthlyParticipation(single({ youngestChildAgeMonths: 3, childUnder12MonthsDisregard: { claimed: false, monthsUsedBeforeMonth: 0 } })).status,
    ).toBe('NOT_ENGAGED');
    const two = computeMonthlyParticipation({
      month: '2025-03',
      familyType: 'TWO_PARENT',
      youngestChildAgeMonths: 3,
      receivesFederallyFundedChildCare: false,
      adults: [adult(), adult({ adultId: 'a2', headOfHousehold: false })],
    });
    expect(two.status).toBe('NOT_ENGAGED');
    expect(two.inTwoParentRate).toBe(true);
  });
});

describe('family under a work penalty: excluded if penalized in no more than 3 of the preceding 12 months (42 USC 607(b)(1)(B)(ii); 45 CFR 261.22(b)(2))', () => {
  test('penalized this month and in 3 of the 12 months before it (4 in all) -> excluded: the month itself is not a preceding month', () => {
    const r = computeMonthlyParticipation(single({ penalty: { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 3 } }));
    expect(r.status).toBe('EXCLUDED');
    expect(r.exclusionReason).toBe('WORK_PENALTY');
    expect(r.inAllFamiliesRate).toBe(false);
  });

  test('penalized in 4 of the preceding 12 months -> in the rate again', () => {
    const r = computeMonthlyParticipation(single({ penalty: { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 4 } }));
    expect(r.status).toBe('NOT_ENGAGED');
    expect(r.exclusionReason).toBeNull();
    expect(r.inAllFamiliesRate).toBe(true);
  });

  test('no penalty this month -> no exclusion, whatever the history', () => {
    const r = computeMonthlyParticipation(single({ penalty: { underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 2 } }));
    expect(r.status).toBe('NOT_ENGAGED');
  });

  test('the penalty exclusion is used before the lifetime under-12-months disregard', () => {
    const r = computeMonthlyParticipation(
      single({ youngestChildAgeMonths: 5, penalty: { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 1 } }),
    );
    expect(r.exclusionReason).toBe('WORK_PENALTY');
    expect(r.childUnder12MonthsDisregardUsed).toBe(false);
  });

  test('a two-parent family under penalty is out of both rates', () => {
    const r = computeMonthlyParticipation({
      month: '2025-03',
      familyType: 'TWO_PARENT',
      youngestChildAgeMonths: 50,
      receivesFederallyFundedChildCare: false,
      adults: [adult(), adult({ adultId: 'a2', headOfHousehold: false })],
      penalty: { underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 2 },
    });
    expect(r.status).toBe('EXCLUDED');
    expect(r.inTwoParentRate).toBe(false);
    expect(r.inAllFamiliesRate).toBe(false);
  });
});

describe('child-only cases are outside the rates (DOMAIN.md)', () => {
  test('EXCLUDED with CHILD_ONLY, in neither rate', () => {
    const r = computeMonthlyParticipation({ ...single(), adults: [], childOnly: true });
    expect(r.status).toBe('EXCLUDED');
    expect(r.exclusionReason).toBe('CHILD_ONLY');
    expect(r.inAllFamiliesRate).toBe(false);
    expect(r.inTwoParentRate).toBe(false);
    expect(r.adults).toEqual([]);
  });
});
