import { AlaskaCalendar } from '../../../../src/calendar/alaska-calendar';
import { monthDays } from '../../../../src/dates';
import { computeMonthlyParticipation } from '../../../../src/participation';
import {
  buildMonthFacts, businessDaysOf, caseHistoryPeriods, projectUnenteredWeeks,
} from '../../../../src/participation/facts';
import { assignment, caseRow, CLIENT_ID, event, member, week } from './rows';

const calendar = new AlaskaCalendar();
const businessDays = (month: string) => businessDaysOf(monthDays(month), (d) => calendar.isBusinessDay(d));

describe('projection of the weeks not yet entered, on Alaska business days (AS 44.12.010, 44.12.020)', () => {
  test('November 2026 has 19 business days: 21 weekdays less Veterans Day and Thanksgiving', () => {
    expect(businessDays('2026-11').size).toBe(19);
  });

  test('a holiday week projects four days of hours against five scheduled', () => {
    const projected = projectUnenteredWeeks([assignment({ startDate: '2026-11-02' })], [], monthDays('2026-11'), businessDays('2026-11'));
    expect(projected.map((p) => [p.entry.weekStart, p.entry.actualCentiHours, p.entry.scheduledCentiHours])).toEqual([
      ['2026-11-02', 3000, 3000],
      ['2026-11-09', 2400, 3000], // Veterans Day, Wednesday 11th
      ['2026-11-16', 3000, 3000],
      ['2026-11-23', 2400, 3000], // Thanksgiving, Thursday 26th
      ['2026-11-30', 600, 600], // Monday 30th only
    ]);
    expect(projected.every((p) => p.householdMemberId === null && p.entry.justificationPresent === true)).toBe(true);
  });

  test('Alaska Day on a Sunday closes the Monday after (AS 44.12.020); a straddling first week counts October\'s days', () => {
    const projected = projectUnenteredWeeks([assignment()], [], monthDays('2026-10'), businessDays('2026-10'));
    expect(projected.map((p) => [p.entry.weekStart, p.entry.actualCentiHours, p.entry.scheduledCentiHours])).toEqual([
      ['2026-09-28', 1200, 1200], ['2026-10-05', 3000, 3000], ['2026-10-12', 3000, 3000], ['2026-10-19', 2400, 3000], ['2026-10-26', 3000, 3000],
    ]);
  });

  test('weeks entered for the assignment are not projected; another assignment\'s entries do not cover it; an end date stops it', () => {
    const work = assignment({ startDate: '2026-11-02', endDate: '2026-11-18' });
    const jsjr = assignment({ id: 'asg-j', householdMemberId: 's1', activityType: 'JOB_SEARCH_JOB_READINESS', scheduledCentiHoursPerWeek: 1000, startDate: '2026-11-02' });
    const entered = [week('2026-11', '2026-11-02', 2800, {}, work), week('2026-11', '2026-11-09', 2000, {}, jsjr)];
    const projected = projectUnenteredWeeks([work, jsjr], entered, monthDays('2026-11'), businessDays('2026-11'));
    expect(projected.map((p) => [p.householdMemberId, p.entry.activity, p.entry.weekStart, p.entry.actualCentiHours, p.entry.scheduledCentiHours])).toEqual([
      [null, 'WORK_EXPERIENCE', '2026-11-09', 2400, 3000],
      [null, 'WORK_EXPERIENCE', '2026-11-16', 1800, 1800], // Mon-Wed, to the 18th
      ['s1', 'JOB_SEARCH_JOB_READINESS', '2026-11-02', 1000, 1000],
      ['s1', 'JOB_SEARCH_JOB_READINESS', '2026-11-16', 1000, 1000],
      ['s1', 'JOB_SEARCH_JOB_READINESS', '2026-11-23', 800, 1000],
      ['s1', 'JOB_SEARCH_JOB_READINESS', '2026-11-30', 200, 200],
    ]);
  });
});

describe('one case\'s facts for a month', () => {
  const referred = () => event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' });

  test('a two-parent family: both adults\' weeks in date order, the disability of the month, federally funded child care (45 CFR 261.32)', () => {
    const kase = caseRow({ childCareChanges: [{ effectiveOn: '2026-09-15', federallyFunded: true }] });
    const spouseWork = assignment({ id: 'asg-s', householdMemberId: 's1', activityType: 'UNSUBSIDIZED_EMPLOYMENT', scheduledCentiHoursPerWeek: 2000 });
    const periods = caseHistoryPeriods([
      referred(), event('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20' }),
    ], kase);
    const { facts, projected } = buildMonthFacts({
      kase,
      periods,
      household: [member('s1', 'SPOUSE', '1987-01-01'), member('k1', 'CHILD', '2019-06-01')],
      entries: [
        week('2026-10', '2026-10-12', 2000, {}, spouseWork), week('2026-10', '2026-10-05', 3000), week('2026-10', '2026-10-05', 2000, {}, spouseWork),
        // A member who is not the second parent: not an adult of the family.
        week('2026-10', '2026-10-05', 1000, {}, assignment({ id: 'asg-x', householdMemberId: 'x9' })),
      ],
      prior: [],
      projection: null,
    }, '2026-10');
    expect(projected).toBe(false);
    expect(facts).toMatchObject({
      month: '2026-10', familyType: 'TWO_PARENT', youngestChildAgeMonths: 88, receivesFederallyFundedChildCare: true,
      penalty: { underWorkPenaltyThisMonth: false, penaltyMonthsInPreceding12Months: 0 },
      childUnder12MonthsDisregard: { claimed: false, monthsUsedBeforeMonth: 0 },
    });
    expect(facts.adults.map((a) => [a.adultId, a.ageYears, a.headOfHousehold, a.married, a.disabled, a.activities.map((e) => e.weekStart)])).toEqual([
      [CLIENT_ID, 36, true, true, true, ['2026-10-05']],
      ['s1', 39, false, true, undefined, ['2026-10-05', '2026-10-12']],
    ]);
    expect(facts.adults[0].secondarySchoolAttendanceSatisfactory).toBeUndefined();
  });

  test('42 USC 607(b)(2)(C): a medical-inability exemption in the month makes a disabled parent: the family leaves the two-parent rate, stays in all families', () => {
    const kase = caseRow();
    const household = [member('s1', 'SPOUSE', '1987-01-01'), member('k1', 'CHILD', '2019-06-01')];
    const build = (history: ReturnType<typeof event>[], month: string) =>
      buildMonthFacts({ kase, periods: caseHistoryPeriods([referred(), ...history], kase), household, entries: [], prior: [], projection: null }, month).facts;
    const medical = [event('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-10-20' })];
    // September, before the exemption: a two-parent family.
    expect(computeMonthlyParticipation(build(medical, '2026-09'))).toMatchObject({ familyType: 'TWO_PARENT', inTwoParentRate: true, inAllFamiliesRate: true });
    // October: the parent is disabled for part of the month.
    const october = build(medical, '2026-10');
    expect(october.adults[0]).toMatchObject({ disabled: true, caresForSeverelyDisabledChild: false });
    expect(computeMonthlyParticipation(october)).toMatchObject({ familyType: 'TWO_PARENT', inTwoParentRate: false, inAllFamiliesRate: true });
    // Caring at home for a disabled child is not a disabled parent: still in the two-parent rate (only the 55/50 figure is affected).
    const caring = build([event('START_EXEMPTION', { reason: 'HOME_CARE_DISABLED_CHILD', startedOn: '2026-10-01' })], '2026-10');
    expect(caring.adults[0]).toMatchObject({ disabled: false, caresForSeverelyDisabledChild: true });
    expect(computeMonthlyParticipation(caring).inTwoParentRate).toBe(true);
  });

  test('a 17-year-old head of household is teen-deemed by the weeks of school entered, before any projection (45 CFR 261.35)', () => {
    const kase = caseRow({ clientDateOfBirth: '2009-05-20' });
    const school = assignment({ id: 'asg-sc', activityType: 'SECONDARY_SCHOOL_OR_GED', scheduledCentiHoursPerWeek: 2000 });
    const base = { kase, periods: caseHistoryPeriods([referred()], kase), household: [member('k1', 'CHILD', '2025-01-10')], prior: [] };
    const entered = ['2026-11-02', '2026-11-09'].map((w) => week('2026-11', w, 2000, { excusedCentiHours: 0 }, school));
    const month = buildMonthFacts({ ...base, entries: entered, projection: null }, '2026-11');
    expect(month.facts.adults[0].secondarySchoolAttendanceSatisfactory).toBe(true);
    expect(computeMonthlyParticipation(month.facts)).toMatchObject({ status: 'ENGAGED', engagementBasis: 'TEEN_DEEMED' });

    // The month to date with nothing entered: projected school hours do not make attendance.
    const toDate = buildMonthFacts({ ...base, entries: [], projection: { assignments: [school], businessDays: businessDays('2026-11') } }, '2026-11');
    expect(toDate.projected).toBe(true);
    expect(toDate.facts.adults[0].secondarySchoolAttendanceSatisfactory).toBe(false);
    expect(toDate.facts.adults[0].activities.map((e) => e.actualCentiHours)).toEqual([2000, 1600, 2000, 1600, 400]);
  });

  test('the projection goes to the adult it belongs to, and only to an adult of the family', () => {
    const kase = caseRow();
    const stranger = assignment({ id: 'asg-x', householdMemberId: 'x9', startDate: '2026-11-02' });
    const toDate = buildMonthFacts({
      kase, periods: caseHistoryPeriods([referred()], kase), household: [member('k1', 'CHILD', '2015-01-10')], entries: [], prior: [],
      projection: { assignments: [stranger], businessDays: businessDays('2026-11') },
    }, '2026-11');
    expect(toDate.projected).toBe(false);
    expect(toDate.facts.adults).toHaveLength(1);
    expect(toDate.facts.adults[0].activities).toEqual([]);
  });
});
