import { computeMonthlyParticipation } from '../../../../src/participation';
import {
  adultsInMonth, ageYearsOn, householdInMonth, penaltyFacts, penaltyRecordsOf,
} from '../../../../src/participation/facts';
import { CLIENT_ID, member, penalty } from './rows';

describe('penalty facts from the penalty records (45 CFR 261.22(b); 42 USC 607(b)(1)(B)(ii); AS 47.27.085)', () => {
  // Imposed 20 August, cured (PEN-3) back-dated to 3 October: in force in August, September and October.
  const cured = [penalty({ imposedOn: '2026-08-20', endedOn: '2026-10-03', endReason: 'CURED' })];

  test('a penalty spanning months counts in every month it touches; the count is of the 12 months PRECEDING the month (42 USC 607(b)(1)(B)(ii))', () => {
    expect(penaltyFacts(cured, '2026-07')).toEqual({ underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 0 });
    // The month itself is not one of the "preceding" months.
    expect(penaltyFacts(cured, '2026-08')).toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 0 });
    expect(penaltyFacts(cured, '2026-09')).toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 1 });
    expect(penaltyFacts(cured, '2026-10')).toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 2 });
    expect(penaltyFacts(cured, '2026-11')).toEqual({ underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 3 });
    // August 2027: the preceding 12 months are August 2026 to July 2027 (M-12 .. M-1), August 2026 included.
    expect(penaltyFacts(cured, '2027-08')).toEqual({ underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 3 });
    // September 2027: August 2026 is 13 months back, out of the window.
    expect(penaltyFacts(cured, '2027-09')).toEqual({ underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 2 });
    expect(penaltyFacts(cured, '2027-11')).toEqual({ underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 0 });
  });

  test('only imposed work penalties count: not child support, not a missing timesheet (PEN-2), not stage 0, not one ended before it took effect', () => {
    const none = [
      penalty({ kind: 'CHILD_SUPPORT', imposedOn: '2026-09-01' }),
      penalty({ kind: 'MISSING_TIMESHEET', imposedOn: '2026-09-01' }),
      penalty({ kind: 'WORK_ACTIVITY', stage: 0, imposedOn: null }),
      // Good cause found, back-dated before the effective date.
      penalty({ kind: 'FSSP', imposedOn: '2026-09-01', endedOn: '2026-08-25', endReason: 'GOOD_CAUSE' }),
    ];
    expect(penaltyFacts(none, '2026-09')).toEqual({ underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 0 });
    expect(penaltyFacts([penalty({ kind: 'NOT_ENGAGED', imposedOn: '2026-09-01' })], '2026-10'))
      .toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 1 });
  });

  test('45 CFR 261.22(b)(2), 42 USC 607(b)(1)(B)(ii): penalized this month and in 3 of the preceding 12 is still excluded; in 4 of them it is not', () => {
    const records = penaltyRecordsOf({
      penaltyHistory: [penalty({ imposedOn: '2026-01-10', endedOn: '2026-02-05', endReason: 'CURED' })],
      penalty: penalty({ imposedOn: '2026-06-01', stage: 2 }),
    });
    expect(records).toHaveLength(2);
    const june = penaltyFacts(records, '2026-06');
    const july = penaltyFacts(records, '2026-07');
    const august = penaltyFacts(records, '2026-08');
    expect(june).toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 2 });
    // July: January, February and June precede it; July itself is the fourth penalty month in a row of 12, and is not counted.
    expect(july).toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 3 });
    expect(august).toEqual({ underWorkPenaltyThisMonth: true, penaltyMonthsInPreceding12Months: 4 });
    const facts = (month: string, p: typeof june) => ({
      month, familyType: 'SINGLE_PARENT' as const, youngestChildAgeMonths: 96, receivesFederallyFundedChildCare: false,
      adults: [{ adultId: CLIENT_ID, ageYears: 30, headOfHousehold: true, married: false, activities: [] }], penalty: p,
    });
    expect(computeMonthlyParticipation(facts('2026-06', june)).exclusionReason).toBe('WORK_PENALTY');
    expect(computeMonthlyParticipation(facts('2026-07', july)).exclusionReason).toBe('WORK_PENALTY');
    expect(computeMonthlyParticipation(facts('2026-08', august)).exclusionReason).toBeNull();
  });
});

describe('the household in a month', () => {
  test('the youngest child\'s age in completed months on the first day; a child born during the month is 0; one born later is not there yet', () => {
    const household = [member('k1', 'CHILD', '2020-03-15'), member('k2', 'OTHER_CHILD', '2025-10-15')];
    expect(householdInMonth(household, '2026-10', new Set())).toEqual({ familyType: 'SINGLE_PARENT', youngestChildAgeMonths: 11, spouse: null, married: false });
    expect(householdInMonth([...household, member('k3', 'CHILD', '2026-10-20')], '2026-10', new Set()).youngestChildAgeMonths).toBe(0);
    expect(householdInMonth([...household, member('k3', 'CHILD', '2026-11-02')], '2026-10', new Set()).youngestChildAgeMonths).toBe(11);
    expect(householdInMonth([member('a1', 'OTHER_ADULT', '1960-01-01')], '2026-10', new Set()).youngestChildAgeMonths).toBeNull();
  });

  test('a spouse or partner makes a two-parent family; with two on file the one with hours is the second parent; only a spouse is married', () => {
    const household = [member('p1', 'PARTNER', '1989-02-01'), member('s1', 'SPOUSE', '1988-05-05'), member('k1', 'CHILD', '2019-01-01')];
    expect(householdInMonth(household, '2026-10', new Set())).toMatchObject({ familyType: 'TWO_PARENT', spouse: { id: 'p1' }, married: false });
    expect(householdInMonth(household, '2026-10', new Set(['s1']))).toMatchObject({ familyType: 'TWO_PARENT', spouse: { id: 's1' }, married: true });
  });

  test('adults with their ages on the first day of the month', () => {
    expect(ageYearsOn('2008-10-02', '2026-10-01')).toBe(17);
    expect(ageYearsOn('2008-10-01', '2026-10-01')).toBe(18);
    expect(ageYearsOn('2027-01-01', '2026-10-01')).toBe(0);
    const home = householdInMonth([member('s1', 'SPOUSE', '2007-12-31')], '2026-10', new Set());
    expect(adultsInMonth({ clientId: CLIENT_ID, clientDateOfBirth: '2008-10-02' }, home, '2026-10')).toEqual([
      { adultId: CLIENT_ID, ageYears: 17, headOfHousehold: true, married: true, activities: [] },
      { adultId: 's1', ageYears: 18, headOfHousehold: false, married: true, activities: [] },
    ]);
  });
});
