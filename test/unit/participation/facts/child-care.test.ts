import { computeMonthlyParticipation } from '../../../../src/participation';
import { buildMonthFacts, caseHistoryPeriods, federallyFundedChildCareInMonth } from '../../../../src/participation/facts';
import { caseRow, event, member } from './rows';

/**
 * DOMAIN.md "Facts are taken as they were in the month (... federally funded child care)"; the
 * two-parent 55/50 figure needs federally funded child care in the month (42 USC 607(c)(1)(B)(ii);
 * 45 CFR 261.32).
 */
describe('federally funded child care in a month, from the record of changes', () => {
  const funded = (effectiveOn: string) => ({ effectiveOn, federallyFunded: true });
  const unfunded = (effectiveOn: string) => ({ effectiveOn, federallyFunded: false });

  test('nothing recorded: no federally funded child care', () => {
    expect(federallyFundedChildCareInMonth([], '2026-10')).toBe(false);
  });

  test('a change holds from its effective date: not in the months before, in the month it starts (from any day) and after', () => {
    const changes = [funded('2026-10-31')];
    expect(federallyFundedChildCareInMonth(changes, '2026-09')).toBe(false);
    expect(federallyFundedChildCareInMonth(changes, '2026-10')).toBe(true);
    expect(federallyFundedChildCareInMonth(changes, '2027-03')).toBe(true);
  });

  test('ending it: the month it ends on the 1st has none; ending on the 2nd leaves one funded day in the month', () => {
    expect(federallyFundedChildCareInMonth([funded('2026-09-10'), unfunded('2026-11-01')], '2026-10')).toBe(true);
    expect(federallyFundedChildCareInMonth([funded('2026-09-10'), unfunded('2026-11-01')], '2026-11')).toBe(false);
    expect(federallyFundedChildCareInMonth([funded('2026-09-10'), unfunded('2026-11-02')], '2026-11')).toBe(true);
  });

  test('same-day changes: the last one recorded holds for that day (a correction)', () => {
    expect(federallyFundedChildCareInMonth([funded('2026-10-15'), unfunded('2026-10-15')], '2026-10')).toBe(false);
    expect(federallyFundedChildCareInMonth([unfunded('2026-10-15'), funded('2026-10-15')], '2026-10')).toBe(true);
  });

  test('a past month keeps the child care it had, whatever is recorded today', () => {
    const changes = [unfunded('2026-06-01'), funded('2026-11-10')];
    expect(federallyFundedChildCareInMonth(changes, '2026-10')).toBe(false);
    expect(federallyFundedChildCareInMonth(changes, '2026-11')).toBe(true);
  });

  test('the month\'s facts: a two-parent family needs 55/50 only in the months the child care was federally funded', () => {
    const kase = caseRow({ childCareChanges: [funded('2026-11-10')] });
    const rows = {
      kase, periods: caseHistoryPeriods([event('REFERRED', { referralDate: '2026-01-05', track: 'WORK_FIRST' })], kase),
      household: [member('s1', 'SPOUSE', '1987-01-01'), member('k1', 'CHILD', '2019-06-01')], entries: [], prior: [], projection: null,
    };
    const october = buildMonthFacts(rows, '2026-10').facts;
    const november = buildMonthFacts(rows, '2026-11').facts;
    expect(october.receivesFederallyFundedChildCare).toBe(false);
    expect(computeMonthlyParticipation(october).requiredWeeklyHours).toBe(35);
    expect(november.receivesFederallyFundedChildCare).toBe(true);
    expect(computeMonthlyParticipation(november).requiredWeeklyHours).toBe(55);
  });
});
