import { caseHistoryPeriods, disregardFacts, priorHistories } from '../../../../src/participation/facts';
import { assignment, caseRow, CLIENT_ID, event, member, penalty, week } from './rows';

describe('the child-under-12-months disregard (45 CFR 261.22(b); 42 USC 607(b)(5); AS 47.27.035)', () => {
  // A single parent whose baby was born 2025-04-15: under 12 months on the 1st of January to April 2026, 12 on 1 May.
  const baby = [member('k1', 'CHILD', '2025-04-15')];
  const history = (...more: ReturnType<typeof event>[]) => caseHistoryPeriods([
    event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' }),
    event('START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-01-20' }),
    ...more,
  ], caseRow());

  test('claimed while the exemption is in force; each earlier month disregarded spends one of the 12', () => {
    expect(disregardFacts(caseRow(), history(), baby, new Set(), '2026-05')).toEqual({ claimed: true, monthsUsedBeforeMonth: 4 });
    expect(disregardFacts(caseRow(), history(), baby, new Set(), '2026-01')).toEqual({ claimed: true, monthsUsedBeforeMonth: 0 });
  });

  test('months excluded for a work penalty instead spend no disregard month (the penalty exclusion comes first)', () => {
    const kase = caseRow({ penaltyHistory: [penalty({ imposedOn: '2026-02-10', endedOn: '2026-03-05', endReason: 'CURED' })] });
    // January and April were disregarded; February and March were excluded for the penalty.
    expect(disregardFacts(kase, history(), baby, new Set(), '2026-05')).toEqual({ claimed: true, monthsUsedBeforeMonth: 2 });
  });

  test('a two-parent family is never disregarded, so it spends nothing', () => {
    expect(disregardFacts(caseRow(), history(), [...baby, member('s1', 'SPOUSE', '1990-01-01')], new Set(), '2026-04'))
      .toEqual({ claimed: true, monthsUsedBeforeMonth: 0 });
  });

  test('not claimed in a month without the exemption in force, whatever was spent before', () => {
    // (an explicit version: the argument is built before the rows of `history`)
    const ended = history(event('END_EXEMPTION', { endedOn: '2026-03-10', version: 1000 }));
    expect(disregardFacts(caseRow(), ended, baby, new Set(), '2026-03')).toEqual({ claimed: true, monthsUsedBeforeMonth: 2 });
    expect(disregardFacts(caseRow(), ended, baby, new Set(), '2026-04')).toEqual({ claimed: false, monthsUsedBeforeMonth: 0 });
  });

  test('exemption periods across referrals add up; months with TA closed or no exemption spend nothing', () => {
    const newborn = [member('k1', 'CHILD', '2026-01-10')];
    const periods = caseHistoryPeriods([
      event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-01-12' }),
      event('CLOSE_TA', { closedOn: '2026-02-28' }),
      event('REFER_AGAIN', { referralDate: '2026-04-06', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2026-04-06' }),
    ], caseRow());
    // January, February, April and May; not March (closed, no exemption).
    expect(disregardFacts(caseRow(), periods, newborn, new Set(), '2026-06')).toEqual({ claimed: true, monthsUsedBeforeMonth: 4 });
  });

  test('at most 12 months in a lifetime are counted', () => {
    // Born 2025-01-05: under 12 months on the 1st of every month from January 2025 to January 2026 (13 months).
    const periods = caseHistoryPeriods([
      event('REFERRED', { referralDate: '2025-01-02', track: 'WORK_FIRST' }),
      event('START_EXEMPTION', { reason: 'CARETAKER_CHILD_UNDER_12_MONTHS', startedOn: '2025-01-06' }),
    ], caseRow());
    expect(disregardFacts(caseRow(), periods, [member('k1', 'CHILD', '2025-01-05'), member('k2', 'CHILD', '2026-01-20')], new Set(), '2026-02'))
      .toEqual({ claimed: true, monthsUsedBeforeMonth: 12 });
  });
});

describe('limits carried forward from earlier months (45 CFR 261.33(a), 261.34, 261.60(b))', () => {
  const jsjr = assignment({ id: 'asg-j', activityType: 'JOB_SEARCH_JOB_READINESS', scheduledCentiHoursPerWeek: 1500 });
  const child = [member('k1', 'CHILD', '2025-06-01')];

  test('justified JSJR weeks count toward the 12 months and the consecutive run; an unjustified one (WV-2) does not', () => {
    const prior = [
      week('2026-09', '2026-09-21', 1500, { justified: true }, jsjr),
      week('2026-09', '2026-09-07', 1500, { justified: true }, jsjr),
      week('2026-09', '2026-09-14', 1500, { justified: true }, jsjr),
      week('2026-09', '2026-09-28', 1500, { justified: false }, jsjr),
    ];
    expect(priorHistories(caseRow(), child, prior, '2026-10', new Set()).get(CLIENT_ID)).toEqual({
      jsjrCentiHoursCountedPrior12Months: 4500,
      jsjrShortWeekUsedPrior12Months: false,
      vetMonthsUsedBeforeMonth: 0,
      holidaysExcusedPrior11Months: 0,
      excusedCentiHoursPrior11Months: 0,
      jsjrConsecutiveWeeksBeforeMonth: 3,
      jsjrLastWeekStartBeforeMonth: '2026-09-21',
    });
  });

  test('VET months are lifetime; excused hours are counted in the 11 months before the month', () => {
    const vet = assignment({ id: 'asg-v', activityType: 'VOCATIONAL_EDUCATIONAL_TRAINING', scheduledCentiHoursPerWeek: 2000 });
    const we = assignment();
    const prior = [
      // June 2026: 20 h worked of 30 h scheduled, 8 h excused (within the 16 h a month).
      week('2026-06', '2026-06-08', 2000, { excusedCentiHours: 800 }, we),
      week('2025-08', '2025-08-04', 2000, {}, vet),
      week('2026-02', '2026-02-02', 2000, {}, vet),
    ];
    const may = priorHistories(caseRow(), child, prior, '2027-05', new Set()).get(CLIENT_ID);
    expect(may).toMatchObject({ vetMonthsUsedBeforeMonth: 2, excusedCentiHoursPrior11Months: 800 });
    const june = priorHistories(caseRow(), child, prior, '2027-06', new Set()).get(CLIENT_ID);
    expect(june).toMatchObject({ vetMonthsUsedBeforeMonth: 2, excusedCentiHoursPrior11Months: 0 });
  });

  test('each adult carries their own history; without such entries there is none', () => {
    const spouseJsjr = assignment({ id: 'asg-sj', householdMemberId: 's1', activityType: 'JOB_SEARCH_JOB_READINESS', scheduledCentiHoursPerWeek: 2000 });
    const household = [...child, member('s1', 'SPOUSE', '1991-03-03')];
    const histories = priorHistories(caseRow(), household, [week('2026-09', '2026-09-14', 2000, { justified: true }, spouseJsjr)], '2026-10', new Set(['s1']));
    expect(histories.get('s1')).toMatchObject({ jsjrCentiHoursCountedPrior12Months: 2000, jsjrConsecutiveWeeksBeforeMonth: 1 });
    expect(histories.get(CLIENT_ID)).toMatchObject({ jsjrCentiHoursCountedPrior12Months: 0 });
    expect(priorHistories(caseRow(), household, [], '2026-10', new Set()).size).toBe(0);
  });
});
